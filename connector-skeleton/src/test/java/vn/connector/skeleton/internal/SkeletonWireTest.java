package vn.connector.skeleton.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.connector.core.AgencyCode;
import vn.connector.core.DossierCode;
import vn.connector.core.HttpResponse;
import vn.connector.core.Verdict;
import vn.connector.skeleton.model.DossierStatus;
import vn.connector.skeleton.model.Submission;

class SkeletonWireTest {

  private static final DossierCode DOSSIER = DossierCode.parse("000.00.01.H22-241115-0001");
  private final SkeletonWire wire =
      new SkeletonWire(
          URI.create("https://lgsp.example.gov.vn/skeleton/"), AgencyCode.parse("000.00.01.H22"));

  private static HttpResponse json(String body) {
    return new HttpResponse(200, Map.of(), body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesThePushWithTheWireNamesInNfc() {
    var request = wire.submit(new Submission(DOSSIER, "Đa\u0306ng ky\u0301 khai sinh"));

    assertThat(request.uri()).hasToString("https://lgsp.example.gov.vn/skeleton/NhanHoSo");
    assertThat(new String(request.body(), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"maHoSo\":\"000.00.01.H22-241115-0001\",\"maDonVi\":\"000.00.01.H22\","
                + "\"trichYeu\":\"Đăng ký khai sinh\"}");
  }

  @Test
  void readsTheStatusWhetherTheStateIsAStringOrANumber() {
    DossierStatus s =
        wire.readStatus(
            DOSSIER,
            json("{\"maLoi\":\"0\",\"trangThai\":4,\"ngayCapNhat\":\"15/11/2024 14:30:00\"}"));

    assertThat(s.state()).isEqualTo(DossierStatus.State.RESULT);
    assertThat(s.updatedAt().getHour()).isEqualTo(14);
    assertThatThrownBy(
            () ->
                wire.readStatus(
                    DOSSIER, json("{\"trangThai\":\"9\",\"ngayCapNhat\":\"15/11/2024 14:30:00\"}")))
        .hasMessageStartingWith("trangThai:");
  }

  @Test
  void classifiesTheAnswerCodesAsData() {
    assertThat(SkeletonAnswers.TABLE.classify(json("{\"maLoi\":101}")).kind())
        .isEqualTo(Verdict.Kind.ALREADY_DONE);
    assertThat(
            SkeletonAnswers.TABLE
                .classify(json("{\"maLoi\":\"03\",\"moTa\":\"Yêu cầu bị gián đoạn\"}"))
                .kind())
        .isEqualTo(Verdict.Kind.RETRY);
    assertThat(SkeletonAnswers.TABLE.classify(json("{\"maLoi\":\"-1\"}")).kind())
        .isEqualTo(Verdict.Kind.RENEW_AUTH);
    Verdict refused =
        SkeletonAnswers.TABLE.classify(json("{\"maLoi\":\"4\",\"moTa\":\"Sai mã đơn vị\"}"));
    assertThat(refused.hint()).hasValue(SkeletonAnswers.BAD_UNIT);
    assertThat(refused.text()).hasValue("Sai mã đơn vị");
  }

  @Test
  void refusesABlankSummaryBeforeAnythingIsSent() {
    assertThatThrownBy(() -> new Submission(DOSSIER, "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("summary:");
  }
}
