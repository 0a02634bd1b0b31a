package vn.connector.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One national system's answer codes and phrases as data: the classifier a connector hands the
 * transport. Immutable and thread-safe.
 *
 * <pre>{@code
 * static final AnswerTable TABLE = AnswerTable.builder()
 *     .code(r -> Answers.stringOrNumber(Answers.json(r), "statusCode"))
 *     .text(r -> Answers.stringOrNumber(Answers.json(r), "errorDetail"))
 *     .onCode("00", Verdict.ok())
 *     .on("01", "không thể cập nhật lên trạng thái", Verdict.alreadyDone("already in that state"))
 *     .on("03", "yêu cầu bị gián đoạn", Verdict.retry("yêu cầu bị gián đoạn"))
 *     .otherwise((code, text) -> Verdict.refuse(code.orElse(null), text.orElse(null), null))
 *     .build();
 * }</pre>
 *
 * <p>Rules are tried in this order, the first match wins: HTTP status ({@link Builder#onStatus}),
 * code and phrase together ({@link Builder#on}), code alone ({@link Builder#onCode}), phrase alone
 * ({@link Builder#onPhrase}), in the order added; then {@link Builder#otherwise}. A phrase matches
 * when the answer's text contains it, both in Unicode NFC, ignoring case ("Đã tồn tại" matches "đã
 * tồn tại"). A {@link Verdict#refuse(ErrorHint)} entry gets the code and text of the answer. A code
 * or text reader that throws counts as "no code" / "no text": the handler then refuses what it
 * cannot read.
 */
public final class AnswerTable implements AnswerClassifier {

  /** What to conclude when no rule matched. */
  @FunctionalInterface
  public interface Otherwise {
    Verdict decide(Optional<String> code, Optional<String> text);
  }

  private record Pair(String code, String phrase, Verdict verdict) {}

  private final Function<HttpResponse, Optional<String>> code;
  private final Function<HttpResponse, Optional<String>> text;
  private final Map<Integer, Verdict> statuses;
  private final List<Pair> pairs;
  private final Map<String, Verdict> codes;
  private final List<Pair> phrases;
  private final Otherwise otherwise;

  private AnswerTable(Builder b) {
    this.code = b.code;
    this.text = b.text;
    this.statuses = Map.copyOf(b.statuses);
    this.pairs = List.copyOf(b.pairs);
    this.codes = new LinkedHashMap<>(b.codes);
    this.phrases = List.copyOf(b.phrases);
    this.otherwise = b.otherwise;
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Verdict classify(HttpResponse response) {
    Verdict byStatus = statuses.get(response.status());
    Optional<String> c = read(code, response);
    Optional<String> t = read(text, response);
    if (byStatus != null) {
      return byStatus.withAnswer(c.orElse(null), t.orElse(null));
    }
    // Folding (NFC, lower case) is for phrase rules only: a table without any skips it.
    String folded =
        pairs.isEmpty() && phrases.isEmpty() ? null : t.map(AnswerTable::fold).orElse(null);
    Verdict v = match(c.orElse(null), folded);
    return (v != null ? v : otherwise.decide(c, t)).withAnswer(c.orElse(null), t.orElse(null));
  }

  private Verdict match(String c, String folded) {
    for (Pair p : pairs) {
      if (p.code().equals(c) && folded != null && folded.contains(p.phrase())) {
        return p.verdict();
      }
    }
    if (c != null && codes.containsKey(c)) {
      return codes.get(c);
    }
    for (Pair p : phrases) {
      if (folded != null && folded.contains(p.phrase())) {
        return p.verdict();
      }
    }
    return null;
  }

  private static Optional<String> read(
      Function<HttpResponse, Optional<String>> reader, HttpResponse response) {
    try {
      Optional<String> v = reader.apply(response);
      return v == null ? Optional.empty() : v.map(String::strip);
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  static String fold(String s) {
    return Answers.nfc(s).toLowerCase(Locale.ROOT);
  }

  /** Builds an {@link AnswerTable}. */
  public static final class Builder {
    private Function<HttpResponse, Optional<String>> code = r -> Optional.empty();
    private Function<HttpResponse, Optional<String>> text = r -> Optional.empty();
    private final Map<Integer, Verdict> statuses = new LinkedHashMap<>();
    private final List<Pair> pairs = new ArrayList<>();
    private final Map<String, Verdict> codes = new LinkedHashMap<>();
    private final List<Pair> phrases = new ArrayList<>();
    private Otherwise otherwise = (c, t) -> Verdict.refuse(c.orElse(null), t.orElse(null), null);

    private Builder() {}

    /** Reads the national code of an answer ({@code error_code}, {@code MaLoi}, ...). */
    public Builder code(Function<HttpResponse, Optional<String>> reader) {
      this.code = Objects.requireNonNull(reader, "code");
      return this;
    }

    /** Reads the national text of an answer (a message field, or the plain-text body). */
    public Builder text(Function<HttpResponse, Optional<String>> reader) {
      this.text = Objects.requireNonNull(reader, "text");
      return this;
    }

    /** The verdict for an HTTP status, before any code or phrase (such as 404 = ok, not found). */
    public Builder onStatus(int status, Verdict verdict) {
      if (status < 100 || status > 599) {
        throw new IllegalArgumentException("status: must be 100-599, was " + status);
      }
      statuses.put(status, Objects.requireNonNull(verdict, "verdict"));
      return this;
    }

    /** The verdict for a code whose text contains a phrase (DVCQG {@code 3} + "đã tồn tại"). */
    public Builder on(String code, String phrase, Verdict verdict) {
      pairs.add(new Pair(nonBlank(code, "code"), phrase(phrase), verdict(verdict)));
      return this;
    }

    /** The verdict for a national code. */
    public Builder onCode(String code, Verdict verdict) {
      codes.put(nonBlank(code, "code"), verdict(verdict));
      return this;
    }

    /** The verdict for a text containing a phrase, whatever the code. */
    public Builder onPhrase(String phrase, Verdict verdict) {
      phrases.add(new Pair("", phrase(phrase), verdict(verdict)));
      return this;
    }

    /** What no rule matched means (default: a refusal with the answer's code and text). */
    public Builder otherwise(Otherwise otherwise) {
      this.otherwise = Objects.requireNonNull(otherwise, "otherwise");
      return this;
    }

    public AnswerTable build() {
      return new AnswerTable(this);
    }

    private static Verdict verdict(Verdict v) {
      return Objects.requireNonNull(v, "verdict");
    }

    private static String phrase(String p) {
      return fold(nonBlank(p, "phrase"));
    }

    private static String nonBlank(String v, String name) {
      Objects.requireNonNull(v, name);
      if (v.isBlank()) {
        throw new IllegalArgumentException(name + ": must not be blank");
      }
      return v.strip();
    }
  }
}
