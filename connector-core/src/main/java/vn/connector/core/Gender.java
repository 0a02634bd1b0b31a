package vn.connector.core;

/** Giới tính. */
public enum Gender {
  MALE,
  FEMALE,
  UNKNOWN
}
