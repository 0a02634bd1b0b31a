package vn.connector.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.connector.core.AgencyCode;
import vn.connector.core.CitizenId;
import vn.connector.core.DossierCode;
import vn.connector.core.Money;
import vn.connector.core.PersonName;
import vn.connector.core.ProcedureCode;
import vn.connector.payment.TestRequests;
import vn.connector.payment.model.Collector;
import vn.connector.payment.model.FeeKind;
import vn.connector.payment.model.FeeLine;
import vn.connector.payment.model.Payer;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentRequest;
import vn.connector.payment.model.PublicService;

/** INIT, QUERY and GET_BILL written field by field give the bytes their trees gave. */
class InitWireTest {

  private static final String LETTERS = "abcXYZ019 ăâđêôơưÁÀẢÃẠấầẩẫậĐịỉọỏụủỳỹ\"\\/<>&'+%€😀";
  private static final Instant AT = Instant.parse("2024-11-15T08:00:00Z");

  @Test
  void theInitBodyIsTheTreesBytesForTheUnitTestFee() {
    assertSame(TestRequests.fee(), "REF0001", AT, "10.0.0.1");
  }

  @Test
  void theInitBodyIsTheTreesBytesOverRandomRequests() {
    Random random = new Random(16);
    for (int i = 0; i < 500; i++) {
      assertSame(
          request(random),
          "REF" + random.nextInt(1_000_000),
          AT.plusSeconds(random.nextInt(100_000_000)),
          "10.0." + random.nextInt(256) + "." + random.nextInt(256));
    }
  }

  @Test
  void queryAndGetBillBodiesAreTheTreesBytes() {
    for (String type : new String[] {"QUERY", "GET_BILL"}) {
      byte[] streamed = QueryWire.encode(type, "H22", PaymentReference.of("REF0001"), "k", AT);
      byte[] tree = InitTree.query(type, "H22", PaymentReference.of("REF0001"), "k", AT);

      assertThat(text(streamed)).isEqualTo(text(tree));
    }
  }

  private static void assertSame(PaymentRequest r, String ref, Instant at, String ip) {
    PaymentReference reference = PaymentReference.of(ref);
    byte[] streamed = InitWire.encode(r, reference, "H22", "s3cr3t", at, ip);
    byte[] tree = InitTree.init(r, reference, "H22", "s3cr3t", at, ip);

    assertThat(text(streamed)).isEqualTo(text(tree));
  }

  private static PaymentRequest request(Random random) {
    int lines = 1 + random.nextInt(4);
    long total = 0;
    PaymentRequest.Builder b = PaymentRequest.builder();
    for (int i = 0; i < lines; i++) {
      long amount = 1_000L * (1 + random.nextInt(100_000));
      total += amount;
      b.fee(
          new FeeLine(
              random.nextBoolean() ? FeeKind.FEE : FeeKind.CHARGE,
              "1.004153." + i,
              words(random),
              Money.vnd(amount)));
    }
    Payer payer = Payer.named(PersonName.of("Nguyễn Văn " + (char) ('A' + random.nextInt(26))));
    if (random.nextBoolean()) {
      payer = payer.withIdNumber(CitizenId.parse("00109001234" + random.nextInt(10)));
    }
    if (random.nextBoolean()) {
      payer = payer.withAddress(words(random), random.nextBoolean() ? words(random) : "", "");
    }
    if (random.nextBoolean()) {
      b.returnUrl(URI.create("https://dichvucong.example.vn/pay/" + random.nextInt(1000) + "?a=b"));
    }
    return b.dossier(DossierCode.parse("000.00.01.H22-241115-000" + random.nextInt(10)))
        .amount(Money.vnd(total))
        .description(words(random))
        .service(
            new PublicService(
                "DVC-" + random.nextInt(100),
                words(random),
                ProcedureCode.parse("1.004153"),
                words(random)))
        .collector(
            new Collector(
                AgencyCode.parse("000.00.01.H22"),
                words(random),
                "0011001234567",
                "VCB",
                words(random)))
        .payer(payer)
        .build();
  }

  private static String words(Random random) {
    StringBuilder b = new StringBuilder("x");
    int n = 1 + random.nextInt(40);
    for (int i = 0; i < n; i++) {
      b.appendCodePoint(
          LETTERS.codePointAt(
              LETTERS.offsetByCodePoints(
                  0, random.nextInt(LETTERS.codePointCount(0, LETTERS.length())))));
    }
    return b.toString();
  }

  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }
}
