package vn.connector.population.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.connector.core.Call;
import vn.connector.core.HttpResponse;
import vn.connector.core.ResponseException;
import vn.connector.core.ServiceException;
import vn.connector.population.internal.ws.answer.KetQua;

class AnswerHandlerTest {

  private static final Call CALL = Call.builder("population", "XacThucThongTinCongDan").build();
  private static final String FAULT =
      "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
          + "<s:Fault><faultcode>s:Client</faultcode><faultstring>Không tìm thấy 001090012345</faultstring></s:Fault>"
          + "</s:Body></s:Envelope>";

  @Test
  void soapFaultIsServiceExceptionWithIdentifiersMasked() {
    AnswerHandler handler = new AnswerHandler(CALL, false);

    assertThatThrownBy(() -> handler.read(response(500, FAULT), SoapMessages.answer(KetQua.class)))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.nationalCode()).hasValue("s:Client");
              assertThat(e.nationalMessage()).hasValue("Không tìm thấy 0010******45");
              assertThat(e.getMessage()).doesNotContain("001090012345");
              assertThat(e.httpStatus()).hasValue(500);
            });
  }

  @Test
  void lgspJsonErrorCodeIsServiceException() {
    AnswerHandler handler = new AnswerHandler(CALL, true);

    assertThatThrownBy(
            () ->
                handler.read(
                    response(200, "{\"error_code\":\"1\",\"message\":\"Sai 001090012345\"}"),
                    SoapMessages.answer(KetQua.class)))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.nationalCode()).hasValue("1");
              assertThat(e.getMessage()).doesNotContain("001090012345");
            });
  }

  @Test
  void unreadableBodyIsResponseException() {
    AnswerHandler handler = new AnswerHandler(CALL, false);

    assertThatThrownBy(
            () ->
                handler.read(
                    response(200, "<html>gateway</html>"), SoapMessages.answer(KetQua.class)))
        .isInstanceOf(ResponseException.class);
  }

  @Test
  void unexpectedStatusIsServiceException() {
    AnswerHandler handler = new AnswerHandler(CALL, false);

    assertThatThrownBy(
            () -> handler.read(response(404, "Not Found"), SoapMessages.answer(KetQua.class)))
        .isInstanceOfSatisfying(
            ServiceException.class, e -> assertThat(e.httpStatus()).hasValue(404));
  }

  @Test
  void notFoundHintsAtTheEndpointOfTheOperation() {
    AnswerHandler handler = new AnswerHandler(CALL, false);

    assertThatThrownBy(
            () ->
                handler.read(
                    response(404, "<html><body>No resource for 001090012345</body></html>"),
                    SoapMessages.answer(KetQua.class)))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.hint())
                  .hasValueSatisfying(
                      h -> {
                        assertThat(h.vietnamese())
                            .contains("population.endpoint", "lookupEndpoint");
                        assertThat(h.english()).contains("endpoint URL of the operation");
                      });
              assertThat(e.nationalMessage())
                  .hasValue("<html><body>No resource for 0010******45</body></html>");
              assertThat(e.getMessage())
                  .doesNotContain("001090012345")
                  .contains("HTTP 404")
                  .doesNotContain("No resource");
              assertThat(e.isRetryable()).isFalse();
            });
  }

  @Test
  void badRequestHintsAtAMalformedRequest() {
    AnswerHandler handler = new AnswerHandler(CALL, false);

    assertThatThrownBy(
            () -> handler.read(response(400, "Bad Request"), SoapMessages.answer(KetQua.class)))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.hint())
                  .hasValueSatisfying(h -> assertThat(h.english()).contains("malformed"));
              assertThat(e.nationalMessage()).hasValue("Bad Request");
            });
  }

  @Test
  void payloadTooLargeAndUnsupportedMediaTypeHaveHints() {
    AnswerHandler handler = new AnswerHandler(CALL, false);

    assertThatThrownBy(() -> handler.read(response(413, ""), SoapMessages.answer(KetQua.class)))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.hint())
                  .hasValueSatisfying(h -> assertThat(h.english()).contains("too large"));
              assertThat(e.nationalMessage()).isEmpty();
            });
    assertThatThrownBy(
            () -> handler.read(response(415, "Unsupported"), SoapMessages.answer(KetQua.class)))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e ->
                assertThat(e.hint())
                    .hasValueSatisfying(
                        h -> assertThat(h.english()).contains("Content-Type", "profile")));
  }

  @Test
  void bodyExcerptIsMaskedBeforeItIsCutShort() {
    AnswerHandler handler = new AnswerHandler(CALL, false);
    String body = "x".repeat(190) + " 001090012345 " + "y".repeat(500);

    assertThatThrownBy(() -> handler.read(response(404, body), SoapMessages.answer(KetQua.class)))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              String excerpt = e.nationalMessage().orElseThrow();
              assertThat(excerpt)
                  .hasSizeLessThanOrEqualTo(200)
                  .startsWith("xxx")
                  .doesNotContain("0010900", "yyy");
              assertThat(e.getMessage()).doesNotContain("0010900");
            });
  }

  @Test
  void bodyExcerptCollapsesWhitespace() {
    AnswerHandler handler = new AnswerHandler(CALL, false);

    assertThatThrownBy(
            () ->
                handler.read(
                    response(405, "<html>\n  <h1>Method\r\n\tNot Allowed</h1>\n</html>\n"),
                    SoapMessages.answer(KetQua.class)))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.nationalMessage())
                  .hasValue("<html> <h1>Method Not Allowed</h1> </html>");
              assertThat(e.hint())
                  .hasValueSatisfying(h -> assertThat(h.english()).contains("endpoint URL"));
            });
  }

  @Test
  void excerptOfAHugeBodyDropsAnIdentifierSplitWhereDecodingStops() {
    byte[] body = (" ".repeat(4090) + "001090012345 and more").getBytes(StandardCharsets.UTF_8);

    assertThat(AnswerHandler.excerpt(body)).isNull();
  }

  private static HttpResponse response(int status, String body) {
    return new HttpResponse(
        status, Map.of("Content-Type", List.of("text/xml")), body.getBytes(StandardCharsets.UTF_8));
  }
}
