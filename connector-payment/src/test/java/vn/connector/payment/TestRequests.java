package vn.connector.payment;

import vn.connector.core.AgencyCode;
import vn.connector.core.DossierCode;
import vn.connector.core.Money;
import vn.connector.core.PersonName;
import vn.connector.core.ProcedureCode;
import vn.connector.payment.model.Collector;
import vn.connector.payment.model.FeeKind;
import vn.connector.payment.model.FeeLine;
import vn.connector.payment.model.Payer;
import vn.connector.payment.model.PaymentRequest;
import vn.connector.payment.model.PublicService;

/** A dossier fee of 30,000 + 20,000 đồng for unit tests. */
public final class TestRequests {

  public static final DossierCode DOSSIER = DossierCode.parse("000.00.01.H22-241115-0001");

  private TestRequests() {}

  public static PaymentRequest.Builder builder() {
    return PaymentRequest.builder()
        .dossier(DOSSIER)
        .amount(Money.vnd(50_000))
        .description("Le phi cap giay phep xay dung")
        .service(
            new PublicService(
                "DVC-1", "Cấp giấy phép xây dựng", ProcedureCode.parse("1.004153"), "Cấp phép"))
        .collector(
            new Collector(
                AgencyCode.parse("000.00.01.H22"), "Sở Xây dựng", "0011001234567", "VCB", "SXD"))
        .payer(Payer.named(PersonName.of("Nguyễn Văn An")))
        .fee(new FeeLine(FeeKind.FEE, "1.004153.01", "Phí thẩm định", Money.vnd(30_000)))
        .fee(new FeeLine(FeeKind.CHARGE, "1.004153.02", "Lệ phí", Money.vnd(20_000)));
  }

  /** Lowercase hex SHA-256 of the UTF-8 bytes, written apart from the SDK's code. */
  public static String sha256Hex(String text) throws Exception {
    byte[] d =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    StringBuilder hex = new StringBuilder();
    for (byte b : d) {
      hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return hex.toString();
  }

  public static PaymentRequest fee() {
    return builder().build();
  }
}
