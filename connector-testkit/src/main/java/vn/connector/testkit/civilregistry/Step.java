package vn.connector.testkit.civilregistry;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of a simulated dossier's life at the civil registry: from {@code after} the push on, the
 * dossier is in {@code state} ({@code trangThai}: 1 chờ tiếp nhận, 2 yêu cầu bổ sung, 3 đang xử lý,
 * 4 có kết quả, 6 từ chối).
 *
 * <pre>{@code
 * registry.plan("HSLT-0001", Step.at(Duration.ZERO, 1), Step.at(Duration.ofHours(2), 3),
 *     Step.refused(Duration.ofDays(1), "Giấy chứng sinh không hợp lệ"));
 * }</pre>
 *
 * @param after time since the push
 * @param state the national state
 * @param content nội dung xử lý (a refusal's or a supplement request's reason), or null
 * @param supplementDeadline hạn bổ sung hồ sơ for state 2, or null
 */
public record Step(Duration after, int state, String content, LocalDate supplementDeadline) {

  public Step {
    Objects.requireNonNull(after, "after");
    if (after.isNegative()) {
      throw new IllegalArgumentException("after: must not be negative");
    }
    if (state < 1 || state > 6 || state == 5) {
      throw new IllegalArgumentException("state: must be 1, 2, 3, 4 or 6, was " + state);
    }
  }

  public static Step at(Duration after, int state) {
    return new Step(after, state, null, null);
  }

  /** State 4 with the result (personal ID, register entry, certificate PDF). */
  public static Step result(Duration after) {
    return new Step(after, 4, "Đã đăng ký", null);
  }

  public static Step refused(Duration after, String reason) {
    return new Step(after, 6, reason, null);
  }

  public static Step supplement(Duration after, String reason, LocalDate deadline) {
    return new Step(after, 2, reason, Objects.requireNonNull(deadline, "deadline"));
  }

  boolean isFinal() {
    return state == 4 || state == 6;
  }
}
