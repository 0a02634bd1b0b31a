package vn.connector.business;

import java.util.List;
import java.util.Optional;
import vn.connector.business.internal.RegistryErrors;
import vn.connector.business.internal.RegistryWire;
import vn.connector.business.model.Enterprise;
import vn.connector.business.model.SearchPage;
import vn.connector.core.Answer;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.HttpTransport;
import vn.connector.core.internal.MalformedAnswerException;

/**
 * The registry's two operations over the transport: builds each call and request, sends it with the
 * registry's answer table, and reads the accepted answer through the wire layer.
 */
final class RegistryCalls {

  static final String SYSTEM = "business-registry";
  static final String FIND = "chiTietDoanhNghiep";
  static final String SEARCH = "timKiemDoanhNghiep";

  private final HttpTransport transport;
  private final RegistryWire wire;

  RegistryCalls(HttpTransport transport, RegistryWire wire) {
    this.transport = transport;
    this.wire = wire;
  }

  Optional<Enterprise> find(CallContext context, EnterpriseCode code) {
    Call call = Call.builder(SYSTEM, FIND).context(context).idempotent(true).build();
    HttpRequest request =
        HttpRequest.get(wire.detailsUri(code)).header("Accept", "application/json").build();
    return transport.call(call, request, RegistryErrors.TABLE, r -> details(call, r));
  }

  SearchPage search(String name, int page, int pageSize) {
    Call call = Call.builder(SYSTEM, SEARCH).idempotent(true).build();
    HttpRequest request =
        HttpRequest.get(wire.searchUri(name, page, pageSize))
            .header("Accept", "application/json")
            .build();
    return transport.call(
        call,
        request,
        RegistryErrors.TABLE,
        response -> {
          if (!response.isSuccess()) {
            return new SearchPage(name, page, pageSize, 0, List.of());
          }
          try {
            return wire.readSearch(response.body(), name, page, pageSize);
          } catch (MalformedAnswerException e) {
            throw RegistryErrors.unreadable(call, response, e);
          }
        });
  }

  /** Whether an accepted answer of {@link #FIND} holds an enterprise (the cache keeps those). */
  static boolean holdsEnterprise(RegistryWire wire, Answer answer) {
    HttpResponse r = answer.response();
    try {
      return r.isSuccess() && wire.readDetails(r.body()).isPresent();
    } catch (RuntimeException unreadable) {
      return false;
    }
  }

  private Optional<Enterprise> details(Call call, HttpResponse response) {
    // The table let through only 2xx and the registry's own 404 ("no such enterprise").
    if (!response.isSuccess()) {
      return Optional.empty();
    }
    try {
      return wire.readDetails(response.body());
    } catch (MalformedAnswerException e) {
      throw RegistryErrors.unreadable(call, response, e);
    }
  }

  boolean supportsSearch() {
    return wire.supportsSearch();
  }

  void close() {
    transport.close();
  }
}
