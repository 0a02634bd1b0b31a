package vn.connector.testkit.payment;

/**
 * One CONFIRM the simulator pushed to the portal and what came back.
 *
 * @param reference MaThamChieu
 * @param attempt 1 for the first push of this copy
 * @param httpStatus the portal's HTTP status, or 0 when it could not be reached
 * @param answerCode the portal's MaLoi (PayGov: error_code), or empty when not readable
 * @param answerChecksum the MaXacThuc of the portal's answer, or empty
 * @param sentChecksum the MaXacThuc the CONFIRM carried
 */
public record Delivery(
    String reference,
    int attempt,
    int httpStatus,
    String answerCode,
    String answerChecksum,
    String sentChecksum) {

  /** Whether the portal acknowledged this push ("00"; PayGov: "SUCCESSFUL"). */
  public boolean acknowledged() {
    return httpStatus == 200 && ("00".equals(answerCode) || "SUCCESSFUL".equals(answerCode));
  }
}
