package vn.connector.postal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import vn.connector.core.Auth;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.ResponseException;
import vn.connector.core.Secret;
import vn.connector.core.ServiceException;
import vn.connector.core.internal.Json;

/**
 * VNPost's token, fetched with Basic and {@code grant_type=client_credentials}, cached until
 * shortly before it expires, and sent as {@code Authorization: <token_type> <access_token>} or in
 * an {@code access_token} header. TODO(core): replace with Auth.token(TokenSource,
 * TokenPlacement.typed() / header("access_token")) when the toolkit lands.
 */
public final class VnPostTokenAuth implements Auth {

  private static final Duration MARGIN = Duration.ofSeconds(30);

  private final URI tokenUri;
  private final String basic;
  private final boolean accessTokenHeader;
  private final Object lock = new Object();
  private String header;
  private Instant expiresAt = Instant.MIN;

  public VnPostTokenAuth(
      URI tokenUri, String clientId, Secret clientSecret, boolean accessTokenHeader) {
    this.tokenUri = Objects.requireNonNull(tokenUri, "tokenUri");
    String pair =
        Objects.requireNonNull(clientId, "clientId")
            + ":"
            + Objects.requireNonNull(clientSecret, "clientSecret").reveal();
    this.basic =
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    this.accessTokenHeader = accessTokenHeader;
  }

  @Override
  public HttpRequest apply(HttpRequest request, Support support) {
    return request.withHeader(headerName(), current(support));
  }

  @Override
  public boolean refresh(HttpRequest rejected) {
    String sent = rejected.header(headerName()).orElse("");
    synchronized (lock) {
      // Drop only the value refused: another thread may hold a fresh one already.
      if (sent.equals(header)) {
        header = null;
        expiresAt = Instant.MIN;
      }
    }
    return true;
  }

  private String headerName() {
    return accessTokenHeader ? "access_token" : "Authorization";
  }

  private String current(Support support) {
    synchronized (lock) {
      Instant now = support.clock().instant();
      if (header == null || !now.isBefore(expiresAt)) {
        fetch(support, now);
      }
      return header;
    }
  }

  private void fetch(Support support, Instant now) {
    HttpResponse r =
        support.send(
            HttpRequest.post(tokenUri)
                .header("Authorization", basic)
                .header("Accept", "application/json")
                .body("grant_type=client_credentials", "application/x-www-form-urlencoded")
                .build());
    if (!r.isSuccess()) {
      boolean unavailable = r.status() >= 500;
      throw new ServiceException(
          support.call(),
          r.status(),
          null,
          unavailable ? "token endpoint unavailable" : "token endpoint refused the credentials",
          unavailable,
          null);
    }
    JsonNode body;
    try {
      body = Json.mapper().readTree(r.body());
    } catch (IOException e) {
      throw new ResponseException(support.call(), "token endpoint answered unreadable JSON", e);
    }
    String token = body == null ? "" : body.path("access_token").asText("");
    String type = body == null ? "" : body.path("token_type").asText("");
    if (token.isEmpty() || (!accessTokenHeader && type.isEmpty())) {
      throw new ResponseException(
          support.call(), "token endpoint answered without access_token or token_type", null);
    }
    Duration life = Duration.ofSeconds(Math.max(body.path("expires_in").asLong(300), 1));
    Duration margin = life.compareTo(MARGIN.multipliedBy(4)) < 0 ? life.dividedBy(4) : MARGIN;
    header = accessTokenHeader ? token : type + " " + token;
    expiresAt = now.plus(life).minus(margin);
  }
}
