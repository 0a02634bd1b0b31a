package vn.connector.population.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.connector.core.Gender;
import vn.connector.population.model.Citizen;
import vn.connector.population.internal.ws.answer.DanhSachCongDan;
import vn.connector.population.internal.ws.answer.KetQua;

class SoapCodecTest {

  private static final String ENV = "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>%s</soapenv:Body></soapenv:Envelope>";

  private static final String CITIZEN = "<CongDan><SoDinhDanh>001090012345</SoDinhDanh>"
      + "<HoVaTen><Ho>Nguyễn</Ho><ChuDem>Văn</ChuDem><Ten>An</Ten></HoVaTen><GioiTinh>1</GioiTinh>"
      + "<NgayThangNamSinh><Nam>1990</Nam><NgayThangNam>19900115</NgayThangNam></NgayThangNamSinh>"
      + "<ThuongTru><MaTinhThanh>01</MaTinhThanh><ChiTiet>Hàng Bạc</ChiTiet><NewThing>x</NewThing></ThuongTru>"
      + "<ChuHo><QuanHe>CH01</QuanHe><SoDinhDanh>001090012345</SoDinhDanh></ChuHo>"
      + "<NgayChet>20230517</NgayChet><Extra><Deep>1</Deep></Extra></CongDan>";

  @Test
  void readsAnswerInTheModelledNamespace() {
    Citizen c = lookup("<CongdanCollection xmlns=\"http://www.mic.gov.vn/dancu/1.0\">" + CITIZEN + "</CongdanCollection>");

    assertThat(c.id().value()).isEqualTo("001090012345");
    assertThat(c.name().full()).isEqualTo("Nguyễn Văn An");
    assertThat(c.gender()).isEqualTo(Gender.MALE);
    assertThat(c.birthDate().toString()).isEqualTo("1990-01-15");
    assertThat(c.permanentAddress().provinceCode()).isEqualTo("01");
    assertThat(c.household().isHead()).isTrue();
  }

  @Test
  void readsAnswerWithoutNamespaceByLocalNames() {
    Citizen c = lookup("<CongdanCollection>" + CITIZEN + "</CongdanCollection>");

    assertThat(c.name().given()).isEqualTo("An");
  }

  @Test
  void readsAnswerInAnotherNamespaceByLocalNames() {
    Citizen c = lookup("<x:CongdanCollection xmlns:x=\"urn:other\">" + CITIZEN.replace("<", "<x:").replace("<x:/", "</x:")
        + "</x:CongdanCollection>");

    assertThat(c.id().value()).isEqualTo("001090012345");
  }

  @Test
  void toleratesMissingOptionalElements() {
    Citizen c = lookup("<CongdanCollection><CongDan><SoCMND>012345678</SoCMND></CongDan></CongdanCollection>");

    assertThat(c.id()).isNull();
    assertThat(c.oldId().value()).isEqualTo("012345678");
    assertThat(c.gender()).isEqualTo(Gender.UNKNOWN);
    assertThat(c.birthDate()).isNull();
  }

  @Test
  void readsEmptyCollectionAsNoMatch() {
    SoapAnswer<DanhSachCongDan> a = SoapCodec.read(env("<CongdanCollection xmlns=\"http://www.mic.gov.vn/dancu/1.0\"/>"),
        DanhSachCongDan.class);

    assertThat(((SoapAnswer.Payload<DanhSachCongDan>) a).value().getCongDan()).isEmpty();
  }

  @Test
  void readsVerificationWithOptionalParts() {
    SoapAnswer<KetQua> a = SoapCodec.read(env("<KetQuaXacThuc><TonTai>true</TonTai><Unknown/></KetQuaXacThuc>"), KetQua.class);

    KetQua k = ((SoapAnswer.Payload<KetQua>) a).value();
    assertThat(AnswerMapper.flag(k.getTonTai())).isTrue();
    assertThat(k.getGioiTinh()).isNull();
  }

  @Test
  void readsSoapFault() {
    SoapAnswer<KetQua> a = SoapCodec.read(env("<soapenv:Fault><faultcode>soapenv:Client</faultcode>"
        + "<faultstring>Thiếu HoVaTen</faultstring></soapenv:Fault>"), KetQua.class);

    assertThat(a).isEqualTo(new SoapAnswer.Fault<KetQua>("soapenv:Client", "Thiếu HoVaTen"));
  }

  @Test
  void refusesTruncatedEnvelope() {
    byte[] whole = env("<CongdanCollection>" + CITIZEN + "</CongdanCollection>");
    byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);

    assertThatThrownBy(() -> SoapCodec.read(half, DanhSachCongDan.class)).isInstanceOf(AnswerFormatException.class);
  }

  @Test
  void refusesGarbageAndDoctype() {
    assertThatThrownBy(() -> SoapCodec.read("<<not xml {[".getBytes(StandardCharsets.UTF_8), KetQua.class))
        .isInstanceOf(AnswerFormatException.class);
    String doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + new String(env("<KetQuaXacThuc><TonTai>&e;</TonTai></KetQuaXacThuc>"), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SoapCodec.read(doctype.getBytes(StandardCharsets.UTF_8), KetQua.class))
        .isInstanceOf(AnswerFormatException.class);
  }

  @Test
  void unwrapsLgspJsonAnswerWithNumericErrorCode() {
    String inner = new String(env("<KetQuaXacThuc><TonTai>false</TonTai></KetQuaXacThuc>"), StandardCharsets.UTF_8);
    String json = "{\"error_code\":0,\"message\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(inner) + "}";

    JsonCodec.Wrapper w = JsonCodec.unwrap(json.getBytes(StandardCharsets.UTF_8));

    assertThat(w.ok()).isTrue();
    KetQua k = ((SoapAnswer.Payload<KetQua>) SoapCodec.read(w.envelope(), KetQua.class)).value();
    assertThat(AnswerMapper.flag(k.getTonTai())).isFalse();
  }

  @Test
  void unwrapsLgspJsonError() {
    JsonCodec.Wrapper w = JsonCodec.unwrap("{\"error_code\":\"1\",\"message\":\"Lỗi\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(w.ok()).isFalse();
    assertThat(w.errorCode()).isEqualTo("1");
  }

  private static Citizen lookup(String payload) {
    SoapAnswer<DanhSachCongDan> a = SoapCodec.read(env(payload), DanhSachCongDan.class);
    return AnswerMapper.citizen(((SoapAnswer.Payload<DanhSachCongDan>) a).value().getCongDan().get(0));
  }

  private static byte[] env(String payload) {
    return String.format(ENV, payload).getBytes(StandardCharsets.UTF_8);
  }
}
