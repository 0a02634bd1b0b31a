package vn.connector.civilregistry.model;

import java.time.LocalDateTime;
import java.util.Objects;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.DossierCode;
import vn.connector.core.ProcedureCode;

/**
 * One dossier waiting at the interlinked service (DVC liên thông), as the list shows it.
 *
 * <pre>{@code
 * for (InterlinkedSummary s : interlinked.list()) {
 *   InterlinkedDossier d = interlinked.fetch(context(s), s.id());
 * }
 * }</pre>
 *
 * @param id the service's id of the dossier (for {@code fetch})
 * @param unit the district or commune the dossier is for
 * @param procedureCode mã thủ tục hành chính
 * @param kind {@link RegistrationKind#BIRTH} or {@link RegistrationKind#DEATH}
 * @param dossierCode mã hồ sơ
 * @param receivedAt ngày tiếp nhận, Vietnam's local time
 * @param techId the service's technical id
 */
public record InterlinkedSummary(
    String id,
    AdministrativeUnitCode unit,
    ProcedureCode procedureCode,
    RegistrationKind kind,
    DossierCode dossierCode,
    LocalDateTime receivedAt,
    String techId) {

  public InterlinkedSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(procedureCode, "procedureCode");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(dossierCode, "dossierCode");
  }
}
