package vn.connector.benchmarks.compare;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The stub's canned answers, written as the contracts (/work/shared/contracts) and the testkit
 * simulators put them on the wire: bodies are built once, the whole HTTP response too, so serving
 * one costs a socket write.
 */
final class Answers {

  static final String ENTERPRISE = "0100109106";

  static final String TOKEN =
      "{\"access_token\":\"bench-access-token-0123456789abcdef\",\"expires_in\":3600,"
          + "\"token_type\":\"Bearer\"}";

  /** chiTietDoanhNghiep of the simulator's ACTIVE enterprise, NGSP shape (business-registry.md). */
  static final String ENTERPRISE_JSON =
      "{\"Data\":{\"MainInformation\":{\"NAME\":\"Tổng Công ty Viễn thông Thử nghiệm Hà Nội\","
          + "\"SHORT_NAME\":\"HTT\",\"NAME_F\":\"Hanoi Test Telecom Corporation\","
          + "\"ENTERPRISE_GDT_CODE\":\"0100109106\",\"IMP_BUSINESS_CODE\":\"0100109106\","
          + "\"ENTERPRISE_STATUS_ID\":\"1\",\"ENTERPRISE_STATUS_NAME\":\"Đang hoạt động\","
          + "\"FOUNDING_DATE\":\"2004-05-12\",\"LAST_AMEND_DATE\":\"2023-08-01T00:00:00\","
          + "\"NUMBER_CHANGES\":12,"
          + "\"ENTERPRISE_TYPE_NAME\":\"Công ty trách nhiệm hữu hạn một thành viên\"},"
          + "\"HOAdress\":{\"AddressFullText\":\"Số 1 Giang Văn Minh, Phường Kim Mã, Quận Ba"
          + " Đình, Thành phố Hà Nội\"},"
          + "\"Representatives\":[{\"FULL_NAME\":\"Nguyễn Văn An\"},{\"FULL_NAME\":\"Trần Thị"
          + " Bình\"},{\"FULL_NAME\":\"Lê Hoàng Cường\"}],"
          + "\"BusinessActivities\":[{\"CODE\":\"6110\",\"NAME\":\"Hoạt động viễn thông có"
          + " dây\",\"IS_MAIN\":true},{\"CODE\":\"6120\",\"NAME\":\"Hoạt động viễn thông không"
          + " dây\",\"IS_MAIN\":false},{\"CODE\":\"6201\",\"NAME\":\"Lập trình máy vi"
          + " tính\",\"IS_MAIN\":false}]}}";

  /** XacThucThongTinCongDan answered "matched" (population.md, modelled answer shape). */
  static final String VERIFY_ENVELOPE =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soapenv:Envelope"
          + " xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
          + "<KetQuaXacThuc xmlns=\"http://www.mic.gov.vn/dancu/1.0\"><TonTai>true</TonTai>"
          + "<SoDinhDanhTonTai>true</SoDinhDanhTonTai><GioiTinh>1</GioiTinh></KetQuaXacThuc>"
          + "</soapenv:Body></soapenv:Envelope>";

  /** The lgsp-json wrapper: the SOAP answer as a JSON string in {@code message}. */
  static final String VERIFY_JSON =
      "{\"error_code\":\"0\",\"message\":\"" + VERIFY_ENVELOPE.replace("\"", "\\\"") + "\"}";

  static final String PAYMENT_URL = "https://thanhtoan.dichvucong.gov.vn/pay?ref=bench";

  /** INIT answered in the error_code shape, the message a JSON string (payment.md). */
  static final String INIT_JSON =
      "{\"error_code\":\"0\",\"message\":\"{\\\"UrlThanhToan\\\":\\\"" + PAYMENT_URL + "\\\"}\"}";

  /** orderpost accepted (postal.md). */
  static final String ORDER_JSON = "{\"Status\":\"100\",\"Message\":\"Tạo đơn hàng thành công\"}";

  /** NhanDKHT accepted, as the testkit's civil-registry simulator answers it. */
  static final String CIVIL_PUSH_JSON =
      "{\"status\":\"1\",\"statusDescription\":\"Thành công\",\"errorCode\":\"\","
          + "\"errorDescription\":\"\"}";

  /** The LLTP submission accepted: a text answer (criminal-record.md). */
  static final String LLTP_SUBMITTED = "Gửi thông tin thành công";

  /** The style A login (national-portal.md): error_code a number here, a session. */
  static final String PORTAL_LOGIN_JSON =
      "{\"error_code\":0,\"session\":\"" + PortalCalls.SESSION + "\"}";

  /** DongBoHoSoMC accepted, as the testkit's national-portal simulator answers it. */
  static final String PORTAL_SYNC_JSON =
      "{\"error_code\":\"0\",\"message\":\"Thực hiện thành công\",\"result\":null}";

  private Answers() {}

  /** A complete HTTP/1.1 response with a body. */
  static byte[] response(int status, String contentType, byte[] body, Map<String, String> extra) {
    StringBuilder head = new StringBuilder(256);
    head.append("HTTP/1.1 ").append(status).append(status == 200 ? " OK" : " Error").append("\r\n");
    head.append("Content-Type: ").append(contentType).append("\r\n");
    head.append("Content-Length: ").append(body.length).append("\r\n");
    for (Map.Entry<String, String> e : extra.entrySet()) {
      head.append(e.getKey()).append(": ").append(e.getValue()).append("\r\n");
    }
    head.append("\r\n");
    byte[] h = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[h.length + body.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }

  static byte[] json(String body) {
    return response(200, "application/json; charset=utf-8", utf8(body), Map.of());
  }

  static byte[] xml(String body) {
    return response(200, "text/xml; charset=utf-8", utf8(body), Map.of());
  }

  static byte[] text(String body) {
    return response(200, "text/plain; charset=utf-8", utf8(body), Map.of());
  }

  static byte[] status(int status, String text) {
    return response(status, "text/plain; charset=utf-8", utf8(text), Map.of());
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
