package vn.connector.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The doctor's table: one row per finding (system, check, result, what was seen), the fix on the
 * lines below a row that is not OK; Vietnamese first, English under it. Plain text of fixed-width
 * columns, readable in a terminal and in a ticket.
 */
final class ReportTable {

  private static final int SCOPE = 16;
  private static final int CHECK = 34;
  private static final int RESULT = 6;

  private ReportTable() {}

  static String render(List<Finding> findings, Redactor redactor) {
    StringBuilder out = new StringBuilder();
    row(out, "Hệ thống", "Kiểm tra", "KQ", "Chi tiết / cách sửa");
    row(out, "System", "Check", "Result", "Detail / what to fix");
    out.append("-".repeat(SCOPE + CHECK + RESULT + 3 + 40)).append('\n');
    for (Finding f : findings) {
      List<String> right = new ArrayList<>();
      right.add(f.detail().vi());
      if (!f.detail().en().equals(f.detail().vi())) {
        right.add(f.detail().en());
      }
      if (!f.fix().isEmpty()) {
        right.add("→ Sửa: " + f.fix().vi());
        right.add("→ Fix: " + f.fix().en());
      }
      List<String> left = List.of(f.check().vi(), f.check().en());
      int lines = Math.max(left.size(), right.size());
      for (int i = 0; i < lines; i++) {
        row(
            out,
            i == 0 ? f.scope() : "",
            i < left.size() ? left.get(i) : "",
            i == 0 ? f.result().name() : "",
            i < right.size() ? right.get(i) : "");
      }
    }
    out.append(summary(findings));
    return redactor.apply(out.toString());
  }

  private static String summary(List<Finding> findings) {
    long fail = findings.stream().filter(f -> f.result() == Result.FAIL).count();
    long warn = findings.stream().filter(f -> f.result() == Result.WARN).count();
    long ok = findings.stream().filter(f -> f.result() == Result.OK).count();
    String counts = ok + " OK, " + warn + " WARN, " + fail + " FAIL";
    return fail == 0
        ? "\nSẵn sàng / Ready: " + counts + "\n"
        : "\nChưa sẵn sàng: sửa các dòng FAIL / Not ready: fix the FAIL rows: " + counts + "\n";
  }

  private static void row(StringBuilder out, String scope, String check, String result, String d) {
    out.append(pad(scope, SCOPE))
        .append(' ')
        .append(pad(check, CHECK))
        .append(' ')
        .append(pad(result, RESULT))
        .append(' ')
        .append(d)
        .append('\n');
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
