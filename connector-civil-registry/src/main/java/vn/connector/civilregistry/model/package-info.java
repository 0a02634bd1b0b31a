/**
 * The civil registry's typed records: registrations to push ({@link
 * vn.connector.civilregistry.model.BirthRegistration}, {@link
 * vn.connector.civilregistry.model.DeathRegistration}, {@link
 * vn.connector.civilregistry.model.MarriageRegistration}), their states and results, and the
 * dossiers and status updates of the interlinked service. Every record validates in its
 * constructor; names and identifiers print masked.
 *
 * <pre>{@code
 * Address home = Address.of("01", "001", "00001", "Số 5 ngõ 12 Phúc Xá");
 * }</pre>
 */
package vn.connector.civilregistry.model;
