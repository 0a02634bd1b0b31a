package vn.connector.cli;

import picocli.CommandLine.Option;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;

/** The call context every personal-data call carries, as required options. */
final class ContextOptions {

  @Option(names = "--officer", required = true, description = "Mã cán bộ / officer id (MaCanBo)")
  String officer;

  @Option(names = "--unit", required = true, description = "Mã đơn vị / unit code (MaDonVi)")
  String unit;

  @Option(names = "--dossier", required = true, description = "Mã hồ sơ / dossier code (MaHoSo)")
  String dossier;

  @Option(
      names = "--purpose",
      required = true,
      description = "Mục đích / purpose: ${COMPLETION-CANDIDATES}")
  Purpose purpose;

  CallContext context() {
    return CallContext.of(officer, unit, DossierCode.parse(dossier), purpose);
  }
}
