package vn.connector.payment.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * A payment callback as read by its dialect (Payment Platform CONFIRM or PayGov), in the terms the
 * verifier checks.
 *
 * @param partnerCode the partner code it names, or null when the dialect carries none
 * @param reference the attempt reference (MaThamChieu / requestCode)
 * @param echo the checksum as received, for answers that echo it
 * @param checksumValid whether its checksum matched, compared in constant time
 * @param paid whether it reports the payment as made
 * @param resultCode the sender's result code (MaLoi / errorCode)
 * @param message the sender's text
 * @param amount the amount node as received (string or number)
 * @param transactionId the platform's transaction id (MaGiaoDich / transactionNo), may be empty
 * @param bankCode the bank or pay gate, may be empty
 * @param at when it was paid, if readable
 */
public record Incoming(
    String partnerCode,
    String reference,
    String echo,
    boolean checksumValid,
    boolean paid,
    String resultCode,
    String message,
    JsonNode amount,
    String transactionId,
    String bankCode,
    Optional<Instant> at) {}
