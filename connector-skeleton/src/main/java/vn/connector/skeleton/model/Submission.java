package vn.connector.skeleton.model;

import java.util.Objects;
import vn.connector.core.Answers;
import vn.connector.core.DossierCode;

/**
 * A dossier to push. Validated here, before anything is sent: the national side's rejections of a
 * blank or over-long summary cannot happen for a local reason.
 *
 * <pre>{@code
 * Submission s = new Submission(DossierCode.parse("000.00.01.H22-241115-0001"), "Đăng ký khai sinh");
 * }</pre>
 *
 * @param dossier the one-stop dossier code (mã hồ sơ), the idempotency key of the push
 * @param summary the summary (trích yếu), NFC, at most 1,000 characters
 */
public record Submission(DossierCode dossier, String summary) {

  public static final int MAX_SUMMARY = 1_000;

  public Submission {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(summary, "summary");
    summary = Answers.nfc(summary);
    if (summary.isEmpty()) {
      throw new IllegalArgumentException("summary: must not be blank");
    }
    if (summary.length() > MAX_SUMMARY) {
      throw new IllegalArgumentException("summary: at most " + MAX_SUMMARY + " characters");
    }
  }
}
