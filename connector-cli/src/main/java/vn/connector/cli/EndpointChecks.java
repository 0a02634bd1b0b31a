package vn.connector.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.connector.core.ConnectorException;
import vn.connector.core.HttpResponse;

/** DNS and TLS to each of a system's endpoints, and the clock against the gateway's Date. */
final class EndpointChecks {

  /** Over this, tokens and signatures break: gateways allow a few minutes at most. */
  static final Duration FAIL_SKEW = Duration.ofMinutes(2);

  /** Over this, a clock drifts toward {@link #FAIL_SKEW}: fix it before it gets there. */
  static final Duration WARN_SKEW = Duration.ofSeconds(30);

  private EndpointChecks() {}

  static Finding dns(String scope, URI url) {
    try {
      String addresses =
          Arrays.stream(InetAddress.getAllByName(url.getHost()))
              .map(InetAddress::getHostAddress)
              .distinct()
              .limit(3)
              .collect(Collectors.joining(", "));
      return Finding.ok(scope, Checks.DNS, Text.same(url.getHost() + " → " + addresses));
    } catch (UnknownHostException e) {
      return Finding.fail(
          scope,
          Checks.DNS,
          Text.of(url.getHost() + ": không phân giải được", url.getHost() + ": does not resolve"),
          Text.of(
              "Kiểm tra tên máy trong URL và DNS của mạng (mạng chuyên dùng dùng DNS riêng)",
              "Check the host name in the URL and this network's DNS (the dedicated network has"
                  + " its own)"));
    }
  }

  /** The handshake and the server's chain; for {@code http://}, whether plain HTTP is meant. */
  static List<Finding> tls(
      String scope,
      String key,
      URI url,
      TlsProbe probe,
      boolean dedicated,
      boolean tlsSet,
      Instant now) {
    if (!"https".equalsIgnoreCase(url.getScheme())) {
      return List.of(plainHttp(scope, key, dedicated, tlsSet));
    }
    List<Finding> out = new ArrayList<>();
    try {
      TlsProbe.Session session = probe.handshake(url);
      out.add(
          Finding.ok(
              scope,
              Checks.TLS,
              Text.same(
                  url.getHost()
                      + ":"
                      + SystemConfig.port(url)
                      + " "
                      + session.protocol()
                      + ", host name verified")));
      out.add(
          CertificateChecks.expiry(
              scope, Checks.SERVER_EXPIRY, url.getHost(), session.serverChain(), now));
    } catch (IOException e) {
      out.add(
          Finding.fail(
              scope,
              Checks.TLS,
              Text.same(key + ": " + Problems.describe(e)),
              Text.of(
                  "Kiểm tra tls.trustAnchors (CA của cổng), tên máy trong URL và chứng chỉ máy"
                      + " khách",
                  "Check tls.trustAnchors (the gateway's CA), the host name in the URL and the"
                      + " client certificate")));
    }
    return out;
  }

  private static Finding plainHttp(String scope, String key, boolean dedicated, boolean tlsSet) {
    if (dedicated) {
      return Finding.ok(
          scope,
          Checks.TLS,
          Text.of(
              key + ": HTTP thường, đã khai báo mạng chuyên dùng",
              key + ": plain HTTP, declared on the dedicated network"));
    }
    Text fix =
        Text.of(
            "Dùng https, hoặc khai báo "
                + scope
                + ".dedicatedNetwork=true nếu đúng là mạng"
                + " chuyên dùng",
            "Use https, or set "
                + scope
                + ".dedicatedNetwork=true if it is the dedicated"
                + " network");
    Text detail = Text.of(key + ": HTTP thường, không có TLS", key + ": plain HTTP, no TLS");
    // With tls.* set the SDK refuses http:// outright (security.md): the client would not start.
    return tlsSet
        ? Finding.fail(scope, Checks.TLS, detail, fix)
        : Finding.warn(scope, Checks.TLS, detail, fix);
  }

  /** The skew between this machine's clock and the {@code Date} of any answer of the gateway. */
  static Finding clock(String scope, String key, URI url, Probe probe, Instant now) {
    HttpResponse answer;
    try {
      answer = probe.get(url);
    } catch (ConnectorException e) {
      return Finding.fail(
          scope,
          Checks.CLOCK,
          Text.same(key + ": " + Problems.describe(e)),
          Text.of("Cổng không trả lời: xem DNS và TLS ở trên", "No answer: see DNS and TLS above"));
    }
    Optional<Instant> date = date(answer);
    if (date.isEmpty()) {
      return Finding.warn(
          scope,
          Checks.CLOCK,
          Text.of(key + ": cổng không gửi Date", key + ": the gateway sent no Date header"),
          Text.of("Đồng bộ đồng hồ máy bằng NTP", "Keep this machine's clock synchronised by NTP"));
    }
    Duration skew = Duration.between(date.get(), now);
    Text detail = skew(skew, date.get());
    Text fix =
        Text.of(
            "Đồng bộ đồng hồ máy bằng NTP (chronyd, systemd-timesyncd); lệch quá 2 phút thì"
                + " token và chữ ký bị từ chối",
            "Synchronise this machine's clock by NTP (chronyd, systemd-timesyncd); over 2"
                + " minutes off, tokens and signatures are refused");
    if (skew.abs().compareTo(FAIL_SKEW) > 0) {
      return Finding.fail(scope, Checks.CLOCK, detail, fix);
    }
    if (skew.abs().compareTo(WARN_SKEW) > 0) {
      return Finding.warn(scope, Checks.CLOCK, detail, fix);
    }
    return Finding.ok(scope, Checks.CLOCK, detail);
  }

  private static Text skew(Duration skew, Instant gateway) {
    long seconds = Math.abs(skew.toSeconds());
    boolean behind = skew.isNegative();
    return Text.of(
        "đồng hồ máy "
            + (behind ? "chậm " : "nhanh ")
            + seconds
            + " giây so với Date của cổng ("
            + gateway
            + ")",
        "this machine's clock is "
            + seconds
            + " s "
            + (behind ? "behind" : "ahead of")
            + " the gateway's Date ("
            + gateway
            + ")");
  }

  private static Optional<Instant> date(HttpResponse answer) {
    try {
      return answer
          .header("Date")
          .map(d -> ZonedDateTime.parse(d, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
