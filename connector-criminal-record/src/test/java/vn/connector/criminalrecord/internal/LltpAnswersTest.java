package vn.connector.criminalrecord.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.connector.core.HttpResponse;
import vn.connector.core.Verdict;
import vn.connector.core.Verdict.Kind;

class LltpAnswersTest {

  private static HttpResponse answer(String body) {
    return new HttpResponse(
        200,
        Map.of("Content-Type", List.of("text/plain; charset=utf-8")),
        body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void classifiesTheSuccessPhrasesAlsoInDecomposedFormAndOtherCase() {
    assertThat(LltpAnswers.SUBMIT.classify(answer("Gửi thông tin thành công")).kind())
        .isEqualTo(Kind.OK);
    String nfd =
        Normalizer.normalize(
            "Hồ sơ ĐÃ ĐƯỢC TIẾP NHẬN, không thể cập nhật thông tin", Normalizer.Form.NFD);
    assertThat(LltpAnswers.SUBMIT.classify(answer(nfd)).kind()).isEqualTo(Kind.ALREADY_DONE);
    assertThat(LltpAnswers.SUBMIT.classify(answer("\"gửi thông tin thành công\"")).kind())
        .isEqualTo(Kind.OK);
  }

  @Test
  void keepsTheCodeOfAJsonRefusal() {
    Verdict v =
        LltpAnswers.SUBMIT.classify(
            answer(
                "{\"status\":0,\"statusDescription\":\"Lỗi\",\"errorCode\":\"E102\",\"errorDescription\":\"Sai mã tỉnh\"}"));
    assertThat(v.kind()).isEqualTo(Kind.REFUSE);
    assertThat(v.code()).contains("E102");
    assertThat(v.text()).hasValueSatisfying(t -> assertThat(t).contains("Sai mã tỉnh"));
  }

  /** Each form an answer comes in: its verdict's kind, code and text (as they were before). */
  @Test
  void readsEveryFormOfSubmitAnswer() {
    String[][] cases = {
      {"Gửi thông tin thành công", "OK", null, "Gửi thông tin thành công"},
      {"\uFEFF {\"status\":\"0\",\"errorDescription\":\"Sai\"}", "REFUSE", "0", "Sai"},
      {"{\"errorCode\":\"E1\",\"status\":2,\"statusDescription\":\"Lỗi\"}", "REFUSE", "E1", "Lỗi"},
      {"{\"status\":7}", "REFUSE", "7", null},
      {"[\"x\"]", "REFUSE", null, "[\"x\"]"},
      {"{\"status\":", "REFUSE", null, "{\"status\":"},
      {"42", "REFUSE", null, "42"},
    };
    for (String[] c : cases) {
      Verdict v = LltpAnswers.SUBMIT.classify(answer(c[0]));
      assertThat(v.kind().name()).as(c[0]).isEqualTo(c[1]);
      assertThat(v.code().orElse(null)).as(c[0]).isEqualTo(c[2]);
      if (!c[1].equals("OK")) {
        assertThat(v.text().orElse(null)).as(c[0]).isEqualTo(c[3]);
      }
    }
  }

  @Test
  void doesNotTakeADiacriticLessPhraseForSuccess() {
    assertThat(LltpAnswers.SUBMIT.classify(answer("gui thong tin thanh cong")).kind())
        .isEqualTo(Kind.REFUSE);
  }

  @Test
  void retriesOnlyTheTransientReportCode() {
    assertThat(LltpAnswers.REPORT.classify(answer("{\"statusCode\":\"00\",\"data\":null}")).kind())
        .isEqualTo(Kind.OK);
    assertThat(
            LltpAnswers.REPORT
                .classify(
                    answer(
                        "{\"statusCode\":\"03\",\"errorDetail\":\"Yêu cầu bị gián đoạn. Vui lòng thử lại.\"}"))
                .kind())
        .isEqualTo(Kind.RETRY);
    assertThat(
            LltpAnswers.REPORT
                .classify(answer("{\"statusCode\":\"01\",\"errorDetail\":\"Sai dữ liệu\"}"))
                .kind())
        .isEqualTo(Kind.REFUSE);
    assertThat(
            LltpAnswers.REPORT
                .classify(
                    answer(
                        "{\"statusCode\":\"01\",\"errorDetail\":\"Hồ sơ không thể cập nhật lên trạng thái 9\"}"))
                .kind())
        .isEqualTo(Kind.ALREADY_DONE);
    assertThat(LltpAnswers.REPORT.classify(answer("{\"statusCode\":3}")).kind())
        .isEqualTo(Kind.REFUSE);
  }
}
