package vn.connector.payment.model;

import java.util.Objects;
import vn.connector.core.ProcedureCode;

/**
 * The public service and procedure the fee is for (MaDVC/TenDVC, MaTTHC/TenTTHC on the receipt).
 *
 * @param code mã dịch vụ công
 * @param name tên dịch vụ công
 * @param procedure mã thủ tục hành chính
 * @param procedureName tên thủ tục hành chính
 */
public record PublicService(
    String code, String name, ProcedureCode procedure, String procedureName) {

  public PublicService {
    code = Text.required(code, "service.code");
    name = Text.required(name, "service.name");
    Objects.requireNonNull(procedure, "service.procedure");
    procedureName = Text.required(procedureName, "service.procedureName");
  }
}
