/**
 * The values of the criminal-record connector: the declaration and its parts, the dossier status
 * and certificate, the VNeID dossier, the result report. Records validated when built; {@code
 * toString} masks personal data.
 *
 * <pre>{@code
 * Declaration d = Declaration.builder(DossierCode.parse("000.00.01.H22-241115-0001"))
 *     .receivedOn(LocalDate.of(2024, 11, 15)).dueOn(LocalDate.of(2024, 11, 25))
 *     .type(CertificateType.TYPE_1).purpose(purpose).applicant(applicant).residence(period)
 *     .build();
 * }</pre>
 */
package vn.connector.criminalrecord.model;
