package vn.connector.population.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.connector.core.internal.Json;
import vn.connector.population.internal.ws.request.YeuCauCongDan;

/**
 * The lgsp-json profile: a flat JSON request, and an answer {@code {"error_code","message"}} whose
 * message is the SOAP answer envelope as a string.
 */
public final class JsonCodec {

  private JsonCodec() {}

  /** The request body; absent fields are left out rather than sent as null. */
  public static byte[] request(YeuCauCongDan wire) {
    // A tree, written by core's TreeWriter: the same bytes as the map it was, at less cost.
    ObjectNode body = Json.mapper().createObjectNode();
    put(body, "HoVaTen", wire.getHoVaTen());
    put(body, "SoDinhDanh", wire.getSoDinhDanh());
    put(body, "SoCMND", wire.getSoCMND());
    put(body, "NgayThangNam", wire.getNgayThangNamSinh().getNgayThangNam());
    put(body, "Nam", wire.getNgayThangNamSinh().getNam());
    put(body, "MaTichHop", wire.getMaTichHop());
    put(body, "MaDVC", wire.getMaDVC());
    put(body, "MaCanBo", wire.getMaCanBo());
    put(body, "MaYeuCau", wire.getMaYeuCau());
    return Json.write(body);
  }

  /**
   * The wrapper's two fields; {@code error_code} is read whether it travels as string or number.
   */
  public record Wrapper(String errorCode, String message) {
    public boolean ok() {
      return "0".equals(errorCode);
    }
  }

  public static Wrapper unwrap(byte[] body) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(body);
    } catch (java.io.IOException e) {
      throw new AnswerFormatException("the answer is not JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject() || !root.hasNonNull("error_code")) {
      throw new AnswerFormatException("the JSON answer has no error_code");
    }
    JsonNode message = root.get("message");
    return new Wrapper(
        root.get("error_code").asText().strip(),
        message == null || message.isNull() ? null : message.asText());
  }

  private static void put(ObjectNode body, String name, String value) {
    if (value != null) {
      body.put(name, value);
    }
  }
}
