package vn.connector.civilregistry.internal;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The civil registry's phrase tables, as data: what a Vietnamese answer text means. Matching is
 * NFC, case-insensitive, "contains", in the order of the table (the first phrase found wins).
 *
 * <p>TODO(core): move onto core's {@code AnswerTable.onPhrase} once it lands; the tables stay here.
 */
public final class Phrases {

  private static final Locale VI = Locale.forLanguageTag("vi-VN");

  /** What a status push-back answer means (civil-registry.md, "Status push-back"). */
  public enum Meaning {
    DONE,
    RETRY,
    PERMANENT
  }

  /**
   * The push-back answers of the contract. Failure phrases are looked for first, so that a text
   * naming both ("… chưa cập nhật trạng thái, thử lại thành công sau") is not taken for success.
   * Added (not in the contract): "không thành công" means retry, since it would otherwise match
   * "thành công" and a status would be dropped.
   */
  public static final List<Map.Entry<String, Meaning>> STATUS_PUSH =
      List.of(
          Map.entry("logic xử lý không hợp lệ", Meaning.PERMANENT),
          Map.entry("chưa cập nhật trạng thái", Meaning.RETRY),
          Map.entry("client received soap fault", Meaning.RETRY),
          Map.entry("server error", Meaning.RETRY),
          Map.entry("không thành công", Meaning.RETRY),
          Map.entry("thành công", Meaning.DONE),
          Map.entry("đã trả kết quả", Meaning.DONE),
          Map.entry("không tồn tại", Meaning.DONE));

  /** A repeated push: the registry has the dossier already, which is success. */
  public static final String ALREADY_RECEIVED = "đã được tiếp nhận";

  /** The acknowledgement's success text. */
  public static final String ACKNOWLEDGED = "cập nhật thành công";

  private Phrases() {}

  /** NFC, lower case (Vietnamese rules), white space collapsed. */
  public static String normalise(String text) {
    return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
        .toLowerCase(VI)
        .replaceAll("\\s+", " ")
        .strip();
  }

  public static boolean contains(String text, String phrase) {
    return normalise(text).contains(normalise(phrase));
  }

  /** The meaning of a push-back answer; empty when no phrase of the table is in it. */
  public static Optional<Meaning> statusPush(String text) {
    String t = normalise(text);
    for (Map.Entry<String, Meaning> e : STATUS_PUSH) {
      if (t.contains(normalise(e.getKey()))) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }
}
