package vn.connector.examples.readme;

import java.net.URI;
import java.nio.file.Path;
import javax.sql.DataSource;
import vn.connector.core.AgencyCode;
import vn.connector.core.CallContext;
import vn.connector.core.CitizenId;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.DossierCode;
import vn.connector.core.Money;
import vn.connector.core.PersonName;
import vn.connector.core.ProcedureCode;
import vn.connector.payment.ConfirmVerifier;
import vn.connector.payment.PaymentClient;
import vn.connector.payment.PaymentStore;
import vn.connector.payment.model.CallbackAnswer;
import vn.connector.payment.model.Collector;
import vn.connector.payment.model.FeeKind;
import vn.connector.payment.model.FeeLine;
import vn.connector.payment.model.Payer;
import vn.connector.payment.model.PaymentRequest;
import vn.connector.payment.model.PaymentStatus;
import vn.connector.payment.model.PublicService;
import vn.connector.payment.model.StartedPayment;

/** The README's payment snippets, compiled as written. */
final class PaymentSnippets {

  /** The portal's own dossier store, as the README's snippet assumes one. */
  interface Dossiers {
    void markPaid(DossierCode dossier);
  }

  private PaymentSnippets() {}

  static PaymentRequest request() {
    // README:payment-request
    PaymentRequest request =
        PaymentRequest.builder()
            .dossier(DossierCode.parse("000.00.01.H56-240115-0001"))
            .amount(Money.vnd(50_000)) // the sum of the fee lines
            .description("Le phi cap giay phep xay dung 000.00.01.H56-240115-0001")
            .service(
                new PublicService(
                    "DVC-1.004153",
                    "Cấp giấy phép xây dựng",
                    ProcedureCode.parse("1.004153"),
                    "Cấp giấy phép xây dựng nhà ở riêng lẻ"))
            .collector( // the agency paid, and its account
                new Collector(
                    AgencyCode.parse("000.00.01.H22"),
                    "Sở Xây dựng",
                    "0011001234567",
                    "VCB",
                    "SO XAY DUNG"))
            .payer(
                Payer.named(PersonName.of("Nguyễn Văn An"))
                    .withIdNumber(CitizenId.parse("001090012345")))
            .fee(new FeeLine(FeeKind.FEE, "1.004153.01", "Phí thẩm định hồ sơ", Money.vnd(30_000)))
            .fee(
                new FeeLine(
                    FeeKind.CHARGE, "1.004153.02", "Lệ phí cấp giấy phép", Money.vnd(20_000)))
            .returnUrl(URI.create("https://dichvucong.example.gov.vn/payment/return"))
            .build();
    // END README:payment-request
    return request;
  }

  static void payment(
      ConnectorConfig config,
      DataSource dataSource,
      Dossiers dossiers,
      CallContext context,
      PaymentRequest request,
      byte[] requestBodyBytes) {
    // README:payment
    PaymentClient client =
        PaymentClient.builder()
            .initUrl(config.uri("payment.initUrl"))
            .queryUrl(config.uri("payment.queryUrl"))
            .billUrl(config.uri("payment.billUrl"))
            .partnerCode(config.string("payment.partnerCode"))
            .secret(config.secret("payment.secret"))
            .store(PaymentStore.jdbc(dataSource)) // attempts and applied CONFIRMs survive a restart
            .onPaid(
                paid -> dossiers.markPaid(paid.dossier())) // exactly once, CONFIRM or reconcile()
            .build();
    // a new MaThamChieu, recorded before INIT; redirect the citizen to started.paymentUrl()
    StartedPayment started = client.start(context, request);
    PaymentStatus status = client.status(started.reference()); // QUERY
    client.receipt(context, started.reference()).writeTo(Path.of("bien-lai.pdf")); // GET_BILL

    // CONFIRM callback, in any servlet, Spring controller or Vert.x handler:
    ConfirmVerifier verifier = client.confirmVerifier();
    CallbackAnswer answer =
        verifier.handle(requestBodyBytes); // answer.body(), answer.contentType()
    // END README:payment
  }
}
