package vn.connector.payment.internal;

import java.util.Map;
import vn.connector.core.ErrorHint;

/**
 * MaLoi / error_code values of the Payment Platform with a known meaning. The platform's code list
 * is not public: these are the codes the testkit simulator uses (modelled), kept here in one place.
 */
public final class PlatformCodes {

  public static final String OK = "00";
  public static final String BAD_CHECKSUM = "01";
  public static final String DUPLICATE_REFERENCE = "02";
  public static final String INVALID_DATA = "03";
  public static final String NOT_FOUND = "04";
  public static final String NO_RECEIPT = "05";

  private static final Map<String, ErrorHint> HINTS =
      Map.of(
          BAD_CHECKSUM,
          new ErrorHint(
              "Sai mã xác thực: kiểm tra mã đối tác và khóa bí mật",
              "Checksum refused: check the partner code and the shared secret"),
          DUPLICATE_REFERENCE,
          new ErrorHint(
              "Mã tham chiếu đã được dùng cho giao dịch khác",
              "The reference was already used by another payment"),
          INVALID_DATA,
          new ErrorHint("Dữ liệu không hợp lệ", "The platform refused the data of the message"),
          NOT_FOUND,
          new ErrorHint("Không tìm thấy giao dịch", "No payment with this reference"),
          NO_RECEIPT,
          new ErrorHint("Chưa có biên lai", "No receipt yet: the payment is not complete"));

  private PlatformCodes() {}

  /** The hint for {@code code}, or null when the code has no known meaning. */
  public static ErrorHint hint(String code) {
    return HINTS.get(code);
  }
}
