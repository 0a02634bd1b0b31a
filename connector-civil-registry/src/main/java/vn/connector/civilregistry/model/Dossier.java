package vn.connector.civilregistry.model;

import java.time.Instant;
import java.util.regex.Pattern;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.DossierCode;

/**
 * The dossier a registration belongs to: its interlinked code (mã hồ sơ liên thông), the one-stop
 * desk's dossier code (mã hồ sơ một cửa), the registering unit and when the desk received it. The
 * interlinked code is what makes a push idempotent: the same code pushed twice is one dossier.
 *
 * <pre>{@code
 * Dossier dossier = new Dossier("000.00.01.H22-261201-0001",
 *     DossierCode.parse("000.00.01.H22-261201-0001"), AdministrativeUnitCode.parse("00001"),
 *     Instant.parse("2026-12-01T02:00:00Z"));
 * }</pre>
 *
 * @param interlinkedCode mã hồ sơ liên thông: 1 to 60 letters, digits, {@code .}, {@code -} or
 *     {@code _}
 * @param oneStopCode mã hồ sơ một cửa (the code results are polled by)
 * @param registeringUnit nơi đăng ký: the district or commune that registers (also the sender's
 *     unit code)
 * @param receivedAt when the one-stop desk received the dossier
 */
public record Dossier(
    String interlinkedCode,
    DossierCode oneStopCode,
    AdministrativeUnitCode registeringUnit,
    Instant receivedAt) {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,60}");

  public Dossier {
    interlinkedCode = Checks.requiredText(interlinkedCode, "dossier.interlinkedCode", 60);
    if (!CODE.matcher(interlinkedCode).matches()) {
      throw new IllegalArgumentException(
          "dossier.interlinkedCode: letters, digits, '.', '-' or '_' only");
    }
    Checks.required(oneStopCode, "dossier.oneStopCode");
    Checks.required(registeringUnit, "dossier.registeringUnit");
    if (registeringUnit.level() == AdministrativeUnitCode.Level.PROVINCE) {
      throw new IllegalArgumentException(
          "dossier.registeringUnit: must be a district or commune code, was a province code");
    }
    Checks.required(receivedAt, "dossier.receivedAt");
  }

  /** A dossier whose interlinked code is its one-stop code (always so for marriages). */
  public static Dossier of(
      DossierCode code, AdministrativeUnitCode registeringUnit, Instant receivedAt) {
    return new Dossier(code.value(), code, registeringUnit, receivedAt);
  }
}
