package vn.connector.civilregistry.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import vn.connector.core.Auth;
import vn.connector.core.Call;
import vn.connector.core.ErrorHint;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.ResponseException;
import vn.connector.core.Secret;
import vn.connector.core.ServiceException;
import vn.connector.core.TokenPlacement;
import vn.connector.core.TokenSource;
import vn.connector.core.internal.Json;
import vn.connector.core.internal.MalformedAnswerException;

/**
 * The interlinked service's token fetch, for a core {@link TokenSource} placed as a bearer token:
 * {@code POST GetToken {"userName","password"}} answers {@code
 * {"token","refreshToken","refreshTokenExpiryTime"}}; calls carry {@code Authorization: Bearer}.
 *
 * <p>Modelled (the contract names the refresh token but not its use): the token is kept until the
 * service answers 401; then, while the refresh token has not expired, {@code POST RefreshToken
 * {"token","refreshToken"}} answers the same shape; after that, or when the refresh is refused, the
 * credentials log in again. {@code refreshTokenExpiryTime} is read as ISO-8601 with an offset or as
 * {@code dd/MM/yyyy HH:mm:ss} in Vietnam's time.
 *
 * <p>The token carries no expiry on the wire, so the source keeps it ({@link Instant#MAX}) until
 * the service answers 401; the source then drops it and asks this fetch again.
 */
public final class DvcltTokens implements TokenSource.Fetcher {

  private static final ErrorHint REFUSED =
      new ErrorHint(
          "DVC liên thông từ chối tài khoản; kiểm tra tên đăng nhập và mật khẩu.",
          "The interlinked service refused the credentials; check user name and password.");
  private static final ErrorHint UNAVAILABLE =
      new ErrorHint(
          "Máy chủ cấp token của DVC liên thông không trả lời; thử lại sau.",
          "The interlinked service's token endpoint is unavailable; try again later.");

  private final URI loginUri;
  private final URI refreshUri;
  private final String userName;
  private final Secret password;
  private final Object lock = new Object();
  private String token;
  private String expired = "";

  private String refreshToken;
  private Instant refreshExpiry = Instant.MIN;
  private int logins;
  private int refreshes;

  public DvcltTokens(URI loginUri, URI refreshUri, String userName, Secret password) {
    this.loginUri = Objects.requireNonNull(loginUri, "loginUri");
    this.refreshUri = Objects.requireNonNull(refreshUri, "refreshUri");
    this.userName = Objects.requireNonNull(userName, "userName");
    this.password = Objects.requireNonNull(password, "password");
  }

  /** The auth for the interlinked service's calls: these tokens as {@code Bearer}. */
  public Auth auth() {
    return Auth.token(TokenSource.of(this), TokenPlacement.bearer());
  }

  @Override
  public TokenSource.Token fetch(Auth.Support support) {
    synchronized (lock) {
      return new TokenSource.Token(current(support), "Bearer", Instant.MAX);
    }
  }

  /** Logins and refreshes so far, for tests and metrics. */
  public int logins() {
    synchronized (lock) {
      return logins;
    }
  }

  public int refreshes() {
    synchronized (lock) {
      return refreshes;
    }
  }

  /** A fetch means the source has no token, or the service refused the one it had. */
  private String current(Auth.Support support) {
    expired = token == null ? expired : token;
    token = null;
    if (refreshToken != null && support.clock().instant().isBefore(refreshExpiry)) {
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      body.put("token", expired);
      body.put("refreshToken", refreshToken);
      HttpResponse r = support.send(post(refreshUri, body));
      if (r.isSuccess()) {
        refreshes++;
        take(support.call(), r);
        return token;
      }
    }
    ObjectNode login = JsonNodeFactory.instance.objectNode();
    login.put("userName", userName);
    login.put("password", password.reveal());
    HttpResponse r = support.send(post(loginUri, login));
    if (!r.isSuccess()) {
      boolean down = r.status() >= 500;
      throw new ServiceException(
          support.call(),
          r.status(),
          null,
          down ? "token endpoint unavailable" : "token endpoint refused the credentials",
          down,
          down ? UNAVAILABLE : REFUSED);
    }
    logins++;
    take(support.call(), r);
    return token;
  }

  private void take(Call call, HttpResponse r) {
    JsonNode body;
    try {
      body = WireJson.parseObject(r.body(), "GetToken answer");
    } catch (MalformedAnswerException e) {
      throw new ResponseException(call, e.getMessage(), r.status(), e);
    }
    String t = WireJson.text(body, "token");
    if (t == null) {
      throw new ResponseException(call, "GetToken answer: no token", r.status(), null);
    }
    token = t;
    refreshToken = WireJson.text(body, "refreshToken");
    refreshExpiry = expiry(WireJson.text(body, "refreshTokenExpiryTime"));
  }

  private static Instant expiry(String text) {
    if (text == null) {
      return Instant.MIN;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException notIso) {
      try {
        return WireDates.parseOuter(text).atZone(WireDates.ZONE).toInstant();
      } catch (DateTimeException unreadable) {
        return Instant.MIN;
      }
    }
  }

  private static HttpRequest post(URI uri, ObjectNode body) {
    return HttpRequest.post(uri)
        .header("Accept", "application/json")
        .body(Json.write(body), "application/json; charset=utf-8")
        .build();
  }
}
