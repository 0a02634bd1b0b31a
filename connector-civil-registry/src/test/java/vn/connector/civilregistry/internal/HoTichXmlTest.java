package vn.connector.civilregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.connector.core.internal.MalformedAnswerException;

class HoTichXmlTest {

  @Test
  void readsLeavesAsTextAndAddressesAsObjectsWhereverHoTichSits() {
    ObjectNode r =
        HoTichXml.read(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><hoSo><meta>x</meta><hoTich>"
                + "<nksHoTen> Đỗ Gia Bảo </nksHoTen><nksNoiSinh><maTinh>01</maTinh><maHuyen/>"
                + "<maXa>00004</maXa><dcChiTiet>Số 1 &amp; 2</dcChiTiet></nksNoiSinh>"
                + "<ghiChu><![CDATA[a < b]]></ghiChu></hoTich></hoSo>");

    assertThat(r.path("nksHoTen").asText()).isEqualTo("Đỗ Gia Bảo");
    assertThat(r.path("nksNoiSinh").path("maXa").asText()).isEqualTo("00004");
    assertThat(r.path("nksNoiSinh").path("maHuyen").asText()).isEmpty();
    assertThat(r.path("nksNoiSinh").path("dcChiTiet").asText()).isEqualTo("Số 1 & 2");
    assertThat(r.path("ghiChu").asText()).isEqualTo("a < b");
  }

  @Test
  void refusesADoctypeWithAnInternalEntity() {
    assertThatThrownBy(
            () ->
                HoTichXml.read(
                    "<!DOCTYPE hoTich [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>"
                        + "<hoTich><nksHoTen>&b;</nksHoTen></hoTich>"))
        .isInstanceOf(MalformedAnswerException.class)
        .hasMessageContaining("DOCTYPE refused");
  }

  @Test
  void refusesAnExternalEntityWithAndWithoutADoctype() {
    assertThatThrownBy(
            () ->
                HoTichXml.read(
                    "<!DOCTYPE hoTich [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
                        + "<hoTich><nksHoTen>&x;</nksHoTen></hoTich>"))
        .isInstanceOf(MalformedAnswerException.class)
        .hasMessageContaining("DOCTYPE refused");
    assertThatThrownBy(() -> HoTichXml.read("<hoTich><nksHoTen>&x;</nksHoTen></hoTich>"))
        .isInstanceOf(MalformedAnswerException.class)
        .hasMessageContaining("not well-formed");
  }

  @Test
  void refusesAPayloadWithoutHoTichATruncatedOneAndARepeatedField() {
    assertThatThrownBy(() -> HoTichXml.read("<hoSo><x/></hoSo>"))
        .hasMessageContaining("no <hoTich>");
    assertThatThrownBy(() -> HoTichXml.read("<hoTich><nksHoTen>A</nksHoTen>"))
        .hasMessageContaining("not well-formed");
    assertThatThrownBy(
            () -> HoTichXml.read("<hoTich><nksHoTen>A</nksHoTen><nksHoTen>B</nksHoTen></hoTich>"))
        .hasMessageContaining("appears twice");
  }
}
