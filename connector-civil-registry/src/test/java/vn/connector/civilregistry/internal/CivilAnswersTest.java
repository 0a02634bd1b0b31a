package vn.connector.civilregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.connector.core.HttpResponse;
import vn.connector.core.Verdict;

class CivilAnswersTest {

  @Test
  void aPushIsOkOnStatusOneStringOrNumber() {
    assertThat(push("{\"status\":\"1\",\"errorCode\":\"\"}").kind()).isEqualTo(Verdict.Kind.OK);
    assertThat(push("{\"status\":1}").kind()).isEqualTo(Verdict.Kind.OK);
  }

  @Test
  void aRepeatedPushIsAlreadyDone() {
    Verdict v =
        push(
            "{\"status\":\"0\",\"errorCode\":\"E09\",\"errorDescription\":\"Hồ sơ ĐÃ ĐƯỢC TIẾP NHẬN\"}");
    assertThat(v.kind()).isEqualTo(Verdict.Kind.ALREADY_DONE);
  }

  @Test
  void aRefusalKeepsTheMinistrysCodeAndText() {
    Verdict v = push("{\"status\":\"0\",\"errorCode\":\"1\",\"errorDescription\":\"Sai mã\"}");
    assertThat(v.kind()).isEqualTo(Verdict.Kind.REFUSE);
    assertThat(v.code()).contains("1");
    assertThat(v.text()).contains("Sai mã");
  }

  @Test
  void theStatusPhrasesMeanDoneRetryOrPermanent() {
    Map<String, Verdict.Kind> expected =
        Map.of(
            "Cập nhật trạng thái thành công", Verdict.Kind.OK,
            "Hồ sơ đã trả kết quả", Verdict.Kind.ALREADY_DONE,
            "Hồ sơ không tồn tại", Verdict.Kind.ALREADY_DONE,
            "Chưa cập nhật trạng thái", Verdict.Kind.RETRY,
            "Client received SOAP Fault from server", Verdict.Kind.RETRY,
            "Internal Server Error", Verdict.Kind.RETRY,
            "Cập nhật không thành công", Verdict.Kind.RETRY,
            "Logic xử lý không hợp lệ", Verdict.Kind.REFUSE,
            "Chưa cập nhật trạng thái, thử lại thành công sau", Verdict.Kind.RETRY);
    expected.forEach(
        (text, kind) ->
            assertThat(CivilAnswers.STATUS.classify(text(200, text)).kind())
                .as(text)
                .isEqualTo(kind));
    assertThat(CivilAnswers.STATUS.classify(text(200, "OK?")).kind())
        .isEqualTo(Verdict.Kind.REFUSE);
  }

  @Test
  void theAcknowledgementNeedsItsPhrase() {
    assertThat(CivilAnswers.ACKNOWLEDGE.classify(text(200, "Cập nhật thành công")).isSuccess())
        .isTrue();
    assertThat(CivilAnswers.ACKNOWLEDGE.classify(text(200, "Lỗi")).isSuccess()).isFalse();
  }

  private static Verdict push(String json) {
    return CivilAnswers.PUSH.classify(
        new HttpResponse(
            200,
            Map.of("Content-Type", List.of("application/json")),
            json.getBytes(StandardCharsets.UTF_8)));
  }

  private static HttpResponse text(int status, String body) {
    return new HttpResponse(
        status,
        Map.of("Content-Type", List.of("text/plain; charset=utf-8")),
        body.getBytes(StandardCharsets.UTF_8));
  }
}
