package vn.connector.population.internal;

import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.internal.Digits;
import vn.connector.population.internal.ws.request.NgayThangNamSinhYeuCau;
import vn.connector.population.internal.ws.request.YeuCauCongDan;
import vn.connector.population.model.CitizenQuery;

/** Maps a query and its call context onto the request body shared by every operation. */
public final class RequestMapper {

  private RequestMapper() {}

  public static YeuCauCongDan toWire(
      String requestId, CitizenQuery query, CallContext context, RequestFields fields) {
    YeuCauCongDan wire = new YeuCauCongDan();
    wire.setMaYeuCau(requestId);
    wire.setMaDVC(fields.serviceCode());
    wire.setMaTichHop(fields.integrationCode());
    wire.setMaCanBo(context.officerId());
    if (fields.direct()) {
      wire.setMaDonVi(context.unitCode());
      wire.setTaiKhoan(
          fields.officerAccount() == null ? context.officerId() : fields.officerAccount());
      wire.setSoDienThoai(fields.officerPhone());
    }
    // A 9-digit CMND is never sent as SoDinhDanh: C06 matches the two numbers in different indexes.
    if (query.id().isCmnd()) {
      wire.setSoCMND(query.id().value());
    } else {
      wire.setSoDinhDanh(query.id().value());
    }
    wire.setHoVaTen(query.fullName().value());
    wire.setNgayThangNamSinh(birthDate(query.birthDate()));
    return wire;
  }

  /**
   * A full date travels as NgayThangNam (yyyyMMdd); a partial one as Nam (yyyy), the only partial
   * form the contract has, so a year-and-month date is matched on its year.
   */
  static NgayThangNamSinhYeuCau birthDate(BirthDate date) {
    NgayThangNamSinhYeuCau wire = new NgayThangNamSinhYeuCau();
    if (date.precision() == BirthDate.Precision.DAY) {
      StringBuilder b = Digits.pad(new StringBuilder(8), date.year(), 4);
      wire.setNgayThangNam(Digits.pad(Digits.pad(b, date.month(), 2), date.day(), 2).toString());
    } else {
      wire.setNam(Digits.pad(date.year(), 4));
    }
    return wire;
  }
}
