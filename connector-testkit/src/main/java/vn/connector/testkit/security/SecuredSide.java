package vn.connector.testkit.security;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.connector.core.security.SignatureVerification;

/** One wire format of the secured profile on the simulator side. */
interface SecuredSide {

  SignatureVerification verify(Request request);

  /** Signs {@code response}, misbehaving as {@code fault} says (null: behave). */
  Response sign(Response response, Request request, SecurityFault fault);

  static Map<String, String> headers(HttpHeaders headers) {
    Map<String, String> map = new LinkedHashMap<>();
    for (HttpHeader header : headers.all()) {
      map.put(header.key(), String.join(", ", header.values()));
    }
    return map;
  }

  static HttpHeaders with(HttpHeaders headers, Map<String, String> added) {
    List<HttpHeader> all = new ArrayList<>();
    for (HttpHeader header : headers.all()) {
      if (added.keySet().stream().noneMatch(k -> k.equalsIgnoreCase(header.key()))) {
        all.add(header);
      }
    }
    added.forEach((k, v) -> all.add(new HttpHeader(k, v)));
    return new HttpHeaders(all);
  }
}
