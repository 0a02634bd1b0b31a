package vn.connector.skeleton.internal;

import vn.connector.core.AnswerTable;
import vn.connector.core.Answers;
import vn.connector.core.ErrorHint;
import vn.connector.core.Verdict;

/**
 * The system's answer table: what each {@code maLoi} and phrase means, as data. The transport
 * applies it inside the retry loop on every attempt. Codes are modelled.
 */
public final class SkeletonAnswers {

  static final ErrorHint BAD_UNIT =
      new ErrorHint(
          "Mã đơn vị không có trong danh mục của hệ thống.",
          "The unit code is not in the system's catalogue.");

  /** The table of {@code {"maLoi", "moTa"}} answers. */
  public static final AnswerTable TABLE =
      AnswerTable.builder()
          .code(r -> Answers.stringOrNumber(Answers.json(r), "maLoi"))
          .text(r -> Answers.stringOrNumber(Answers.json(r), "moTa"))
          .onCode("0", Verdict.ok())
          .onCode("101", Verdict.alreadyDone("đã được tiếp nhận"))
          .onPhrase("đã được tiếp nhận", Verdict.alreadyDone("đã được tiếp nhận"))
          .on("03", "gián đoạn", Verdict.retry("yêu cầu bị gián đoạn"))
          .onCode("-1", Verdict.renewAuth())
          .onCode("4", Verdict.refuse(BAD_UNIT))
          .build();

  private SkeletonAnswers() {}
}
