package vn.connector.testkit.payment;

/** A misbehaviour of the simulated platform when it pushes CONFIRM to the portal. */
public enum ConfirmFault {
  /** MaXacThuc computed with a wrong secret: the portal must refuse it ("99"). */
  WRONG_CHECKSUM,
  /** The same CONFIRM sent twice at the same moment: the portal must apply it once. */
  DUPLICATE,
  /**
   * The platform holds 1,000 đồng more than asked: CONFIRM (signed correctly) and QUERY say so; the
   * portal must refuse the CONFIRM ("99") and reconciliation must report the mismatch.
   */
  AMOUNT_CHANGED,
  /** The CONFIRM goes out only when {@link PaymentPlatformSimulator#releaseLate} is called. */
  LATE,
  /** SoTien written as a JSON number instead of a string, as some platform versions do. */
  AMOUNT_AS_NUMBER
}
