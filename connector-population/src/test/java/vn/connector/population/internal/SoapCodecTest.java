package vn.connector.population.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SoapCodecTest {

  private static final String ENV =
      "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
          + "<soapenv:Header><x:Trace xmlns:x=\"urn:x\">1</x:Trace></soapenv:Header><soapenv:Body>%s</soapenv:Body></soapenv:Envelope>";

  @Test
  void movesAnAnswerInNoNamespaceIntoTheModelledOne() {
    String out = payload("<CongdanCollection><CongDan><Ten>An</Ten></CongDan></CongdanCollection>");

    assertThat(out)
        .contains(
            "<CongdanCollection xmlns=\"http://www.mic.gov.vn/dancu/1.0\"><CongDan><Ten>An</Ten>")
        .doesNotContain("Header", "Trace");
  }

  @Test
  void movesAnAnswerInAnotherNamespaceIntoTheModelledOne() {
    String out =
        payload(
            "<o:KetQuaXacThuc xmlns:o=\"urn:other\"><o:TonTai>true</o:TonTai></o:KetQuaXacThuc>");

    assertThat(out)
        .contains("<KetQuaXacThuc xmlns=\"http://www.mic.gov.vn/dancu/1.0\"><TonTai>true</TonTai>")
        .doesNotContain("urn:other");
  }

  @Test
  void keepsVietnameseTextIntact() {
    assertThat(payload("<CongdanCollection><CongDan><Ho>Nguyễn</Ho></CongDan></CongdanCollection>"))
        .contains("Nguyễn");
  }

  @Test
  void readsSoapFault() {
    SoapAnswer a =
        SoapCodec.normalise(
            env(
                "<soapenv:Fault><faultcode>soapenv:Client</faultcode>"
                    + "<faultstring>Thiếu HoVaTen</faultstring><detail><x>1</x></detail></soapenv:Fault>"));

    assertThat(a).isEqualTo(new SoapAnswer.Fault("soapenv:Client", "Thiếu HoVaTen"));
  }

  @Test
  void refusesTruncatedEnvelope() {
    byte[] whole = env("<CongdanCollection><CongDan><Ten>An</Ten></CongDan></CongdanCollection>");
    byte[] half = java.util.Arrays.copyOf(whole, whole.length - 30);

    assertThatThrownBy(() -> SoapCodec.normalise(half)).isInstanceOf(AnswerFormatException.class);
  }

  @Test
  void refusesEmptyBodyGarbageAndDoctype() {
    assertThatThrownBy(() -> SoapCodec.normalise(env("")))
        .isInstanceOf(AnswerFormatException.class);
    assertThatThrownBy(() -> SoapCodec.normalise("<<not xml {[".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(AnswerFormatException.class);
    String doctype =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + new String(
                env("<KetQuaXacThuc><TonTai>&e;</TonTai></KetQuaXacThuc>"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SoapCodec.normalise(doctype.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(AnswerFormatException.class);
  }

  @Test
  void refusesDoctypeEvenWhenNoEntityIsUsed() {
    String doctype =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a 'b'>]>"
            + new String(
                env("<KetQuaXacThuc><TonTai>true</TonTai></KetQuaXacThuc>"),
                StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SoapCodec.normalise(doctype.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void refusesDeclaredInternalEntity() {
    String doctype =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a 'true'>]>"
            + new String(
                env("<KetQuaXacThuc><TonTai>&a;</TonTai></KetQuaXacThuc>"), StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SoapCodec.normalise(doctype.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(AnswerFormatException.class);
  }

  @Test
  void refusesExternalSystemDoctype() {
    String doctype =
        "<?xml version=\"1.0\"?><!DOCTYPE soapenv:Envelope SYSTEM \"http://127.0.0.1:9/evil.dtd\">"
            + new String(
                env("<KetQuaXacThuc><TonTai>true</TonTai></KetQuaXacThuc>"),
                StandardCharsets.UTF_8);

    assertThatThrownBy(() -> SoapCodec.normalise(doctype.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void unwrapsLgspJsonAnswerWithNumericErrorCode() {
    String inner =
        new String(
            env("<KetQuaXacThuc><TonTai>false</TonTai></KetQuaXacThuc>"), StandardCharsets.UTF_8);
    String json =
        "{\"error_code\":0,\"message\":"
            + com.fasterxml.jackson.databind.node.TextNode.valueOf(inner)
            + "}";

    JsonCodec.Wrapper w = JsonCodec.unwrap(json.getBytes(StandardCharsets.UTF_8));

    assertThat(w.ok()).isTrue();
    assertThat(SoapCodec.normalise(w.envelope())).isInstanceOf(SoapAnswer.Payload.class);
  }

  @Test
  void unwrapsLgspJsonError() {
    JsonCodec.Wrapper w =
        JsonCodec.unwrap(
            "{\"error_code\":\"1\",\"message\":\"Lỗi\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(w.ok()).isFalse();
    assertThat(w.errorCode()).isEqualTo("1");
  }

  @Test
  void refusesJsonWithoutErrorCode() {
    assertThatThrownBy(
            () -> JsonCodec.unwrap("{\"message\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(AnswerFormatException.class);
  }

  private static String payload(String body) {
    SoapAnswer a = SoapCodec.normalise(env(body));
    return new String(((SoapAnswer.Payload) a).envelope(), StandardCharsets.UTF_8);
  }

  private static byte[] env(String payload) {
    return String.format(ENV, payload).getBytes(StandardCharsets.UTF_8);
  }
}
