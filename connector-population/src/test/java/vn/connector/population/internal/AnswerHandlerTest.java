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

class AnswerHandlerTest {

  private static final Call CALL = Call.builder("population", "XacThucThongTinCongDan").build();
  private static final String FAULT = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
      + "<s:Fault><faultcode>s:Client</faultcode><faultstring>Không tìm thấy 001090012345</faultstring></s:Fault>"
      + "</s:Body></s:Envelope>";

  @Test
  void soapFaultIsServiceExceptionWithIdentifiersMasked() {
    AnswerHandler handler = new AnswerHandler(CALL, false);

    assertThatThrownBy(() -> handler.envelope(response(500, FAULT))).isInstanceOfSatisfying(ServiceException.class, e -> {
      assertThat(e.nationalCode()).hasValue("s:Client");
      assertThat(e.nationalMessage()).hasValue("Không tìm thấy 0010******45");
      assertThat(e.getMessage()).doesNotContain("001090012345");
      assertThat(e.httpStatus()).hasValue(500);
    });
  }

  @Test
  void lgspJsonErrorCodeIsServiceException() {
    AnswerHandler handler = new AnswerHandler(CALL, true);

    assertThatThrownBy(() -> handler.envelope(response(200, "{\"error_code\":\"1\",\"message\":\"Sai 001090012345\"}")))
        .isInstanceOfSatisfying(ServiceException.class, e -> {
          assertThat(e.nationalCode()).hasValue("1");
          assertThat(e.getMessage()).doesNotContain("001090012345");
        });
  }

  @Test
  void unreadableBodyIsResponseException() {
    AnswerHandler handler = new AnswerHandler(CALL, false);

    assertThatThrownBy(() -> handler.envelope(response(200, "<html>gateway</html>"))).isInstanceOf(ResponseException.class);
  }

  @Test
  void unexpectedStatusIsServiceException() {
    AnswerHandler handler = new AnswerHandler(CALL, false);

    assertThatThrownBy(() -> handler.envelope(response(404, "Not Found"))).isInstanceOfSatisfying(ServiceException.class,
        e -> assertThat(e.httpStatus()).hasValue(404));
  }

  private static HttpResponse response(int status, String body) {
    return new HttpResponse(status, Map.of("Content-Type", List.of("text/xml")), body.getBytes(StandardCharsets.UTF_8));
  }
}
