package vn.connector.postal;

import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;
import vn.connector.postal.model.Location;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.Party;
import vn.connector.postal.model.PostalOrder;

/** Parties and orders of the postal tests. */
final class Fixtures {

  static final CallContext CONTEXT =
      CallContext.of(
          "canbo.nguyenvana",
          "000.00.01.H22",
          DossierCode.parse("000.00.01.H22-241115-0001"),
          Purpose.PROCEDURE_HANDLING);

  /** The desk of Phường Đống Đa, written in the 2025-07-01 list. */
  static final Party DESK =
      new Party(
          "Bộ phận Một cửa phường Đống Đa",
          "02438511234",
          "motcua@dongda.hanoi.gov.vn",
          "Số 10 Tôn Đức Thắng",
          Location.after2025July(code("01"), code("00235")));

  /** A citizen in Thành phố Bắc Giang, written in the 2025-03-01 list. */
  static final Party CITIZEN =
      new Party(
          "Nguyễn Văn An",
          "+84 912 345 678",
          null,
          "Số 5 đường Hoàng Văn Thụ",
          Location.before2025July(code("24"), code("213")));

  private Fixtures() {}

  static PostalOrder delivery(String number) {
    return PostalOrder.delivery(OrderNumber.of(number), DESK, CITIZEN)
        .cashOnDelivery(vn.connector.core.Money.vnd(50_000))
        .description("Kết quả giải quyết thủ tục hành chính")
        .build();
  }

  static PostalOrder collection(String number) {
    return PostalOrder.collection(OrderNumber.of(number), CITIZEN, DESK).build();
  }

  static AdministrativeUnitCode code(String value) {
    return AdministrativeUnitCode.parse(value);
  }
}
