package vn.connector.payment.model;

/** Trạng thái giao dịch: where a payment attempt stands. */
public enum PaymentState {
  /** Đã thanh toán (TrangThaiGD 1). */
  PAID,
  /** Chờ thanh toán (TrangThaiGD 3), or started and not yet answered. */
  PENDING,
  /** Thất bại (TrangThaiGD 4), or refused by the platform. */
  FAILED
}
