package vn.connector.testkit.nationalportal;

import java.util.Map;
import java.util.Objects;

/**
 * One progress entry ({@code TienDo}) or promotion notice the simulated portal accepted.
 *
 * <pre>{@code
 * simulator.progress(code).forEach(p -> System.out.println(p.status() + " " + p.field("NoiDungXuLy")));
 * }</pre>
 *
 * @param code {@code MaHoSo}
 * @param status {@code TrangThai}
 * @param fields every top-level string field, by wire name
 */
public record ReceivedProgress(String code, String status, Map<String, String> fields) {

  public ReceivedProgress {
    Objects.requireNonNull(code, "code");
    fields = Map.copyOf(fields);
  }

  /** A top-level field by its wire name, or null. */
  public String field(String wireName) {
    return fields.get(wireName);
  }
}
