/**
 * Fees through the Payment Platform of Cổng DVCQG (or a provincial PayGov): the three calls a
 * portal needs, the CONFIRM callback, reconciliation and VietQR. Start at {@link
 * vn.connector.payment.PaymentClient}.
 *
 * <pre>{@code
 * PaymentClient client = PaymentClient.builder()
 *     .initUrl(initUrl).queryUrl(queryUrl).billUrl(billUrl)
 *     .partnerCode("H22").secret(Secret.of(System.getenv("PAYMENT_SECRET")))
 *     .store(PaymentStore.jdbc(dataSource))
 *     .onPaid(paid -> dossiers.markPaid(paid.dossier()))   // applied exactly once
 *     .build();
 *
 * StartedPayment started = client.start(context, request);        // 1. INIT: redirect to started.paymentUrl()
 * PaymentStatus status = client.status(started.reference());      // 2. QUERY
 * Receipt receipt = client.receipt(context, started.reference()); // 3. GET_BILL: the PDF receipt
 *
 * // The CONFIRM callback, from any servlet, Spring controller or Vert.x handler:
 * ConfirmVerifier verifier = client.confirmVerifier();
 * CallbackAnswer answer = verifier.handle(requestBodyBytes);      // checksum, reference, amount, once
 * response.setContentType(answer.contentType());
 * response.getOutputStream().write(answer.body());                // "00", or "99" to be sent again
 * }</pre>
 */
package vn.connector.payment;
