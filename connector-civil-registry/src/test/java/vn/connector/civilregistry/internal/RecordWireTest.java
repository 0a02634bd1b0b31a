package vn.connector.civilregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.connector.civilregistry.SamplesAccess;
import vn.connector.civilregistry.model.Address;
import vn.connector.civilregistry.model.BirthRegistration;
import vn.connector.civilregistry.model.CatalogueCode;
import vn.connector.civilregistry.model.Child;
import vn.connector.civilregistry.model.DeathRegistration;
import vn.connector.civilregistry.model.IdentityDocument;
import vn.connector.civilregistry.model.MarriageRegistration;
import vn.connector.civilregistry.model.Registration;
import vn.connector.civilregistry.model.RegistrationKind;
import vn.connector.core.internal.Json;
import vn.connector.core.internal.MalformedAnswerException;

class RecordWireTest {

  private static final String CODE = "000.00.01.H22-261201-0001";

  /** Quotes, back-slashes, controls, a line separator, an emoji, markup and decomposed text. */
  private static final String AWKWARD =
      "Đặng \"Bé\" \\ </b> \u0001\u001f\u007f \u2028 😀 Nguye\u0302\u0303n ổ";

  private static ObjectNode tree(Registration r) {
    try {
      return (ObjectNode) Json.mapper().readTree(RecordWriter.json(r));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void writesTheTextTheTreeWrote() {
    for (Registration r :
        List.of(
            SamplesAccess.birth(CODE),
            SamplesAccess.death(CODE),
            SamplesAccess.marriage(CODE),
            awkwardBirth(),
            fatherless())) {
      assertThat(RecordWriter.json(r)).as(r.kind().name()).isEqualTo(RecordTree.json(r));
    }
  }

  @Test
  void escapesAsJsonDoesAndKeepsVietnamese() {
    BirthRegistration b = awkwardBirth();
    ObjectNode r = tree(b);
    assertThat(r.path("nksNgaySinhBangChu").asText()).isEqualTo(b.child().birthDateInWords());
    assertThat(r.path("nksNoiSinhNuocNgoai").asText()).contains("\"Bé\" \\ </b> \u0001");
    assertThat(r.path("nksQueQuan").path("dcChiTiet").asText()).endsWith("Nguyễn ổ");
    assertThat(RecordWriter.json(b)).contains("\\\"Bé\\\" \\\\ </b> \\u0001\\u001F\u007f");
  }

  @Test
  void leavesAbsentValuesOut() {
    ObjectNode r = tree(fatherless());
    assertThat(r.has("chaHoTen")).isFalse();
    assertThat(r.has("nksNgaySinhBangChu")).isFalse();
    assertThat(r.has("nksQueQuan")).isFalse();
    assertThat(r.has("meHoTen")).isTrue();
  }

  /** Every optional part of the child present, its text awkward. */
  private static BirthRegistration awkwardBirth() {
    BirthRegistration b = SamplesAccess.birth(CODE);
    Child c = b.child();
    Child child =
        new Child(
            c.fullName(),
            c.gender(),
            c.birthDate(),
            AWKWARD,
            c.birthPlace(),
            AWKWARD,
            Address.of("01", "001", "00001", AWKWARD),
            c.ethnicity(),
            c.nationality(),
            CatalogueCode.of("2"),
            IdentityDocument.of(
                CatalogueCode.of("1"), "001226012345", LocalDate.of(2026, 11, 25), AWKWARD));
    return new BirthRegistration(
        b.dossier(), b.details(), child, b.mother(), b.father(), b.requester(), b.attachments());
  }

  private static BirthRegistration fatherless() {
    BirthRegistration b = SamplesAccess.birth(CODE);
    return new BirthRegistration(
        b.dossier(), b.details(), b.child(), b.mother(), null, b.requester(), List.of());
  }

  @Test
  void aBirthRecordIsFlatWithRecordDatesAndFourFieldAddresses() {
    ObjectNode r = tree(SamplesAccess.birth(CODE));

    assertThat(r.path("nksNgaySinh").asText()).isEqualTo("20.11.2026");
    assertThat(r.path("ngayCapGCS").asText()).isEqualTo("21.11.2026");
    assertThat(r.path("meNgaySinh").asText()).isEqualTo("02.03.1995");
    assertThat(r.path("chaNgaySinh").asText()).isEqualTo("1993");
    assertThat(r.path("nksGioiTinh").asText()).isEqualTo("1");
    assertThat(r.path("noiDangKy").asText()).isEqualTo("00004");
    JsonNode place = r.path("nksNoiSinh");
    assertThat(place.path("maTinh").asText()).isEqualTo("01");
    assertThat(place.path("maHuyen").asText()).isEqualTo("001");
    assertThat(place.path("maXa").asText()).isEqualTo("00001");
    assertThat(r.path("meNoiCuTru").path("maHuyen").asText()).isEmpty();
    assertThat(r.path("meSoDDCN").asText()).isEqualTo("001195012345");
    r.fields()
        .forEachRemaining(
            e ->
                assertThat(
                        e.getValue().isValueNode()
                            || e.getKey().matches(".*(NoiSinh|NoiCuTru|QueQuan)"))
                    .as(e.getKey())
                    .isTrue());
  }

  @Test
  void aMarriageSendsTheCopiesAsAnIntegerAndAsText() {
    ObjectNode r = tree(SamplesAccess.marriage(CODE));

    assertThat(r.path("soBanSao").isInt()).isTrue();
    assertThat(r.path("soLuongBanSao").isTextual()).isTrue();
    assertThat(r.path("chongSoLanKH").isInt()).isTrue();
    assertThat(r.path("voTinhTrangHonNhan").asText()).isEqualTo("Chưa kết hôn");
  }

  @Test
  void everyKindReadsBackAsItWasWritten() {
    for (Registration r :
        new Registration[] {
          SamplesAccess.birth(CODE), SamplesAccess.death(CODE), SamplesAccess.marriage(CODE)
        }) {
      Registration back = RecordReader.read(r.kind(), r.dossier(), tree(r));
      assertThat(back)
          .usingRecursiveComparison()
          .ignoringFields("attachments")
          .as(r.kind().name())
          .isEqualTo(r);
    }
  }

  @Test
  void aRecordMissingARequiredPersonIsRefusedNamingTheField() {
    BirthRegistration birth = SamplesAccess.birth(CODE);
    ObjectNode r = tree(birth);
    r.remove("meHoTen");

    assertThatThrownBy(() -> RecordReader.read(RegistrationKind.BIRTH, birth.dossier(), r))
        .isInstanceOf(MalformedAnswerException.class)
        .hasMessageContaining("parent.fullName");
  }

  @Test
  void aDeathRecordCarriesTheTimeAndTheNotice() {
    DeathRegistration d = SamplesAccess.death(CODE);
    ObjectNode r = tree(d);

    assertThat(r.path("nktGioPhutChet").asText()).isEqualTo("14:30");
    assertThat(r.path("gbtNgay").asText()).isEqualTo("28.11.2026");
    assertThat(r.path("maGBT").asText()).isEqualTo("GBT-2026-0042");
    assertThat(r.path("nktNgaySinh").asText()).isEqualTo("01.05.1940");
  }

  @Test
  void marriageSampleKeepsItsDossierRule() {
    MarriageRegistration m = SamplesAccess.marriage(CODE);
    assertThat(m.dossier().interlinkedCode()).isEqualTo(m.dossier().oneStopCode().value());
  }
}
