package vn.connector.civilregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import vn.connector.civilregistry.SamplesAccess;
import vn.connector.civilregistry.model.BirthRegistration;
import vn.connector.civilregistry.model.DeathRegistration;
import vn.connector.civilregistry.model.MarriageRegistration;
import vn.connector.civilregistry.model.Registration;
import vn.connector.civilregistry.model.RegistrationKind;
import vn.connector.core.internal.MalformedAnswerException;

class RecordWireTest {

  private static final String CODE = "000.00.01.H22-261201-0001";

  @Test
  void aBirthRecordIsFlatWithRecordDatesAndFourFieldAddresses() {
    ObjectNode r = RecordWriter.record(SamplesAccess.birth(CODE));

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
    ObjectNode r = RecordWriter.record(SamplesAccess.marriage(CODE));

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
      Registration back = RecordReader.read(r.kind(), r.dossier(), RecordWriter.record(r));
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
    ObjectNode r = RecordWriter.record(birth);
    r.remove("meHoTen");

    assertThatThrownBy(() -> RecordReader.read(RegistrationKind.BIRTH, birth.dossier(), r))
        .isInstanceOf(MalformedAnswerException.class)
        .hasMessageContaining("parent.fullName");
  }

  @Test
  void aDeathRecordCarriesTheTimeAndTheNotice() {
    DeathRegistration d = SamplesAccess.death(CODE);
    ObjectNode r = RecordWriter.record(d);

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
