package vn.connector.population.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;
import vn.connector.population.internal.ws.answer.KetQua;

class SoapCodecTest {

  private static final String NS = AnswerNamespace.ANSWER_NS;

  private static final String ENV =
      "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
          + "<soapenv:Header><x:Trace xmlns:x=\"urn:x\">1</x:Trace></soapenv:Header><soapenv:Body>%s</soapenv:Body></soapenv:Envelope>";

  @Test
  void showsAnAnswerInNoNamespaceInTheModelledOne() {
    String out = payload("<CongdanCollection><CongDan><Ten>An</Ten></CongDan></CongdanCollection>");

    assertThat(out).isEqualTo("{M}CongdanCollection {M}CongDan {M}Ten 'An' ".replace("M", NS));
  }

  @Test
  void showsAnAnswerInAnotherNamespaceInTheModelledOne() {
    String out =
        payload(
            "<o:KetQuaXacThuc xmlns:o=\"urn:other\"><o:TonTai>true</o:TonTai></o:KetQuaXacThuc>");

    assertThat(out).isEqualTo("{M}KetQuaXacThuc {M}TonTai 'true' ".replace("M", NS));
  }

  @Test
  void readsAnAnswerInAnotherNamespaceIntoItsSchemaTypeInOnePass() {
    byte[] envelope =
        env(
            "<o:KetQuaXacThuc xmlns:o=\"urn:other\"><o:TonTai>true</o:TonTai><o:Extra>x</o:Extra>"
                + "<o:GioiTinh>2</o:GioiTinh></o:KetQuaXacThuc>");

    SoapAnswer<KetQua> a = SoapCodec.read(envelope, SoapMessages.answer(KetQua.class));

    KetQua answer = ((SoapAnswer.Payload<KetQua>) a).value();
    assertThat(answer.getTonTai()).isEqualTo("true");
    assertThat(answer.getGioiTinh()).isEqualTo("2");
  }

  @Test
  void refusesAnEnvelopeCutOffAfterAPayloadThatReadWell() {
    byte[] whole = env("<KetQuaXacThuc><TonTai>true</TonTai></KetQuaXacThuc>");
    String cut = new String(whole, StandardCharsets.UTF_8).replace("</soapenv:Envelope>", "");

    assertThatThrownBy(() -> SoapCodec.read(cut, SoapMessages.answer(KetQua.class)))
        .isInstanceOf(AnswerFormatException.class);
  }

  @Test
  void keepsVietnameseTextIntact() {
    assertThat(payload("<CongdanCollection><CongDan><Ho>Nguyễn</Ho></CongDan></CongdanCollection>"))
        .contains("'Nguyễn'");
  }

  @Test
  void readsSoapFault() {
    SoapAnswer<String> a =
        SoapCodec.read(
            env(
                "<soapenv:Fault><faultcode>soapenv:Client</faultcode>"
                    + "<faultstring>Thiếu HoVaTen</faultstring><detail><x>1</x></detail></soapenv:Fault>"),
            SoapCodecTest::render);

    assertThat(a).isEqualTo(new SoapAnswer.Fault<String>("soapenv:Client", "Thiếu HoVaTen"));
  }

  @Test
  void refusesTruncatedEnvelope() {
    byte[] whole = env("<CongdanCollection><CongDan><Ten>An</Ten></CongDan></CongdanCollection>");
    byte[] half = java.util.Arrays.copyOf(whole, whole.length - 30);

    assertThatThrownBy(() -> SoapCodec.read(half, SoapCodecTest::render))
        .isInstanceOf(AnswerFormatException.class);
  }

  @Test
  void refusesEmptyBodyGarbageAndDoctype() {
    assertThatThrownBy(() -> SoapCodec.read(env(""), SoapCodecTest::render))
        .isInstanceOf(AnswerFormatException.class);
    assertThatThrownBy(
            () ->
                SoapCodec.read(
                    "<<not xml {[".getBytes(StandardCharsets.UTF_8), SoapCodecTest::render))
        .isInstanceOf(AnswerFormatException.class);
    String doctype =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + new String(
                env("<KetQuaXacThuc><TonTai>&e;</TonTai></KetQuaXacThuc>"), StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> SoapCodec.read(doctype.getBytes(StandardCharsets.UTF_8), SoapCodecTest::render))
        .isInstanceOf(AnswerFormatException.class);
  }

  @Test
  void refusesDoctypeEvenWhenNoEntityIsUsed() {
    String doctype =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a 'b'>]>"
            + new String(
                env("<KetQuaXacThuc><TonTai>true</TonTai></KetQuaXacThuc>"),
                StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> SoapCodec.read(doctype.getBytes(StandardCharsets.UTF_8), SoapCodecTest::render))
        .isInstanceOf(AnswerFormatException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void refusesDeclaredInternalEntity() {
    String doctype =
        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a 'true'>]>"
            + new String(
                env("<KetQuaXacThuc><TonTai>&a;</TonTai></KetQuaXacThuc>"), StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> SoapCodec.read(doctype.getBytes(StandardCharsets.UTF_8), SoapCodecTest::render))
        .isInstanceOf(AnswerFormatException.class);
  }

  @Test
  void refusesExternalSystemDoctype() {
    String doctype =
        "<?xml version=\"1.0\"?><!DOCTYPE soapenv:Envelope SYSTEM \"http://127.0.0.1:9/evil.dtd\">"
            + new String(
                env("<KetQuaXacThuc><TonTai>true</TonTai></KetQuaXacThuc>"),
                StandardCharsets.UTF_8);

    assertThatThrownBy(
            () -> SoapCodec.read(doctype.getBytes(StandardCharsets.UTF_8), SoapCodecTest::render))
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
    assertThat(SoapCodec.read(w.message(), SoapCodecTest::render))
        .isInstanceOf(SoapAnswer.Payload.class);
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
    return ((SoapAnswer.Payload<String>) SoapCodec.read(env(body), SoapCodecTest::render)).value();
  }

  /** The element names (with namespace) and texts of the payload, as the reader shows them. */
  private static String render(XMLStreamReader r) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    do {
      int event = depth == 0 ? r.getEventType() : r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
        out.append(r.getName()).append(' ');
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.CHARACTERS) {
        out.append('\'').append(r.getText()).append("' ");
      }
    } while (depth > 0);
    return out.toString();
  }

  private static byte[] env(String payload) {
    return String.format(ENV, payload).getBytes(StandardCharsets.UTF_8);
  }
}
