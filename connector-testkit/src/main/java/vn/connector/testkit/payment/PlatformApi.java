package vn.connector.testkit.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** INIT, QUERY and GET_BILL as the platform answers them. Codes other than 00 are modelled. */
final class PlatformApi {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

  final Map<String, SimTransaction> transactions = new ConcurrentHashMap<>();
  final List<String> receivedInits = new CopyOnWriteArrayList<>();
  final String partnerCode;
  final String secret;
  final byte[] receiptPdf;
  volatile AnswerShape shape = AnswerShape.MA_LOI;
  volatile URI baseUrl;

  /** When set, INIT, QUERY and GET_BILL need {@code Authorization: Bearer <token>}. */
  volatile String bearer;

  PlatformApi(String partnerCode, String secret) {
    this.partnerCode = partnerCode;
    this.secret = secret;
    this.receiptPdf = resource("/payment/receipt.pdf");
  }

  /** The answer body to INIT. */
  String init(JsonNode m) {
    String refusal = initRefusal(m);
    if (refusal != null) {
      return initAnswer(refusal.substring(0, 2), refusal.substring(3), null);
    }
    String reference = m.path("MaThamChieu").asText();
    long amount = Long.parseLong(m.path("SoTien").asText());
    String dossier = m.path("ThongTinBienLai").path("MaHoSo").asText("");
    URI returnUrl = m.hasNonNull("return_url") ? URI.create(m.get("return_url").asText()) : null;
    SimTransaction fresh =
        new SimTransaction(
            reference,
            amount,
            dossier,
            m.path("ThongTinGiaoDich").asText(""),
            m.path("ThoiGianGD").asText(),
            m.path("MaXacThuc").asText(),
            returnUrl,
            null);
    SimTransaction tx = transactions.putIfAbsent(reference, fresh);
    // A retried INIT (same reference, same amount and dossier) gets the same page; anything else
    // reusing a reference is refused, as the reference is the platform's idempotency key.
    if (tx != null && (tx.amount != amount || !tx.dossier.equals(dossier))) {
      return initAnswer("02", "Mã tham chiếu đã tồn tại", null);
    }
    return initAnswer("00", "Thành công", payPage(reference));
  }

  private String initRefusal(JsonNode m) {
    if (!"INIT".equals(m.path("LoaiBanTin").asText())
        || !"1.0.6".equals(m.path("PhienBan").asText())) {
      return "03 LoaiBanTin/PhienBan không hợp lệ";
    }
    if (!partnerCode.equals(m.path("MaDoiTac").asText())) {
      return "03 Sai mã đối tác";
    }
    String expected =
        SimSigning.maXacThuc(
            secret,
            texts(
                m,
                "LoaiBanTin",
                "PhienBan",
                "MaDoiTac",
                "MaThamChieu",
                "SoTien",
                "LoaiHinhThanhToan",
                "MaKenhThanhToan",
                "MaThietBi",
                "NgonNgu",
                "MaTienTe",
                "MaNganHang",
                "ThongTinGiaoDich",
                "ThoiGianGD",
                "Ip"));
    if (!SimSigning.same(expected, m.path("MaXacThuc").asText())) {
      return "01 Sai mã xác thực";
    }
    if (!m.path("SoTien").isTextual() || !m.path("SoTien").asText().matches("[1-9][0-9]{0,17}")) {
      return "03 SoTien không hợp lệ";
    }
    if (!validTime(m.path("ThoiGianGD").asText())) {
      return "03 ThoiGianGD không hợp lệ";
    }
    if (m.path("MaThamChieu").asText().isEmpty()) {
      return "03 Thiếu MaThamChieu";
    }
    long sum = 0;
    for (JsonNode fee : m.path("ThongTinBienLai").path("PhiLePhi")) {
      String feeAmount = fee.path("SoTien").asText("");
      if (!feeAmount.matches("[0-9]{1,18}")) {
        return "03 PhiLePhi.SoTien không hợp lệ";
      }
      sum += Long.parseLong(feeAmount);
    }
    return sum == Long.parseLong(m.path("SoTien").asText()) ? null : "03 Tổng PhiLePhi khác SoTien";
  }

  private String initAnswer(String code, String text, String url) {
    ObjectNode a = JSON.createObjectNode();
    if (shape == AnswerShape.ERROR_CODE) {
      a.put("error_code", "00".equals(code) ? "0" : code);
      a.put(
          "message",
          url == null ? text : JSON.createObjectNode().put("UrlThanhToan", url).toString());
    } else {
      a.put("MaLoi", code);
      a.put("MoTaLoi", text);
      if (url != null) {
        a.put("UrlThanhToan", url);
      }
    }
    return a.toString();
  }

  /** The answer body to QUERY. */
  String query(JsonNode m) {
    String refusal = queryRefusal(m, "QUERY");
    if (refusal != null) {
      return error(refusal);
    }
    SimTransaction tx = transactions.get(m.path("MaThamChieu").asText());
    ObjectNode a = JSON.createObjectNode();
    a.put("LoaiBanTin", "QUERY");
    a.put("MaLoi", "00");
    a.put("MoTaLoi", "Thành công");
    a.put("MaDoiTac", partnerCode);
    a.put("MaThamChieu", tx.reference);
    a.put("MaGiaoDich", tx.transactionId());
    a.put("SoTien", Long.toString(tx.paidAmount()));
    a.put("MaTienTe", "VND");
    a.put("MaNganHang", tx.bankCode());
    a.put("ThongTinGiaoDich", tx.description);
    a.put("TrangThaiGD", tx.state().code);
    a.put("ThoiGianGD", tx.initTime);
    return a.toString();
  }

  /** The refusal of a QUERY or GET_BILL ("code text"), or null when it is good. */
  String queryRefusal(JsonNode m, String type) {
    if (!type.equals(m.path("LoaiBanTin").asText())
        || !partnerCode.equals(m.path("MaDoiTac").asText())) {
      return "03 LoaiBanTin/MaDoiTac không hợp lệ";
    }
    String expected =
        SimSigning.maXacThuc(
            secret, texts(m, "LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "ThoiGianGD"));
    if (!SimSigning.same(expected, m.path("MaXacThuc").asText())) {
      return "01 Sai mã xác thực";
    }
    if (!validTime(m.path("ThoiGianGD").asText())) {
      return "03 ThoiGianGD không hợp lệ";
    }
    return transactions.containsKey(m.path("MaThamChieu").asText())
        ? null
        : "04 Không tìm thấy giao dịch";
  }

  static String error(String refusal) {
    return JSON.createObjectNode()
        .put("MaLoi", refusal.substring(0, 2))
        .put("MoTaLoi", refusal.substring(3))
        .toString();
  }

  String payPage(String reference) {
    return baseUrl.resolve("/pay/" + reference).toString();
  }

  static boolean validTime(String text) {
    try {
      LocalDateTime.parse(text, TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String[] texts(JsonNode m, String... fields) {
    String[] values = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      values[i] = m.path(fields[i]).asText("");
    }
    return values;
  }

  private static byte[] resource(String name) {
    try (InputStream in = PlatformApi.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the testkit");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (IOException e) {
      return null;
    }
  }
}
