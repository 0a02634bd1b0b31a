package vn.connector.payment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.text.Normalizer;
import java.util.regex.Pattern;
import vn.connector.core.internal.Hex;
import vn.connector.payment.model.PaymentReference;
import vn.connector.payment.model.PaymentRequest;

/**
 * Provincial PayGov through LGSP: the payment request, its {@code {"data":{"url":…}}} answer, the
 * callback and the portal's answer to it.
 *
 * <p>Modelled choices, kept here only: {@code amount} travels as a JSON number in the request (the
 * checksum covers its digits either way); {@code orderId} is {@code {unitCode}-{MaHoSo}-01} with
 * the collecting agency's code as unit code; {@code requestCode} is the attempt reference; the
 * callback checksum is {@code hex(SHA-256(secretKey + orderId + requestCode + transactionNo +
 * amount + errorCode))}, and {@code payDate} is {@code yyyyMMddHHmmss}.
 */
public final class PayGovWire {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_PRINTABLE_ASCII = Pattern.compile("[^\\x20-\\x7E]");

  private PayGovWire() {}

  /** Settings of one province's PayGov, as the wire needs them. */
  public record Settings(
      String partnerCode,
      String accessKey,
      String serviceCode,
      String secretKey,
      URI returnUrl,
      String beneficiaryCode,
      String accountPay) {

    /** The province variant without checksum, accessKey and serviceCode. */
    boolean beneficiaryVariant() {
      return beneficiaryCode != null;
    }
  }

  public static byte[] encode(
      Settings s, PaymentRequest request, PaymentReference reference, String ip) {
    String orderId = orderId(request);
    String amount = Long.toString(request.amount().amount());
    ObjectNode m = PaymentJson.object();
    m.put("partnerCode", s.partnerCode());
    if (!s.beneficiaryVariant()) {
      m.put("accessKey", s.accessKey());
      m.put("serviceCode", s.serviceCode());
    }
    m.put("returnUrl", s.returnUrl().toString());
    m.put("orderId", orderId);
    m.put("amount", request.amount().amount());
    m.put("orderInfo", ascii(request.description()));
    m.put("requestCode", reference.value());
    m.put("ipAddress", ip);
    if (s.beneficiaryVariant()) {
      m.put("beneficiaryCode", s.beneficiaryCode());
      m.put("accountPay", s.accountPay());
    } else {
      m.put(
          "checksum",
          Hex.sha256(
              s.secretKey()
                  + s.accessKey()
                  + s.partnerCode()
                  + orderId
                  + reference.value()
                  + amount));
    }
    return PaymentJson.bytes(m);
  }

  static String orderId(PaymentRequest request) {
    return request.collector().agency().value() + "-" + request.dossier().value() + "-01";
  }

  /**
   * orderInfo must be ASCII: diacritics dropped, đ/Đ as d/D, anything else non-printable removed.
   */
  public static String ascii(String text) {
    String decomposed =
        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return NOT_PRINTABLE_ASCII
        .matcher(MARKS.matcher(decomposed).replaceAll(""))
        .replaceAll("")
        .strip();
  }

  /**
   * The payment URL in {@code {"data":{"url":…}}}.
   *
   * <p>Refusals (no URL but a code or message) never get here: {@link PlatformAnswers#PAYGOV} has
   * ended the call on them.
   */
  public static URI paymentUrl(JsonNode answer) {
    String url = answer.path("data").path("url").asText("");
    if (url.isEmpty()) {
      throw new IllegalArgumentException("data.url: missing");
    }
    URI uri = URI.create(url);
    if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
      throw new IllegalArgumentException("data.url: must be an http(s) URL");
    }
    return uri;
  }

  /** Reads a PayGov callback and checks its (modelled) checksum with {@code secretKey}. */
  static Incoming readCallback(byte[] body, String secretKey) {
    JsonNode m = PaymentJson.callback(body);
    String orderId = required(m, "orderId");
    String requestCode = required(m, "requestCode");
    String transactionNo = m.path("transactionNo").asText("");
    JsonNode amount = m.get("amount");
    String amountText = amount == null || amount.isNull() ? "" : amount.asText();
    String errorCode = required(m, "errorCode");
    String received = m.path("checksum").asText("");
    String expected =
        Hex.sha256(secretKey + orderId + requestCode + transactionNo + amountText + errorCode);
    return new Incoming(
        null,
        requestCode,
        received,
        Hex.equalsConstantTime(expected, received),
        "00".equals(errorCode),
        errorCode,
        m.path("orderInfo").asText(""),
        amount,
        transactionNo,
        m.path("paygate").asText(""),
        WireTime.parse(m.path("payDate").asText("")));
  }

  public static String answer(String code, String message) {
    ObjectNode a = PaymentJson.object();
    a.put("error_code", code);
    a.put("error_message", message);
    return PaymentJson.text(a);
  }

  private static String required(JsonNode m, String field) {
    String v = m.path(field).asText("");
    if (v.isEmpty()) {
      throw new IllegalArgumentException(field + ": missing");
    }
    return v;
  }
}
