package vn.connector.criminalrecord.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import vn.connector.core.internal.Json;
import vn.connector.criminalrecord.Samples;
import vn.connector.criminalrecord.model.CertificateType;
import vn.connector.criminalrecord.model.DossierStatus;
import vn.connector.criminalrecord.model.ProcessingState;

class StatusWireTest {

  private static JsonNode answer(String state, String pdfBase64) throws Exception {
    String result =
        pdfBase64 == null
            ? "null"
            : "{\"soPhieuLLTP\":\"12/2024\",\"ngayCapPhieu\":\"20/11/2024\",\"loaiPhieu\":\"2\",\"phieuLLTP\":\""
                + pdfBase64
                + "\"}";
    return Json.mapper()
        .readTree(
            "{\"status\":1,\"statusDescription\":\"ok\",\"value\":[{\"maHoSoMCDT\":\""
                + Samples.CODE.value()
                + "\",\"trangThaiXuLy\":\""
                + state
                + "\",\"ketQuaXuLy\":"
                + result
                + "}]}");
  }

  @Test
  void readsTheCertificateOfADoneDossier() throws Exception {
    DossierStatus s =
        StatusWire.read(
            answer("9", Base64.getEncoder().encodeToString(Samples.pdf())), Samples.CODE);
    assertThat(s.state()).isEqualTo(ProcessingState.DONE);
    assertThat(s.issued())
        .hasValueSatisfying(
            c -> {
              assertThat(c.type()).isEqualTo(CertificateType.TYPE_2);
              assertThat(c.number()).isEqualTo("12/2024");
              assertThat(c.pdf()).isEqualTo(Samples.pdf());
            });
  }

  @Test
  void refusesACertificateThatIsNotAPdf() throws Exception {
    String html = Base64.getEncoder().encodeToString("<html>".getBytes());
    assertThatThrownBy(() -> StatusWire.read(answer("10", html), Samples.CODE))
        .hasMessageStartingWith("pdf:");
    assertThatThrownBy(() -> StatusWire.read(answer("9", null), Samples.CODE))
        .hasMessageStartingWith("ketQuaXuLy:");
  }

  @Test
  void keepsAnUnknownStateAsItCame() throws Exception {
    DossierStatus s = StatusWire.read(answer("42", null), Samples.CODE);
    assertThat(s.state()).isEqualTo(ProcessingState.UNKNOWN);
    assertThat(s.nationalState()).isEqualTo("42");
    assertThat(StatusWire.read(answer("4", null), Samples.CODE).state())
        .isEqualTo(ProcessingState.PROCESSING);
  }

  @Test
  void readsAnEmptyValueAsNoSuchDossier() throws Exception {
    assertThat(StatusWire.read(Json.mapper().readTree("{\"status\":1,\"value\":[]}"), Samples.CODE))
        .isNull();
  }
}
