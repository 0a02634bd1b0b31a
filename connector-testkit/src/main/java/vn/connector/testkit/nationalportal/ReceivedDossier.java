package vn.connector.testkit.nationalportal;

import java.util.Map;
import java.util.Objects;

/**
 * One version of a dossier the simulated portal accepted, as it came on the wire.
 *
 * <pre>{@code
 * List<ReceivedDossier> versions = simulator.versions("000.00.01.H22-241115-0001");
 * assertThat(versions).extracting(ReceivedDossier::status).containsExactly("1", "2", "4");
 * }</pre>
 *
 * @param code {@code MaHoSo}
 * @param status {@code TrangThaiHoSo}
 * @param update whether it came as an update ({@code isUpdating "True"}, or the update URL)
 * @param fields every top-level string field of the {@code HoSo} object, by wire name
 * @param json the {@code HoSo} object as received
 */
public record ReceivedDossier(
    String code, String status, boolean update, Map<String, String> fields, String json) {

  public ReceivedDossier {
    Objects.requireNonNull(code, "code");
    fields = Map.copyOf(fields);
  }

  /** A top-level field by its wire name, or null. */
  public String field(String wireName) {
    return fields.get(wireName);
  }
}
