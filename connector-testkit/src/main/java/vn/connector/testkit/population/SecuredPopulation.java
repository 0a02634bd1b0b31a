package vn.connector.testkit.population;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Set;
import vn.connector.core.security.internal.Exchanges;
import vn.connector.testkit.security.SecuredProfile;
import vn.connector.testkit.security.SecurityFault;
import vn.connector.testkit.security.TestPki;

/**
 * The secured profile of the population simulator: WS-Security on the SOAP paths (direct,
 * lgsp-soap), RFC 9421 on lgsp-json. Requests with a bad or missing signature get HTTP 401 with
 * {@code X-Signature-Error}; every national answer (2xx, SOAP fault) is signed, echoing the
 * request's {@code xroad:id} on SOAP. The token endpoint and gateway answers (401, 429, 503, ...)
 * stay unsigned, as a real LGSP in front of C06 would send them.
 */
final class SecuredPopulation implements StubRequestFilterV2, ResponseTransformerV2 {

  // The statuses core's verifiers accept unsigned: both sides must agree, or a secured client
  // would see "signature missing" where the simulator meant a gateway answer.
  private static final Set<Integer> GATEWAY_STATUSES = Exchanges.GATEWAY_STATUSES;

  private final SecuredProfile soap;
  private final SecuredProfile rest;
  private final Deque<SecurityFault> faults = new ArrayDeque<>();

  SecuredPopulation(TestPki pki) {
    this.soap = SecuredProfile.soap(pki);
    this.rest = SecuredProfile.rest(pki);
  }

  synchronized void next(SecurityFault... next) {
    for (SecurityFault fault : next) {
      faults.addLast(Objects.requireNonNull(fault, "fault"));
    }
  }

  synchronized void clear() {
    faults.clear();
  }

  @Override
  public String getName() {
    return "population-secured-profile";
  }

  @Override
  public boolean applyGlobally() {
    return true;
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    SecuredProfile profile = profileFor(request);
    return profile == null
        ? RequestFilterAction.continueWith(request)
        : profile.filter(request, serveEvent);
  }

  @Override
  public Response transform(Response response, ServeEvent serveEvent) {
    Request request = serveEvent.getRequest();
    SecuredProfile profile = profileFor(request);
    if (profile == null
        || response.getFault() != null
        || GATEWAY_STATUSES.contains(response.getStatus())) {
      return response;
    }
    // The SOAP answer already echoes the request's xroad:id (PopulationTransformer, XroadHeaders).
    return profile.sign(response, request, draw());
  }

  private SecuredProfile profileFor(Request request) {
    String path = request.getUrl().split("\\?", 2)[0];
    if (path.startsWith(PopulationTransformer.LGSP_JSON_PREFIX)) {
      return rest;
    }
    if (path.equals(PopulationTransformer.DIRECT_PATH)
        || path.startsWith(PopulationTransformer.LGSP_SOAP_PREFIX)) {
      return soap;
    }
    return null;
  }

  private synchronized SecurityFault draw() {
    return faults.pollFirst();
  }
}
