package vn.connector.payment.internal;

import java.time.Instant;

/** How one gateway's payment callback is read and answered. */
public interface CallbackDialect {

  /** Reads a callback body; IllegalArgumentException naming the field when unreadable. */
  Incoming read(byte[] body);

  /**
   * The answer body.
   *
   * @param ok whether the callback is accepted (the sender stops repeating it)
   * @param badChecksum whether it was refused for its checksum (PayGov answers that apart)
   * @param incoming the callback, or null when it could not be read
   */
  String answer(boolean ok, boolean badChecksum, String text, Incoming incoming, Instant now);

  /**
   * The Payment Platform's CONFIRM, checked with {@code secret} and answered for {@code
   * partnerCode}.
   */
  static CallbackDialect nationalPlatform(String partnerCode, String secret) {
    return new CallbackDialect() {
      @Override
      public Incoming read(byte[] body) {
        ConfirmWire.Confirm c = ConfirmWire.parse(body);
        return new Incoming(
            c.partnerCode(),
            c.reference(),
            c.checksum(),
            c.checksumValid(secret),
            "00".equals(c.code()),
            c.code(),
            c.description(),
            c.amountNode(),
            c.transactionId(),
            c.bankCode(),
            c.at());
      }

      @Override
      public String answer(
          boolean ok, boolean badChecksum, String text, Incoming incoming, Instant now) {
        return ConfirmWire.answer(ok, text, incoming, partnerCode, now);
      }
    };
  }

  /** A PayGov callback, checked with {@code secretKey}. */
  static CallbackDialect payGov(String secretKey) {
    return new CallbackDialect() {
      @Override
      public Incoming read(byte[] body) {
        return PayGovWire.readCallback(body, secretKey);
      }

      @Override
      public String answer(
          boolean ok, boolean badChecksum, String text, Incoming incoming, Instant now) {
        return PayGovWire.answer(
            ok ? "SUCCESSFUL" : badChecksum ? "SIGNATURE_WRONG" : "FAILED", text);
      }
    };
  }
}
