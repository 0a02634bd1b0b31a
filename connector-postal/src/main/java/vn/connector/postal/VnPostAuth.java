package vn.connector.postal;

import java.net.URI;
import vn.connector.core.Auth;
import vn.connector.core.Secret;
import vn.connector.postal.internal.VnPostTokenAuth;

/**
 * The two auth schemes of VNPost's own API: a token fetched with Basic {@code clientId:secret} and
 * {@code grant_type=client_credentials}, sent either as {@code Authorization: <token_type>
 * <access_token>} (VNPost's SDK) or in an {@code access_token} header (one province's path). The
 * token is cached until shortly before it expires and fetched once more after a 401. For the LGSP
 * path use {@code Auth.oauth2ClientCredentials} (bearer).
 *
 * <pre>{@code
 * Auth auth = VnPostAuth.tokenType(URI.create("https://vnpost.example.vn/token"),
 *     "portal-client", Secret.of(System.getenv("VNPOST_SECRET")));
 * }</pre>
 */
public final class VnPostAuth {

  private VnPostAuth() {}

  /** {@code token-type-header}: {@code Authorization: <token_type> <access_token>}. */
  public static Auth tokenType(URI tokenUri, String clientId, Secret clientSecret) {
    return new VnPostTokenAuth(tokenUri, clientId, clientSecret, false);
  }

  /** {@code access-token-header}: {@code access_token: <access_token>}. */
  public static Auth accessTokenHeader(URI tokenUri, String clientId, Secret clientSecret) {
    return new VnPostTokenAuth(tokenUri, clientId, clientSecret, true);
  }
}
