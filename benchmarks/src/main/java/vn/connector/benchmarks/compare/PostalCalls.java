package vn.connector.benchmarks.compare;

import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.Auth;
import vn.connector.core.Money;
import vn.connector.core.Secret;
import vn.connector.postal.PostalClient;
import vn.connector.postal.PostalProfile;
import vn.connector.postal.model.Location;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.OrderReceipt;
import vn.connector.postal.model.Party;
import vn.connector.postal.model.PostalOrder;
import vn.connector.postal.model.Waybill;

/** The SDK side of the postal connector's main operation: an order created with its waybill. */
final class PostalCalls {

  static final String CUSTOMER = "HCC_BENCH_01";
  static final String CLIENT_ID = "bench-postal-client";
  static final String CLIENT_SECRET = "bench-postal-secret";
  static final String WAYBILL = "EB123456789VN";

  private PostalCalls() {}

  static Contender send(Stub stub, int pool) {
    PostalClient client =
        PostalClient.builder()
            .endpoint(stub.url("http", StubRoutes.POSTAL))
            .profile(PostalProfile.VNPOST_API)
            .customerCode(CUSTOMER)
            .auth(
                Auth.tokenTypeHeader(
                    stub.url("http", StubRoutes.POSTAL_TOKEN), CLIENT_ID, Secret.of(CLIENT_SECRET)))
            .dedicatedNetwork(true)
            .maxConnections(pool)
            .auditListener(SdkCalls.SILENT)
            .build();
    PostalOrder order = order();
    Waybill waybill = Waybill.of(WAYBILL);
    return new Contender(
        () -> {
          OrderReceipt receipt = client.send(SdkCalls.CONTEXT, order, waybill);
          Contender.check(!receipt.repeated() && receipt.waybill().equals(waybill), "receipt");
        },
        client);
  }

  static PostalOrder order() {
    Location hanoi =
        Location.before2025July(
            AdministrativeUnitCode.parse("24"), AdministrativeUnitCode.parse("213"));
    Party desk =
        new Party(
            "Bộ phận Một cửa phường Đống Đa", "02438511234", null, "Số 10 Tôn Đức Thắng", hanoi);
    Party citizen =
        new Party("Nguyễn Văn An", "0912345678", "an@example.vn", "Số 5 Ngõ 12 Láng Hạ", hanoi);
    return PostalOrder.delivery(OrderNumber.of(SdkCalls.CONTEXT.dossier().value()), desk, citizen)
        .cashOnDelivery(Money.vnd(50_000))
        .description("Kết quả giải quyết thủ tục hành chính")
        .build();
  }
}
