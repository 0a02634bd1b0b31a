/**
 * Records of the national-portal connector: the dossier ({@code HoSo}) and its parts, progress
 * entries ({@code TienDo}), the national list of states, and the procedure catalogue.
 *
 * <pre>{@code
 * Dossier next = dossier.toBuilder().status(DossierStatus.IN_PROGRESS).build();
 * }</pre>
 */
package vn.connector.nationalportal.model;
