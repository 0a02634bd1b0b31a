package vn.connector.nationalportal;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import vn.connector.nationalportal.model.DossierStatus;

/**
 * The portal's own workflow states mapped onto the national list: data the portal configures, not
 * code (national-portal.md: "the mapping is the portal's, configured, not hard-coded"). Several
 * local states may map to one national state (one portal maps several to 9). A state that is not
 * mapped is refused before anything is sent. Immutable and thread-safe.
 *
 * <pre>{@code
 * StatusMapping mapping = StatusMapping.builder()
 *     .map("CHO_TIEP_NHAN", DossierStatus.NEW)
 *     .map("DA_TIEP_NHAN", DossierStatus.RECEIVED)
 *     .map("DANG_THAM_DINH", DossierStatus.IN_PROGRESS)
 *     .map("DA_KY_DUYET", DossierStatus.PROCESSED)
 *     .map("CHO_TRA_KET_QUA", DossierStatus.PROCESSED)
 *     .build();
 * DossierStatus national = mapping.toNational("DA_KY_DUYET");   // PROCESSED (9)
 *
 * Properties file = new Properties();   // DA_TIEP_NHAN=2, DANG_THAM_DINH=IN_PROGRESS, ...
 * StatusMapping fromFile = StatusMapping.fromProperties(file);
 * }</pre>
 */
public final class StatusMapping {

  private final Map<String, DossierStatus> states;

  private StatusMapping(Map<String, DossierStatus> states) {
    this.states = Map.copyOf(states);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A mapping read from {@code localState=national} pairs; the national side is a code ({@code
   * "2"}) or a name ({@code RECEIVED}).
   *
   * @throws IllegalArgumentException naming the local state whose national value is not on the list
   */
  public static StatusMapping fromProperties(Properties properties) {
    Objects.requireNonNull(properties, "properties");
    Builder b = builder();
    for (String key : properties.stringPropertyNames()) {
      b.map(key, national(key, properties.getProperty(key)));
    }
    return b.build();
  }

  /** A mapping from a map of local state to national code or name, as {@link #fromProperties}. */
  public static StatusMapping fromMap(Map<String, String> pairs) {
    Objects.requireNonNull(pairs, "pairs");
    Builder b = builder();
    pairs.forEach((local, national) -> b.map(local, national(local, national)));
    return b.build();
  }

  /**
   * The national state of a local one.
   *
   * @throws IllegalArgumentException when the local state is not mapped
   */
  public DossierStatus toNational(String localState) {
    String key = key(localState);
    DossierStatus status = states.get(key);
    if (status == null) {
      throw new IllegalArgumentException(
          "localState: '"
              + key
              + "' is not mapped to a national state; add it to the portal's status mapping");
    }
    return status;
  }

  /** Whether a local state is mapped. */
  public boolean maps(String localState) {
    return states.containsKey(key(localState));
  }

  /** The local states mapped. */
  public Set<String> localStates() {
    return states.keySet();
  }

  @Override
  public String toString() {
    return "StatusMapping" + new java.util.TreeMap<>(states);
  }

  private static DossierStatus national(String local, String value) {
    String v = value == null ? "" : value.strip();
    for (DossierStatus s : DossierStatus.values()) {
      if (s.code().equals(v) || s.name().equalsIgnoreCase(v)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "localState: '" + local + "' maps to '" + v + "', which is not a national state 1-10");
  }

  private static String key(String localState) {
    Objects.requireNonNull(localState, "localState");
    String k = Normalizer.normalize(localState, Normalizer.Form.NFC).strip();
    if (k.isEmpty()) {
      throw new IllegalArgumentException("localState: must not be blank");
    }
    return k;
  }

  /** Builds a {@link StatusMapping}. */
  public static final class Builder {
    private final Map<String, DossierStatus> states = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Maps a local state; mapping one local state twice is a configuration error.
     *
     * @throws IllegalArgumentException when the local state is already mapped
     */
    public Builder map(String localState, DossierStatus national) {
      String k = key(localState);
      Objects.requireNonNull(national, "national");
      if (states.putIfAbsent(k, national) != null) {
        throw new IllegalArgumentException("localState: '" + k + "' is mapped twice");
      }
      return this;
    }

    /**
     * @throws IllegalStateException when nothing is mapped
     */
    public StatusMapping build() {
      if (states.isEmpty()) {
        throw new IllegalStateException("the status mapping maps no local state");
      }
      return new StatusMapping(states);
    }
  }
}
