package vn.connector.criminalrecord.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.connector.core.BirthDate;
import vn.connector.core.Gender;
import vn.connector.core.PersonName;
import vn.connector.core.internal.Json;
import vn.connector.criminalrecord.Samples;
import vn.connector.criminalrecord.model.Address;
import vn.connector.criminalrecord.model.Applicant;
import vn.connector.criminalrecord.model.Attachment;
import vn.connector.criminalrecord.model.CertificateType;
import vn.connector.criminalrecord.model.Declaration;
import vn.connector.criminalrecord.model.RegistrationSource;
import vn.connector.criminalrecord.model.Relative;
import vn.connector.criminalrecord.model.RequestPurpose;
import vn.connector.criminalrecord.model.ResidencePeriod;

class DeclarationWireTest {

  private static final Province PROVINCE = new Province("24", "Bắc Giang");

  /** Quotes, back-slashes, controls, a line separator, an emoji, markup and decomposed text. */
  private static final String AWKWARD =
      "Đặng \"Bé\" \\ </b> \u0001\u001f\u007f \u2028 😀 Nguye\u0302\u0303n ổ";

  private static JsonNode tree(Declaration d) throws IOException {
    return Json.mapper().readTree(DeclarationWire.body(d, PROVINCE, Samples.codes()));
  }

  @Test
  void writesTheBytesTheTreeWrote() {
    List<Declaration> declarations =
        List.of(
            Samples.declaration().build(),
            Samples.declaration().mandate(Samples.mandate()).build(),
            Samples.declaration().spouse(Relative.named("Phạm Thị Dung")).build(),
            sparse(),
            awkward());
    for (Declaration d : declarations) {
      byte[] streamed = DeclarationWire.body(d, PROVINCE, Samples.codes());
      byte[] tree = Json.write(DeclarationTree.body(d, PROVINCE, Samples.codes()));
      assertThat(new String(streamed, StandardCharsets.UTF_8))
          .isEqualTo(new String(tree, StandardCharsets.UTF_8));
      assertThat(streamed).isEqualTo(tree);
    }
  }

  @Test
  void writesVietnameseAndEscapesAsJsonDoes() throws IOException {
    JsonNode form = tree(awkward()).get("toKhai");
    assertThat(form.get("thongTinAnTich").asText()).isEqualTo(awkwardNfc());
    assertThat(form.path("nycCuTru").get(1).get("noiLamViec").asText()).isEqualTo(awkwardNfc());
    assertThat(form.get("nycTenGioiTinh").asText()).isEqualTo("Nữ");
    String text =
        new String(
            DeclarationWire.body(awkward(), PROVINCE, Samples.codes()), StandardCharsets.UTF_8);
    assertThat(text).contains("\\\"Bé\\\" \\\\ </b> \\u0001\\u001F\u007f");
    assertThat(text).endsWith("}]}");
  }

  @Test
  void sendsEveryValueAsAString() throws IOException {
    JsonNode body = tree(Samples.declaration().build());
    List<String> notText = new ArrayList<>();
    walk(body, "", notText);
    assertThat(notText).isEmpty();
    assertThat(body.path("toKhai").path("loaiPhieu").asText()).isEqualTo("1");
    assertThat(body.path("toKhai").path("yeuCauCDNCV").asText()).isEqualTo("0");
    assertThat(body.path("toKhai").path("soLuongCap").asText()).isEqualTo("1");
    assertThat(body.path("nguonDangKy").asText()).isEqualTo("1");
  }

  @Test
  void writesDatesAsDayMonthYearAndTranslatesLocalCodes() throws IOException {
    JsonNode form = tree(Samples.declaration().build()).get("toKhai");
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
  void sendsAbsentPartsAsEmptyStrings() throws IOException {
    JsonNode body = tree(sparse());
    JsonNode form = body.get("toKhai");
    assertThat(form.path("nycTamTru").get("dcChiTiet").asText()).isEmpty();
    assertThat(form.get("nycHoTenCha").asText()).isEmpty();
    assertThat(form.get("nycHoTenMe").asText()).isEmpty();
    assertThat(form.get("uyQuyen").asText()).isEqualTo("0");
    assertThat(form.path("nycCuTru").get(0).get("ngheNghiep").asText()).isEmpty();
    assertThat(body.get("fileHoSo").size()).isZero();
    assertThat(body.get("nguonDangKy").asText()).isEqualTo("3");
  }

  @Test
  void refusesAnUnmappedNationalityNamingTheField() {
    var declaration = Samples.declaration().applicant(Samples.applicant("4242")).build();
    assertThatThrownBy(() -> DeclarationWire.body(declaration, PROVINCE, Samples.codes()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("applicant.nationality: local code 4242");
  }

  @Test
  void carriesTheMandateAndTheAttachments() throws IOException {
    JsonNode body = tree(Samples.declaration().mandate(Samples.mandate()).build());
    assertThat(body.path("toKhai").path("uyQuyen").asText()).isEqualTo("1");
    assertThat(body.path("toKhai").path("nuqSoGiayTo").asText()).isEqualTo("024192054321");
    assertThat(body.path("fileHoSo").get(0).path("noiDungFile").asText()).isNotEmpty();
    assertThat(body.has("authKey")).isFalse();
  }

  /** Type 2, in person, no relatives, no temporary address, no attachment, no optional text. */
  private static Declaration sparse() {
    Applicant a = Samples.applicant("3107");
    Applicant female =
        new Applicant(
            a.fullName(),
            null,
            Gender.FEMALE,
            a.birthDate(),
            a.birthPlace(),
            true,
            a.paper(),
            a.nationality(),
            "55306",
            a.permanentResidence(),
            null,
            null,
            null);
    return Declaration.builder(Samples.CODE)
        .receivedOn(LocalDate.of(2024, 11, 15))
        .source(RegistrationSource.IN_PERSON)
        .type(CertificateType.TYPE_2)
        .purpose(new RequestPurpose("02", "Định cư", null, "Khác"))
        .dueOn(LocalDate.of(2024, 11, 25))
        .applicant(female)
        .residence(new ResidencePeriod(LocalDate.of(1990, 1, 15), null, "Lào Cai", null, null))
        .build();
  }

  private static Declaration awkward() {
    Address there =
        new Address("24", AWKWARD, "213", "Thành phố Bắc Giang", "07210", "Phường", AWKWARD);
    Applicant a = Samples.applicant("3106");
    Applicant applicant =
        new Applicant(
            PersonName.of("Đặng Thị Ánh"),
            AWKWARD,
            Gender.FEMALE,
            BirthDate.of(1985, 12, 31),
            there,
            false,
            a.paper(),
            "3106",
            "55305",
            there,
            there,
            "+84 912 345 678",
            "anh@example.vn");
    return Samples.declaration()
        .applicant(applicant)
        .copies(3)
        .banInformation(true)
        .residence(
            new ResidencePeriod(
                LocalDate.of(2010, 2, 1), LocalDate.of(2012, 3, 4), AWKWARD, "", AWKWARD))
        .criminalHistory(AWKWARD)
        .attachment(new Attachment("Ảnh", "ảnh \"1\".jpg", new byte[] {0, -1, 127, -128}))
        .build();
  }

  private static String awkwardNfc() {
    return java.text.Normalizer.normalize(AWKWARD, java.text.Normalizer.Form.NFC);
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
