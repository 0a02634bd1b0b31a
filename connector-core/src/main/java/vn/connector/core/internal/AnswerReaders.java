package vn.connector.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import vn.connector.core.HttpResponse;

/** The implementation of {@link vn.connector.core.Answers}. */
public final class AnswerReaders {

  private static final ConcurrentMap<String, DateTimeFormatter> FORMATS = new ConcurrentHashMap<>();
  private static final Pattern EPOCH_MILLIS = Pattern.compile("[0-9]{1,15}");
  private static final Pattern WHOLE_DONG = Pattern.compile("[0-9]{1,19}");
  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  /**
   * The last answer parsed on this thread, with its tree: an answer table's code and text readers
   * and the handler after them each ask for the tree of the same answer, which was parsed up to
   * four times per call (a third of a payment call's allocation: issue 16). The transport forgets
   * it when each call ends, so that no answer outlives its call on a pooled thread.
   */
  private static final ThreadLocal<Parsed> LAST = new ThreadLocal<>();

  private record Parsed(HttpResponse response, JsonNode tree) {}

  private AnswerReaders() {}

  /** The answer's tree, parsed once per answer and call however many readers ask. */
  public static JsonNode json(HttpResponse response) {
    Parsed last = LAST.get();
    if (last != null && last.response() == response) {
      return last.tree();
    }
    JsonNode tree = json(response.body());
    LAST.set(new Parsed(response, tree));
    return tree;
  }

  /**
   * The answer's tree ({@link #json(HttpResponse)}, shared with the answer table's readers), when
   * it is a JSON object.
   *
   * @param what the answer, for the message ({@code "NhanDKHT answer"})
   * @throws MalformedAnswerException {@code "<what>: is not JSON"} or {@code "<what>: is not a JSON
   *     object"}
   */
  public static JsonNode object(HttpResponse response, String what) {
    JsonNode tree;
    try {
      tree = json(response);
    } catch (IllegalArgumentException e) {
      throw new MalformedAnswerException(what + ": is not JSON (" + e.getMessage() + ")", e);
    }
    if (!tree.isObject()) {
      throw new MalformedAnswerException(what + ": is not a JSON object");
    }
    return tree;
  }

  /** Forgets the tree of the thread's last answer; the transport calls it as each call ends. */
  public static void forgetParsed() {
    LAST.remove();
  }

  public static JsonNode json(byte[] body) {
    try {
      JsonNode node = Json.mapper().readTree(body);
      if (node == null || node.isMissingNode()) {
        throw new IllegalArgumentException("body: empty, not JSON");
      }
      return node;
    } catch (IOException e) {
      throw new IllegalArgumentException("body: not JSON (" + e.getClass().getSimpleName() + ")");
    }
  }

  public static Optional<String> stringOrNumber(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    if (v == null || v.isNull() || v.isMissingNode()) {
      return Optional.empty();
    }
    if (v.isTextual()) {
      return Optional.of(v.textValue());
    }
    if (v.isIntegralNumber()) {
      return Optional.of(v.bigIntegerValue().toString());
    }
    if (v.isNumber()) {
      return Optional.of(v.decimalValue().stripTrailingZeros().toPlainString());
    }
    if (v.isBoolean()) {
      return Optional.of(Boolean.toString(v.booleanValue()));
    }
    throw new IllegalArgumentException(
        field + ": expected a string or a number, was " + v.getNodeType());
  }

  public static LocalDate date(String text, String pattern, String field) {
    return LocalDate.from(parse(text, pattern, field));
  }

  public static TemporalAccessor parse(String text, String pattern, String field) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(field + ": missing");
    }
    DateTimeFormatter f;
    try {
      // uuuu, not yyyy: STRICT resolving needs a proleptic year to refuse 31/02.
      f =
          FORMATS.computeIfAbsent(
              pattern,
              p ->
                  DateTimeFormatter.ofPattern(p.replace("yyyy", "uuuu"))
                      .withResolverStyle(ResolverStyle.STRICT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("pattern: not a date pattern: " + pattern, e);
    }
    try {
      return f.parse(text.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(field + ": not a date in the form " + pattern);
    }
  }

  public static Instant epochMillis(JsonNode value, String field) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      throw new IllegalArgumentException(field + ": missing");
    }
    String text = value.isNumber() ? value.asText() : value.asText().strip();
    if (!EPOCH_MILLIS.matcher(text).matches()) {
      throw new IllegalArgumentException(field + ": not epoch milliseconds");
    }
    return Instant.ofEpochMilli(Long.parseLong(text));
  }

  public static long vnd(JsonNode value, String field) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      throw new IllegalArgumentException(field + ": missing");
    }
    if (value.isNumber()) {
      return exactDong(value.decimalValue(), field);
    }
    if (value.isTextual()) {
      return vnd(value.textValue(), field);
    }
    throw new IllegalArgumentException(field + ": expected an amount, was " + value.getNodeType());
  }

  public static long vnd(String value, String field) {
    if (value == null || !WHOLE_DONG.matcher(value.strip()).matches()) {
      throw new IllegalArgumentException(field + ": expected a whole number of đồng");
    }
    return exactDong(new BigDecimal(value.strip()), field);
  }

  private static long exactDong(BigDecimal d, String field) {
    if (d.signum() < 0) {
      throw new IllegalArgumentException(field + ": must not be negative");
    }
    if (d.stripTrailingZeros().scale() > 0) {
      throw new IllegalArgumentException(field + ": đồng has no fractions");
    }
    try {
      return d.longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(field + ": too large");
    }
  }

  public static byte[] requirePdf(byte[] body) {
    if (body == null || body.length < PDF_MAGIC.length) {
      throw new IllegalArgumentException("document: not a PDF (too short)");
    }
    for (int i = 0; i < PDF_MAGIC.length; i++) {
      if (body[i] != PDF_MAGIC[i]) {
        throw new IllegalArgumentException("document: not a PDF (no %PDF- header)");
      }
    }
    return body;
  }
}
