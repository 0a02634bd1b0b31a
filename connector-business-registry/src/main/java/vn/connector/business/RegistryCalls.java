package vn.connector.business;

import java.util.List;
import java.util.Optional;
import vn.connector.business.internal.MalformedAnswerException;
import vn.connector.business.internal.RegistryErrors;
import vn.connector.business.internal.RegistryWire;
import vn.connector.business.model.Enterprise;
import vn.connector.business.model.SearchPage;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.HttpTransport;

/** The registry's two operations over the transport: one request, one handler each. */
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
    return transport.call(
        call,
        request,
        response -> {
          if (RegistryErrors.meansNotFound(response)) {
            return Optional.empty();
          }
          requireSuccess(call, response);
          try {
            return wire.readDetails(response.body());
          } catch (MalformedAnswerException e) {
            throw RegistryErrors.unreadable(call, response, e);
          }
        });
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
        response -> {
          if (RegistryErrors.meansNotFound(response)) {
            return new SearchPage(name, page, pageSize, 0, List.of());
          }
          requireSuccess(call, response);
          try {
            return wire.readSearch(response.body(), name, page, pageSize);
          } catch (MalformedAnswerException e) {
            throw RegistryErrors.unreadable(call, response, e);
          }
        });
  }

  boolean supportsSearch() {
    return wire.supportsSearch();
  }

  void close() {
    transport.close();
  }

  private static void requireSuccess(Call call, HttpResponse response) {
    if (!response.isSuccess()) {
      throw RegistryErrors.refusal(call, response);
    }
  }
}
