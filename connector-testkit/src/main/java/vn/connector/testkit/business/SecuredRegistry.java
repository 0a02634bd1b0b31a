package vn.connector.testkit.business;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.Set;
import vn.connector.testkit.security.SecuredProfile;

/**
 * RFC 9421 on the registry's API paths: requests must be signed by the test PKI's agency, answers
 * are signed by its national identity. The token endpoint and gateway answers (401, 403, 429,
 * 502-504) stay unsigned, as the gateway in front of the registry sends them.
 */
final class SecuredRegistry implements StubRequestFilterV2, ResponseTransformerV2 {

  private static final Set<Integer> GATEWAY_STATUSES = Set.of(401, 403, 429, 502, 503, 504);

  private final SecuredProfile rest;

  SecuredRegistry(SecuredProfile rest) {
    this.rest = rest;
  }

  @Override
  public String getName() {
    return "business-registry-secured-profile";
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    return isToken(request)
        ? RequestFilterAction.continueWith(request)
        : rest.filter(request, serveEvent);
  }

  @Override
  public Response transform(Response response, ServeEvent serveEvent) {
    if (isToken(serveEvent.getRequest()) || GATEWAY_STATUSES.contains(response.getStatus())) {
      return response;
    }
    return rest.transform(response, serveEvent);
  }

  private static boolean isToken(Request request) {
    return request.getUrl().startsWith(RegistryTransformer.TOKEN_PATH);
  }
}
