package vn.connector.civilregistry.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the answer to {@code NhanDKHT}: {@code {"status":"1","statusDescription","errorCode",
 * "errorDescription"}}. Status {@code "1"} (string or number) is success; so is a refusal whose
 * {@code errorDescription} says the dossier "đã được tiếp nhận" (a repeated push). Anything else is
 * a refusal with the ministry's code and text.
 *
 * @param outcome what the answer means
 * @param code the ministry's {@code errorCode}, or null
 * @param text the ministry's {@code errorDescription} (or {@code statusDescription}), or null
 */
public record PushAnswer(Outcome outcome, String code, String text) {

  /** What a push answer means. */
  public enum Outcome {
    ACCEPTED,
    ALREADY_RECEIVED,
    REFUSED
  }

  public static PushAnswer read(byte[] body) {
    JsonNode root = WireJson.parseObject(body, "NhanDKHT answer");
    String status = WireJson.text(root, "status");
    String code = WireJson.text(root, "errorCode");
    String error = WireJson.text(root, "errorDescription");
    String text = error != null ? error : WireJson.text(root, "statusDescription");
    if ("1".equals(status)) {
      return new PushAnswer(Outcome.ACCEPTED, code, text);
    }
    if (error != null && Phrases.contains(error, Phrases.ALREADY_RECEIVED)) {
      return new PushAnswer(Outcome.ALREADY_RECEIVED, code, error);
    }
    if (status == null) {
      throw new MalformedRecordException("status: missing");
    }
    return new PushAnswer(Outcome.REFUSED, code == null ? "status " + status : code, text);
  }
}
