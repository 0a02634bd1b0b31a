package vn.connector.testkit.nationalportal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * The checks of one dossier batch, shared by both styles: every dossier valid, and on a create none
 * already held ("đã tồn tại", code 3). A batch is taken whole or not at all.
 */
final class DossierIntake {

  private DossierIntake() {}

  /** Checks the batch and, when it passes, records every dossier in it as a new version. */
  static Optional<Refusal> take(
      NationalChecks checks, PortalBook book, JsonNode dossiers, boolean update) {
    // One lock around check and record: two nodes creating the same dossier at once must see
    // "đã tồn tại" exactly once, as the real portal's unique key makes them.
    synchronized (book) {
      Optional<Refusal> refusal = check(checks, book, dossiers, update);
      if (refusal.isEmpty()) {
        dossiers.forEach(hoSo -> book.accept(hoSo, update));
      }
      return refusal;
    }
  }

  private static Optional<Refusal> check(
      NationalChecks checks, PortalBook book, JsonNode dossiers, boolean update) {
    for (JsonNode hoSo : dossiers) {
      Optional<Refusal> refusal = checks.dossier(hoSo);
      if (refusal.isPresent()) {
        return refusal;
      }
      String code = hoSo.get("MaHoSo").asText();
      if (!update && book.exists(code)) {
        return Optional.of(new Refusal(Refusal.EXISTS, "Hồ sơ " + code + " đã tồn tại"));
      }
    }
    return Optional.empty();
  }
}
