package vn.connector.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.ConnectorException;
import vn.connector.core.HttpResponse;
import vn.connector.core.LgspCredentials;
import vn.connector.core.TokenSource;

/**
 * Fetches one token the way the system's configured auth scheme does ({@code <s>.auth}), and names
 * what went wrong: a token URL that answers 404 or an HTML page is a wrong URL, a 400/401 is
 * refused credentials, a 5xx an endpoint that is down. The token itself is never printed.
 */
final class TokenCheck {

  private TokenCheck() {}

  static Finding run(ConnectorConfig config, String s, Probe probe, Instant now) {
    String scheme = scheme(config, s);
    Optional<TokenSource> source;
    try {
      source = source(config, s, scheme);
    } catch (IllegalArgumentException e) {
      return Finding.fail(
          s,
          Checks.TOKEN,
          Text.same(Problems.describe(e)),
          Text.of("Bổ sung khóa cấu hình còn thiếu", "Add the missing configuration key"));
    }
    if (source.isEmpty()) {
      return Finding.skip(s, Checks.TOKEN, noToken(s, scheme));
    }
    try {
      TokenSource.Token token = source.get().token(probe.support());
      long seconds = Duration.between(now, token.expiresAt()).toSeconds();
      return Finding.ok(
          s,
          Checks.TOKEN,
          Text.of(
              "đã cấp token " + token.type() + ", hiệu lực " + seconds + " giây",
              token.type() + " token issued, valid " + seconds + " s"));
    } catch (ConnectorException e) {
      return refused(s, probe.lastAnswer(), e);
    }
  }

  /**
   * {@code <s>.auth}; without it, the population connector's scheme follows its profile (direct:
   * signed Basic, the LGSP profiles: the LGSP token), as its {@code PopulationConfig} reads it.
   */
  static String scheme(ConnectorConfig config, String s) {
    Optional<String> auth = config.optional(s + ".auth");
    if (auth.isPresent()) {
      return auth.get().strip().toLowerCase(Locale.ROOT);
    }
    if (s.equals("population")) {
      String profile = config.optional("population.profile").orElse("direct");
      return profile.toLowerCase(Locale.ROOT).startsWith("lgsp")
          ? "lgsp-access-token"
          : "c06-signed-basic";
    }
    return "";
  }

  private static Optional<TokenSource> source(ConnectorConfig c, String s, String scheme) {
    switch (scheme) {
      case "oauth2-client-credentials":
      case "token-type-header":
      case "access-token-header":
        return Optional.of(
            TokenSource.oauth2ClientCredentials(
                c.uri(s + ".tokenUrl"),
                c.string(s + ".consumerKey"),
                c.secret(s + ".consumerSecret")));
      case "lgsp-access-token":
        return Optional.of(
            TokenSource.lgsp(
                c.uri(s + ".tokenUrl"),
                new LgspCredentials(
                    c.string(s + ".lgsp.accessKey"),
                    c.secret(s + ".lgsp.secretKey"),
                    c.string(s + ".lgsp.appName"),
                    c.string(s + ".lgsp.partnerCode"),
                    c.string(s + ".lgsp.partnerCodeCus"))));
      default:
        return Optional.empty();
    }
  }

  private static Text noToken(String s, String scheme) {
    if (s.equals("national-portal")) {
      return Text.of(
          "phiên đăng nhập của cổng: kiểm tra qua lệnh gọi thử",
          "the portal's own session login: checked by the harmless call");
    }
    String shown = scheme.isEmpty() ? "(" + s + ".auth not set)" : scheme;
    return Text.of("không dùng token lấy từ máy chủ: " + shown, "no fetched token: " + shown);
  }

  private static Finding refused(String s, HttpResponse answer, ConnectorException e) {
    String key = s + ".tokenUrl";
    if (answer == null) {
      return Finding.fail(
          s,
          Checks.TOKEN,
          Text.same(key + ": " + Problems.describe(e)),
          Text.of(
              "Không kết nối được tới URL token: kiểm tra " + key + ", DNS và tường lửa",
              "The token URL cannot be reached: check " + key + ", DNS and the firewall"));
    }
    int status = answer.status();
    boolean html = answer.contentType().toLowerCase(Locale.ROOT).contains("html");
    if (status == 404 || html) {
      return wrongUrl(s, key, status, html);
    }
    if (status == 400 || status == 401 || status == 403) {
      return Finding.fail(
          s,
          Checks.TOKEN,
          Text.of(
              key + ": thông tin xác thực bị từ chối (HTTP " + status + ")",
              key + ": credentials refused (HTTP " + status + ")"),
          Text.of(
              "Kiểm tra consumerKey/consumerSecret (hoặc lgsp.*) với đơn vị quản lý cổng",
              "Check consumerKey/consumerSecret (or lgsp.*) with the gateway's operator"));
    }
    return Finding.fail(
        s,
        Checks.TOKEN,
        Text.same(key + ": HTTP " + status + ": " + Problems.describe(e)),
        Text.of(
            "Máy chủ token đang lỗi: thử lại sau, báo đơn vị quản lý cổng nếu kéo dài",
            "The token endpoint is failing: retry later, tell the gateway's operator if it"
                + " lasts"));
  }

  /** A 404, or a web page (a portal's home, a login form) where JSON was expected. */
  private static Finding wrongUrl(String s, String key, int status, boolean html) {
    return Finding.fail(
        s,
        Checks.TOKEN,
        Text.of(
            key + ": sai URL token (HTTP " + status + (html ? ", trang HTML" : "") + ")",
            key + ": wrong token URL (HTTP " + status + (html ? ", an HTML page" : "") + ")"),
        Text.of(
            "Sửa " + key + " theo tài liệu của cổng (thường kết thúc bằng /token)",
            "Fix " + key + " as the gateway documents it (it usually ends in /token)"));
  }
}
