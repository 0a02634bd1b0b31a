package vn.connector.payment;

import vn.connector.core.AgencyCode;
import vn.connector.core.CallContext;
import vn.connector.core.CitizenId;
import vn.connector.core.DossierCode;
import vn.connector.core.Money;
import vn.connector.core.PersonName;
import vn.connector.core.ProcedureCode;
import vn.connector.core.Purpose;
import vn.connector.payment.model.Collector;
import vn.connector.payment.model.FeeKind;
import vn.connector.payment.model.FeeLine;
import vn.connector.payment.model.Payer;
import vn.connector.payment.model.PaymentRequest;
import vn.connector.payment.model.PublicService;

/** Test data: a dossier fee of two lines. */
final class Requests {

  static final DossierCode DOSSIER = DossierCode.parse("000.00.01.H22-241115-0001");
  static final CallContext CONTEXT =
      CallContext.of("canbo01", "000.00.01.H22", DOSSIER, Purpose.PAYMENT);

  private Requests() {}

  static PaymentRequest.Builder fee(long fee, long charge) {
    PaymentRequest.Builder b =
        PaymentRequest.builder()
            .dossier(DOSSIER)
            .amount(Money.vnd(fee + charge))
            .description("Le phi cap giay phep xay dung")
            .service(
                new PublicService(
                    "DVC-1.004153",
                    "Cấp giấy phép xây dựng",
                    ProcedureCode.parse("1.004153"),
                    "Cấp giấy phép xây dựng nhà ở riêng lẻ"))
            .collector(
                new Collector(
                    AgencyCode.parse("000.00.01.H22"),
                    "Sở Xây dựng",
                    "0011001234567",
                    "VCB",
                    "SO XAY DUNG"))
            .payer(
                Payer.named(PersonName.of("Nguyễn Văn An"))
                    .withIdNumber(CitizenId.parse("001090012345")));
    b.fee(new FeeLine(FeeKind.FEE, "1.004153.01", "Phí thẩm định", Money.vnd(fee)));
    return b.fee(new FeeLine(FeeKind.CHARGE, "1.004153.02", "Lệ phí cấp phép", Money.vnd(charge)));
  }

  static PaymentRequest fee() {
    return fee(30_000, 20_000).build();
  }
}
