/**
 * Criminal-record certificates (Phiếu lý lịch tư pháp, Bộ Tư pháp / Sở Tư pháp) through the LGSP:
 * submit a declaration, follow it to its certificate, receive the dossiers VNeID pushes, report
 * their results. Start at {@link vn.connector.criminalrecord.CriminalRecordClient}.
 *
 * <pre>{@code
 * CriminalRecordClient client = CriminalRecordClient.builder()
 *     .endpoint(URI.create("https://lgsp.example.gov.vn/lltp"))
 *     .authKey(Secret.of(System.getenv("LLTP_AUTH_KEY")))
 *     .province("24", "Bắc Giang")
 *     .codeTable(codes)                                   // local nationality/ethnicity → ministry
 *     .build();
 * client.submit(context, declaration);                    // rules and codes checked before sending
 *
 * CertificateTracking tracking = CertificateTracking.builder(outbox, client)
 *     .officer("he-thong", "000.00.01.H22").keeper(keeper).build();
 * tracking.track(tx, declaration.dossierCode());          // polls until 9/10, keeps the PDF
 *
 * VneidAnswer answer = new VneidReceiver(inbox, codeGet).handle(codeGetParam, bodyBytes);
 * new ResultReporter(client).enqueue(tx, outbox, context, report);   // delivered by the dispatcher
 * }</pre>
 */
package vn.connector.criminalrecord;
