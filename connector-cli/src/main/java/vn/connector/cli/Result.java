package vn.connector.cli;

/** What a check found; only {@link #FAIL} makes the doctor exit non-zero. */
enum Result {
  /** Would work in production. */
  OK,
  /** Works now, but soon will not or is not as it should be (a certificate near expiry). */
  WARN,
  /** Would fail in production. */
  FAIL,
  /** Not applicable to this system (no token, no harmless call); says why. */
  SKIP
}
