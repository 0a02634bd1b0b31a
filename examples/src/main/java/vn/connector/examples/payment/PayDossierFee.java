package vn.connector.examples.payment;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import vn.connector.core.AgencyCode;
import vn.connector.core.CallContext;
import vn.connector.core.CitizenId;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.DossierCode;
import vn.connector.core.Money;
import vn.connector.core.PersonName;
import vn.connector.core.ProcedureCode;
import vn.connector.core.Purpose;
import vn.connector.payment.PaymentClient;
import vn.connector.payment.PaymentStore;
import vn.connector.payment.VietQr;
import vn.connector.payment.model.Collector;
import vn.connector.payment.model.ConfirmOutcome;
import vn.connector.payment.model.FeeKind;
import vn.connector.payment.model.FeeLine;
import vn.connector.payment.model.Payer;
import vn.connector.payment.model.PaymentRequest;
import vn.connector.payment.model.PublicService;
import vn.connector.payment.model.StartedPayment;
import vn.connector.testkit.payment.PaymentPlatformSimulator;

/**
 * Pays a dossier fee end to end: start the payment, (the payer pays), receive the CONFIRM on a
 * small callback listener, fetch the receipt to a file, print a VietQR for the same fee.
 *
 * <p>Runs against the embedded simulator, which also plays the payer. With {@code CONNECTOR_CONFIG}
 * naming a properties file it talks to the platform given there instead; the payer then pays on the
 * printed URL. Keys:
 *
 * <ul>
 *   <li>{@code payment.initUrl}, {@code payment.queryUrl}, {@code payment.billUrl}, {@code
 *       payment.partnerCode}, {@code payment.secret}: the platform and the portal's account;
 *   <li>{@code payment.callbackHost}: the address the callback listener binds to (default loopback,
 *       {@code 127.0.0.1}); set {@code 0.0.0.0} or the server's interface address so the platform,
 *       or the reverse proxy in front of this server, can reach it;
 *   <li>{@code payment.callbackPort}: its port (default: any free port);
 *   <li>{@code payment.callbackUrl}: the public URL of the listener's {@code /payment/confirm}, as
 *       the platform must call it (through DNS, NAT or a reverse proxy); sent in INIT as {@code
 *       return_url} (default: the listener's own address, reachable from this host only);
 *   <li>{@code payment.bankBin}, {@code payment.account}, {@code payment.waitFor} (ISO-8601,
 *       default {@code PT5M}), plus core's {@code http.*} and {@code tls.*}.
 * </ul>
 *
 * <pre>
 * {@code mvn -pl examples exec:java -Dexec.mainClass=vn.connector.examples.payment.PayDossierFee -Dexec.args=target/bien-lai.pdf}
 * </pre>
 */
public final class PayDossierFee {

  private static final DossierCode DOSSIER = DossierCode.parse("000.00.01.H22-241115-0001");

  private PayDossierFee() {}

  public static void main(String[] args) throws Exception {
    // Under target/ by default: a run never leaves files in the repository.
    Path receipt = Path.of(args.length > 0 ? args[0] : "target/bien-lai.pdf");
    if (receipt.toAbsolutePath().getParent() != null) {
      Files.createDirectories(receipt.toAbsolutePath().getParent());
    }
    run(ConnectorConfig.fromEnvironment(), receipt, System.out);
  }

  /** The whole flow; returns the VietQR payload it printed. */
  static String run(Optional<ConnectorConfig> given, Path receiptFile, PrintStream out)
      throws Exception {
    PaymentPlatformSimulator simulator =
        given.isPresent() ? null : PaymentPlatformSimulator.start();
    ConnectorConfig config = given.orElseGet(() -> ConnectorConfig.of(simulator.connectionInfo()));
    CompletableFuture<ConfirmOutcome.Applied> paid = new CompletableFuture<>();
    try (PaymentClient client = client(config, paid);
        CallbackListener listener = CallbackListener.start(config, client.confirmVerifier())) {
      // No registerCallback on the simulator either: it, like the platform, calls the return_url
      // INIT carries.
      StartedPayment started = client.start(context(), request(config, listener.publicUrl()));
      out.println("MaThamChieu " + started.reference() + ", pay at " + started.paymentUrl());
      if (simulator != null) {
        simulator.pay(started.reference().value()); // the simulator plays the payer
      } else {
        out.println(
            "Waiting for the CONFIRM on "
                + listener.publicUrl()
                + " (listening on "
                + listener.boundTo()
                + ")");
      }
      ConfirmOutcome.Applied applied =
          paid.get(
              config.duration("payment.waitFor", Duration.ofMinutes(5)).toMillis(),
              TimeUnit.MILLISECONDS);
      out.println("Paid: " + applied.amount() + " đồng, MaGiaoDich " + applied.transactionId());
      out.println("Status: " + client.status(started.reference()).state());
      client.receipt(context(), started.reference()).writeTo(receiptFile);
      out.println("Receipt written to " + receiptFile.toAbsolutePath());
      String qr =
          VietQr.dynamic(
                  config.optional("payment.bankBin").orElse("970436"),
                  account(config),
                  Money.vnd(50_000),
                  DOSSIER.value())
              .payload();
      out.println("VietQR: " + qr);
      return qr;
    } finally {
      if (simulator != null) {
        simulator.close();
      }
    }
  }

  private static PaymentClient client(
      ConnectorConfig config, CompletableFuture<ConfirmOutcome.Applied> paid) {
    return PaymentClient.builder()
        .configure(config) // payment.initUrl, .queryUrl, .billUrl, .partnerCode, .secret, http.*
        .store(PaymentStore.inMemory())
        .onPaid(paid::complete) // a portal marks the dossier paid here
        .build();
  }

  private static CallContext context() {
    return CallContext.of("canbo.motcua", "000.00.01.H22", DOSSIER, Purpose.PAYMENT);
  }

  private static String account(ConnectorConfig config) {
    return config.optional("payment.account").orElse("0011001234567");
  }

  private static PaymentRequest request(ConnectorConfig config, URI callbackUrl) {
    return PaymentRequest.builder()
        .dossier(DOSSIER)
        .amount(Money.vnd(50_000))
        .description("Le phi cap giay phep xay dung " + DOSSIER)
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
                account(config),
                "VCB",
                "SO XAY DUNG"))
        .payer(
            Payer.named(PersonName.of("Nguyễn Văn An"))
                .withIdNumber(CitizenId.parse("001090012345")))
        .fee(new FeeLine(FeeKind.FEE, "1.004153.01", "Phí thẩm định hồ sơ", Money.vnd(30_000)))
        .fee(new FeeLine(FeeKind.CHARGE, "1.004153.02", "Lệ phí cấp giấy phép", Money.vnd(20_000)))
        .returnUrl(callbackUrl)
        .build();
  }
}
