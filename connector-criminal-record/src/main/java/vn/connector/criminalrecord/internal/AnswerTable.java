package vn.connector.criminalrecord.internal;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.connector.core.HttpResponse;

/**
 * What an answer means, as data: phrases (NFC, case-insensitive, contained in the text) first, then
 * codes, then the fallback. TODO(core): replace with core's AnswerTable/Verdict once toolkit-api
 * lands; the builder mirrors its planned shape so the move is mechanical.
 */
public final class AnswerTable {

  /** The meaning of an answer. */
  public enum Kind {
    OK,
    ALREADY_DONE,
    RETRY,
    REFUSE
  }

  /**
   * A classified answer.
   *
   * @param kind what it means
   * @param code the national code, or null
   * @param text the national text, or null
   */
  public record Verdict(Kind kind, String code, String text) {}

  private static final Locale VI = Locale.forLanguageTag("vi-VN");

  private final Function<HttpResponse, Optional<String>> code;
  private final Function<HttpResponse, Optional<String>> text;
  private final Map<String, Kind> phrases;
  private final Map<String, Kind> codes;
  private final Kind otherwise;

  private AnswerTable(Builder b) {
    this.code = b.code;
    this.text = b.text;
    this.phrases = new LinkedHashMap<>(b.phrases);
    this.codes = Map.copyOf(b.codes);
    this.otherwise = b.otherwise;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Verdict classify(HttpResponse response) {
    String c = code.apply(response).orElse(null);
    String t = text.apply(response).orElse(null);
    if (t != null) {
      String folded = fold(t);
      for (Map.Entry<String, Kind> p : phrases.entrySet()) {
        if (folded.contains(p.getKey())) {
          return new Verdict(p.getValue(), c, t);
        }
      }
    }
    if (c != null && codes.containsKey(c)) {
      return new Verdict(codes.get(c), c, t);
    }
    return new Verdict(otherwise, c, t);
  }

  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(VI).replaceAll("\\s+", " ");
  }

  /** Builds an {@link AnswerTable}. */
  public static final class Builder {
    private Function<HttpResponse, Optional<String>> code = r -> Optional.empty();
    private Function<HttpResponse, Optional<String>> text = r -> Optional.empty();
    private final Map<String, Kind> phrases = new LinkedHashMap<>();
    private final Map<String, Kind> codes = new LinkedHashMap<>();
    private Kind otherwise = Kind.REFUSE;

    public Builder code(Function<HttpResponse, Optional<String>> reader) {
      this.code = Objects.requireNonNull(reader, "reader");
      return this;
    }

    public Builder text(Function<HttpResponse, Optional<String>> reader) {
      this.text = Objects.requireNonNull(reader, "reader");
      return this;
    }

    public Builder onPhrase(String phrase, Kind kind) {
      phrases.put(fold(phrase), kind);
      return this;
    }

    public Builder onCode(String value, Kind kind) {
      codes.put(value, kind);
      return this;
    }

    public Builder otherwise(Kind kind) {
      this.otherwise = kind;
      return this;
    }

    public AnswerTable build() {
      return new AnswerTable(this);
    }
  }
}
