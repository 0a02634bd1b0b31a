package vn.connector.civilregistry.model;

/** What is registered: the civil registry's module ({@code LTKS}, {@code LTKT}, {@code LTKH}). */
public enum RegistrationKind {
  /** Khai sinh ({@code LTKS}). */
  BIRTH,
  /** Khai tử ({@code LTKT}). */
  DEATH,
  /** Kết hôn ({@code LTKH}). */
  MARRIAGE
}
