package vn.connector.criminalrecord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.connector.core.DossierCode;
import vn.connector.core.Secret;
import vn.connector.core.internal.Json;
import vn.connector.criminalrecord.model.CertificateType;
import vn.connector.criminalrecord.model.ProcessingState;
import vn.connector.criminalrecord.model.VneidAnswer;
import vn.connector.criminalrecord.model.VneidDossier;

class VneidReceiverTest {

  private static final String CODE_GET = "shared-code-get";
  private static final DossierCode CODE = DossierCode.parse("000.00.01.H22-241116-0042");

  private final VneidInbox.InMemory inbox = VneidInbox.inMemory();
  private final VneidReceiver receiver = new VneidReceiver(inbox, Secret.of(CODE_GET));

  static ObjectNode sample() throws Exception {
    try (InputStream in =
        VneidReceiverTest.class.getResourceAsStream("/criminalrecord/vneid-dossier.json")) {
      return (ObjectNode) Json.mapper().readTree(in);
    }
  }

  private VneidAnswer push(JsonNode body) {
    return receiver.handle(CODE_GET, Json.write(body));
  }

  private static String status(VneidAnswer a) throws Exception {
    return Json.mapper().readTree(a.body()).get("statusCode").asText();
  }

  @Test
  void storesADossierAndAnswersZeroZero() throws Exception {
    VneidAnswer answer = push(sample());
    assertThat(status(answer)).isEqualTo("00");
    VneidDossier d = inbox.dossier(CODE).orElseThrow();
    assertThat(d.type()).isEqualTo(CertificateType.TYPE_1);
    assertThat(d.copies()).isEqualTo(2);
    assertThat(d.father().birthYear()).isEqualTo(1965);
    assertThat(d.spouse()).isNull();
    assertThat(d.history()).hasSize(2);
    assertThat(d.history().get(1).to()).isNull();
    assertThat(d.payment().paperDelivery()).isEqualTo("Bưu chính");
    assertThat(d.receipt().transactionState()).isEqualTo("1");
    assertThat(d.attachments().get(0).files().get(0).data()).startsWith("%PDF".getBytes());
  }

  @Test
  void acceptsARepushOnlyWhileTheDossierWaitsForASupplement() throws Exception {
    assertThat(push(sample()).accepted()).isTrue();
    VneidAnswer again = push(sample());
    assertThat(status(again)).isEqualTo("01");
    assertThat(again.reason()).contains("không ở trạng thái chờ bổ sung");
    inbox.setState(CODE, ProcessingState.SUPPLEMENT_REQUESTED);
    ObjectNode supplement = sample();
    ((ObjectNode) supplement.get("toKhai")).put("soLuongCap", 3);
    assertThat(push(supplement).accepted()).isTrue();
    assertThat(inbox.dossier(CODE).orElseThrow().copies()).isEqualTo(3);
    assertThat(inbox.stateOf(CODE)).contains(ProcessingState.PROCESSING);
    assertThat(push(sample()).accepted()).isFalse();
  }

  @Test
  void refusesAWrongCodeGetBeforeReadingTheBody() throws Exception {
    VneidAnswer answer = receiver.handle("guess", Json.write(sample()));
    assertThat(status(answer)).isEqualTo("01");
    assertThat(answer.reason()).contains("CodeGet");
    assertThat(receiver.handle(null, new byte[0]).accepted()).isFalse();
    assertThat(inbox.stateOf(CODE)).isEmpty();
  }

  @Test
  void refusesOversizedNonUtf8TrailingAndRepeatedKeyBodies() throws Exception {
    byte[] big = new byte[VneidReceiver.MAX_BODY_BYTES + 1];
    Arrays.fill(big, (byte) ' ');
    assertThat(receiver.handle(CODE_GET, big).reason()).contains("larger than");
    assertThat(receiver.handle(CODE_GET, new byte[] {'{', (byte) 0xC3, '}'}).reason())
        .contains("UTF-8");
    byte[] two =
        (new String(Json.write(sample()), StandardCharsets.UTF_8) + "{}")
            .getBytes(StandardCharsets.UTF_8);
    assertThat(receiver.handle(CODE_GET, two).reason()).contains("content after");
    byte[] repeated =
        "{\"maHoSoMCDT\":\"a\",\"maHoSoMCDT\":\"b\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(receiver.handle(CODE_GET, repeated).accepted()).isFalse();
    assertThat(inbox.stateOf(CODE)).isEmpty();
  }

  @Test
  void refusesALabelThatDisagreesWithTheMandate() throws Exception {
    ObjectNode body = sample();
    body.put("nhanHoSo", "LLTPVneidUyQuyen");
    assertThat(push(body).reason()).contains("uyQuyen");
  }

  @Test
  void readsAMandatedDossierAndRefusesItForTypeTwo() throws Exception {
    ObjectNode body = sample();
    body.put("nhanHoSo", "LLTPVneidUyQuyen");
    ObjectNode form = (ObjectNode) body.get("toKhai");
    form.put("uyQuyen", 1);
    ObjectNode proxy = form.putObject("thongTinUyQuyen");
    proxy.put("nuqHoTen", "Phạm Văn Nam").put("nuqSoGiayTo", "024090099999");
    proxy.putObject("nuqQuanHe").put("ma", "2").put("ten", "Anh trai");
    assertThat(push(body).accepted()).isTrue();
    assertThat(inbox.dossier(CODE).orElseThrow().mandate().relationName()).isEqualTo("Anh trai");

    ObjectNode typeTwo = body.deepCopy();
    typeTwo.put("maHoSoMCDT", "000.00.01.H22-241116-0043");
    ((ObjectNode) typeTwo.get("toKhai")).put("loaiPhieu", 2);
    assertThat(push(typeTwo).reason()).contains("mandate:");
  }

  @Test
  void refusesCodesThatAreNotIntegers() throws Exception {
    ObjectNode body = sample();
    ((ObjectNode) body.get("toKhai")).put("loaiPhieu", "một");
    assertThat(push(body).reason()).contains("loaiPhieu: must be an integer");
    ((ObjectNode) body.get("toKhai")).put("loaiPhieu", 3);
    assertThat(push(body).reason()).contains("loaiPhieu: must be 1 or 2");
  }

  @Test
  void answersZeroOneWhenThePortalCannotStoreIt() throws Exception {
    VneidInbox broken =
        new VneidInbox() {
          @Override
          public java.util.Optional<ProcessingState> stateOf(DossierCode code) {
            throw new IllegalStateException("database down for 024195067890");
          }

          @Override
          public boolean create(VneidDossier dossier) {
            return false;
          }

          @Override
          public boolean supplement(VneidDossier dossier) {
            return false;
          }
        };
    VneidAnswer answer;
    java.util.List<String> lines;
    try (LogCapture logs = LogCapture.at(ch.qos.logback.classic.Level.INFO)) {
      answer =
          new VneidReceiver(broken, Secret.of(CODE_GET)).handle(CODE_GET, Json.write(sample()));
      lines = logs.lines();
    }
    assertThat(lines)
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .startsWith("ERROR")
                    .contains("not stored")
                    .doesNotContain("024195067890"));
    assertThat(answer.accepted()).isFalse();
    assertThat(answer.reason()).doesNotContain("024195067890");
  }
}
