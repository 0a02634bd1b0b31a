package vn.connector.criminalrecord.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.connector.criminalrecord.Samples;

class DeclarationWireTest {

  private static final Province PROVINCE = new Province("24", "Bắc Giang");

  @Test
  void sendsEveryValueAsAString() {
    ObjectNode body =
        DeclarationWire.body(Samples.declaration().build(), PROVINCE, Samples.codes());
    List<String> notText = new ArrayList<>();
    walk(body, "", notText);
    assertThat(notText).isEmpty();
    assertThat(body.path("toKhai").path("loaiPhieu").asText()).isEqualTo("1");
    assertThat(body.path("toKhai").path("yeuCauCDNCV").asText()).isEqualTo("0");
    assertThat(body.path("toKhai").path("soLuongCap").asText()).isEqualTo("1");
    assertThat(body.path("nguonDangKy").asText()).isEqualTo("1");
  }

  @Test
  void writesDatesAsDayMonthYearAndTranslatesLocalCodes() {
    JsonNode form =
        DeclarationWire.body(Samples.declaration().build(), PROVINCE, Samples.codes())
            .get("toKhai");
    assertThat(form.get("nycNgaySinh").asText()).isEqualTo("15/01/1990");
    assertThat(form.get("chaNgaySinh").asText()).isEqualTo("06/05/1960");
    assertThat(form.get("ngayHenTra").asText()).isEqualTo("25/11/2024");
    assertThat(form.get("nycQuocTich").asText()).isEqualTo("VN");
    assertThat(form.get("nycTenQuocTich").asText()).isEqualTo("Việt Nam");
    assertThat(form.get("nycDanToc").asText()).isEqualTo("01");
    assertThat(form.path("nycCuTru").get(0).get("tuNgay").asText()).isEqualTo("01/01/2004");
    assertThat(form.path("nycCuTru").get(0).get("denNgay").asText()).isEmpty();
    assertThat(form.path("nycThuongTru").get("maPhuongXa").asText()).isEqualTo("07210");
  }

  @Test
  void refusesAnUnmappedNationalityNamingTheField() {
    var declaration = Samples.declaration().applicant(Samples.applicant("4242")).build();
    assertThatThrownBy(() -> DeclarationWire.body(declaration, PROVINCE, Samples.codes()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("applicant.nationality: local code 4242");
  }

  @Test
  void carriesTheMandateAndTheAttachments() {
    ObjectNode body =
        DeclarationWire.body(
            Samples.declaration().mandate(Samples.mandate()).build(), PROVINCE, Samples.codes());
    assertThat(body.path("toKhai").path("uyQuyen").asText()).isEqualTo("1");
    assertThat(body.path("toKhai").path("nuqSoGiayTo").asText()).isEqualTo("024192054321");
    assertThat(body.path("fileHoSo").get(0).path("noiDungFile").asText()).isNotEmpty();
    assertThat(body.has("authKey")).isFalse();
  }

  private static void walk(JsonNode node, String path, List<String> notText) {
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> walk(e.getValue(), path + "." + e.getKey(), notText));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", notText);
      }
    } else if (!node.isTextual()) {
      notText.add(path);
    }
  }
}
