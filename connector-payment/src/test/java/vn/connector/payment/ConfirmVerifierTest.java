package vn.connector.payment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.connector.core.Money;
import vn.connector.core.Secret;
import vn.connector.payment.model.CallbackAnswer;
import vn.connector.payment.model.ConfirmOutcome;
import vn.connector.payment.model.ConfirmOutcome.RefusalReason;
import vn.connector.payment.model.PaymentAttempt;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentState;

class ConfirmVerifierTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SECRET = "callback-secret";
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-11-15T08:05:00Z"), ZoneOffset.UTC);

  private final PaymentStore store = PaymentStore.inMemory();
  private final AtomicInteger applied = new AtomicInteger();

  ConfirmVerifierTest() {
    store.saveAttempt(new PaymentAttempt(PaymentReference.of("REF1"), TestRequests.DOSSIER, Money.vnd(50_000),
        Instant.EPOCH, PaymentState.PENDING));
  }

  private ConfirmVerifier verifier(PaymentListener listener) {
    return ConfirmVerifier.builder().partnerCode("H22").secret(Secret.of(SECRET)).store(store).clock(CLOCK)
        .onPaid(listener).build();
  }

  static byte[] confirm(String partner, String amount, String secret) throws Exception {
    String sum = TestRequests.sha256Hex(
        "CONFIRM|00|" + partner + "|REF1|" + amount + "|VND|GD9|VCB|20241115150400|Le phi|" + secret);
    return ("{\"LoaiBanTin\":\"CONFIRM\",\"MaLoi\":\"00\",\"MaDoiTac\":\"" + partner + "\",\"MaThamChieu\":\"REF1\","
        + "\"SoTien\":\"" + amount + "\",\"MaTienTe\":\"VND\",\"MaGiaoDich\":\"GD9\",\"MaNganHang\":\"VCB\","
        + "\"ThoiGianGD\":\"20241115150400\",\"ThongTinGiaoDich\":\"Le phi\",\"MaXacThuc\":\"" + sum + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void answersWithTheReceivedChecksumAndThePortalTime() throws Exception {
    byte[] body = confirm("H22", "50000", SECRET);

    CallbackAnswer answer = verifier(p -> applied.incrementAndGet()).handle(body);

    JsonNode a = JSON.readTree(answer.json());
    assertThat(a.path("MaLoi").asText()).isEqualTo("00");
    assertThat(a.path("MaThamChieu").asText()).isEqualTo("REF1");
    assertThat(a.path("MaDoiTac").asText()).isEqualTo("H22");
    assertThat(a.path("ThoiGianGD").asText()).isEqualTo("20241115150500");
    assertThat(a.path("MaXacThuc").asText()).isEqualTo(JSON.readTree(body).path("MaXacThuc").asText());
    assertThat(answer.outcome()).isInstanceOf(ConfirmOutcome.Applied.class);
    assertThat(applied).hasValue(1);
  }

  @Test
  void refusesAnotherPartnersMessage() throws Exception {
    CallbackAnswer answer = verifier(p -> applied.incrementAndGet()).handle(confirm("XX9", "50000", SECRET));

    assertThat(answer.outcome()).isEqualTo(new ConfirmOutcome.Refused(RefusalReason.WRONG_PARTNER,
        "MaDoiTac is not this portal's"));
    assertThat(JSON.readTree(answer.json()).path("MaLoi").asText()).isEqualTo("99");
  }

  @Test
  void refusesAnUnreadableBodyWith99() throws Exception {
    CallbackAnswer answer = verifier(p -> {}).handle("not json".getBytes(StandardCharsets.UTF_8));

    assertThat(((ConfirmOutcome.Refused) answer.outcome()).reason()).isEqualTo(RefusalReason.MALFORMED);
    assertThat(JSON.readTree(answer.json()).path("MaLoi").asText()).isEqualTo("99");
  }

  @Test
  void refusesAFractionalAmountEvenWhenSigned() throws Exception {
    CallbackAnswer answer = verifier(p -> applied.incrementAndGet()).handle(confirm("H22", "50000.5", SECRET));

    assertThat(((ConfirmOutcome.Refused) answer.outcome()).reason()).isEqualTo(RefusalReason.MALFORMED);
    assertThat(applied).hasValue(0);
  }

  @Test
  void whenThePortalFailsToApplyItAnswers99AndAppliesTheRepeat() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    ConfirmVerifier verifier = verifier(p -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("database down");
      }
    });
    byte[] body = confirm("H22", "50000", SECRET);

    CallbackAnswer first = verifier.handle(body);
    CallbackAnswer second = verifier.handle(body);
    CallbackAnswer third = verifier.handle(body);

    assertThat(((ConfirmOutcome.Refused) first.outcome()).reason()).isEqualTo(RefusalReason.NOT_APPLIED);
    assertThat(second.outcome()).isInstanceOf(ConfirmOutcome.Applied.class);
    assertThat(third.outcome()).isInstanceOf(ConfirmOutcome.AlreadyApplied.class);
    assertThat(calls).hasValue(2);
    assertThat(store.attempt(PaymentReference.of("REF1")).orElseThrow().state()).isEqualTo(PaymentState.PAID);
  }

  @Test
  void builderNamesWhatIsMissing() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfirmVerifier.builder().partnerCode("H22").store(store).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("secret is required");
  }
}
