package vn.connector.cli;

import picocli.CommandLine.Option;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;

/** The call context every personal-data call carries, as required options. */
final class ContextOptions {

  @Option(
      names = "--officer",
      required = true,
      paramLabel = "ID",
      description = "Mã cán bộ / officer id (MaCanBo)")
  String officer;

  @Option(
      names = "--unit",
      required = true,
      paramLabel = "UNIT",
      description = "Mã đơn vị / unit code (MaDonVi)")
  String unit;

  @Option(
      names = "--dossier",
      required = true,
      paramLabel = "CODE",
      description = "Mã hồ sơ / dossier code (MaHoSo)")
  String dossier;

  @Option(
      names = "--purpose",
      paramLabel = "PURPOSE",
      required = true,
      description = "Mục đích / purpose: ${COMPLETION-CANDIDATES}")
  Purpose purpose;

  CallContext context() {
    return CallContext.of(officer, unit, DossierCode.parse(dossier), purpose);
  }
}
