package vn.connector.postal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Money;
import vn.connector.core.Purpose;
import vn.connector.postal.model.Location;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.Party;
import vn.connector.postal.model.PostalOrder;

class OrderPayloadTest {

  private static final CallContext CONTEXT =
      CallContext.of(
          "canbo.a",
          "000.00.01.H22",
          DossierCode.parse("000.00.01.H22-241115-0001"),
          Purpose.PROCEDURE_HANDLING);

  @Test
  void anOrderAndItsContextComeBackAsTheyWent() {
    Party desk =
        new Party(
            "Một cửa",
            "02438511234",
            "motcua@example.gov.vn",
            "Số 1",
            Location.after2025July(code("01"), code("00634")).withOldDistrict(code("019")));
    Party citizen =
        new Party(
            "Nguyễn Văn An",
            "0912345678",
            null,
            "Số 5",
            Location.before2025July(code("24"), code("213")));
    PostalOrder order =
        PostalOrder.delivery(OrderNumber.of("H22-1"), desk, citizen)
            .cashOnDelivery(Money.vnd(50_000))
            .description("Kết quả")
            .build();
    OrderPayload.Content back = OrderPayload.read(OrderPayload.write(CONTEXT, order));
    assertThat(back.order()).isEqualTo(order);
    assertThat(back.context()).isEqualTo(CONTEXT);
  }

  @Test
  void aPayloadThatIsNotJsonIsRefused() {
    assertThatThrownBy(() -> OrderPayload.read("{not json")).hasMessageContaining("not JSON");
  }

  private static AdministrativeUnitCode code(String value) {
    return AdministrativeUnitCode.parse(value);
  }
}
