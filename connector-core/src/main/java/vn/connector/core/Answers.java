package vn.connector.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import vn.connector.core.internal.AnswerReaders;
import vn.connector.core.internal.Hex;
import vn.connector.core.internal.StrictJson;
import vn.connector.core.internal.Text;

/**
 * Readers for what every national contract has (common.md): values that travel as a string or a
 * number, Vietnamese text in NFC, the national date formats in {@code Asia/Ho_Chi_Minh}, VND
 * amounts, PDF documents, and strictly parsed inbound JSON. Every reader refuses what it cannot
 * read with an {@link IllegalArgumentException} whose message starts with the field at fault;
 * inside a {@link ResponseHandler} the transport reports it as a {@link ResponseException}.
 *
 * <pre>{@code
 * JsonNode body = Answers.json(response);
 * String status = Answers.stringOrNumber(body, "Status").orElse("");          // "100" or 100
 * long fee = Answers.vnd(body.get("CODAmount"), "CODAmount");                 // 0, "23000", 23000.0
 * LocalDate born = Answers.date(body.path("ngaySinh").asText(), "dd.MM.yyyy", "ngaySinh");
 * byte[] pdf = Answers.requirePdf(Base64.getDecoder().decode(body.path("phieuLLTP").asText()));
 * String digest = Answers.sha256Hex(pdf);
 * }</pre>
 */
public final class Answers {

  /** The national time zone: every date and time of every contract is in it. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private Answers() {}

  /**
   * The answer's body as a JSON tree, with the SDK's lenient settings (unknown fields ignored, a
   * repeated key refused). During a call the answer is parsed once: the answer table's readers and
   * the handler get the same tree, so read it and never change it.
   */
  public static JsonNode json(HttpResponse response) {
    return AnswerReaders.json(response);
  }

  /**
   * A field that travels as a JSON string or a JSON number ({@code "1"} or {@code 1}), as text;
   * empty when the field is absent or null. An object or array there is refused.
   */
  public static Optional<String> stringOrNumber(JsonNode node, String field) {
    return AnswerReaders.stringOrNumber(node, field);
  }

  /** Text in Unicode NFC, white space collapsed and stripped ({@code null} stays null). */
  public static String nfc(String text) {
    return Text.nfc(text);
  }

  /**
   * A date in one of the contracts' patterns ({@code yyyyMMdd}, {@code dd/MM/yyyy}, {@code
   * dd.MM.yyyy}, ...), strictly: 31/02 is refused.
   *
   * @param field the field name, for the message
   */
  public static LocalDate date(String text, String pattern, String field) {
    return AnswerReaders.date(text, pattern, field);
  }

  /**
   * A date and time in one of the contracts' patterns ({@code yyyyMMddHHmmss}, {@code dd/MM/yyyy
   * HH:mm:ss}, {@code yyyy-MM-dd'T'HH:mm:ss}), in {@code Asia/Ho_Chi_Minh}.
   */
  public static ZonedDateTime dateTime(String text, String pattern, String field) {
    return LocalDateTime.from(AnswerReaders.parse(text, pattern, field)).atZone(ZONE);
  }

  /** Epoch milliseconds (postal {@code EventTime}), from a JSON number or a string of digits. */
  public static Instant epochMillis(JsonNode value, String field) {
    return AnswerReaders.epochMillis(value, field);
  }

  /**
   * An amount of đồng, zero included, from a JSON number ({@code 23000}, {@code 23000.0}) or a
   * string of digits ({@code "23000"}). Fractions, signs, separators and overflow are refused.
   */
  public static long vnd(JsonNode value, String field) {
    return AnswerReaders.vnd(value, field);
  }

  /** The same as {@link #vnd(JsonNode, String)} for a value already read as text. */
  public static long vnd(String value, String field) {
    return AnswerReaders.vnd(value, field);
  }

  /**
   * The bytes, when they are a PDF document (they start with {@code %PDF-}); a certificate that is
   * not is refused before anything keeps it.
   */
  public static byte[] requirePdf(byte[] body) {
    return AnswerReaders.requirePdf(body);
  }

  /** SHA-256 of the bytes in lowercase hex, as evidence records keep a document's digest. */
  public static String sha256Hex(byte[] bytes) {
    return Hex.sha256(bytes);
  }

  /**
   * Parses an inbound callback body strictly: refuses a body longer than {@code maxBytes} before
   * parsing, bytes that are not UTF-8, anything other than one JSON object, trailing content after
   * it, and a repeated key.
   */
  public static JsonNode strictJson(byte[] body, int maxBytes) {
    return StrictJson.parse(body, maxBytes);
  }
}
