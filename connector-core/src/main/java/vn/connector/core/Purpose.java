package vn.connector.core;

/**
 * The legal purpose for which personal data is read (mục đích xử lý dữ liệu cá nhân, Nghị định
 * 13/2023). Carried in every {@link CallContext} and in every audit event.
 */
public enum Purpose {
  /** Handling an administrative procedure dossier (giải quyết thủ tục hành chính). */
  PROCEDURE_HANDLING,
  /** Verifying a person's identity at a counter or online (xác thực danh tính). */
  IDENTITY_VERIFICATION,
  /** Cleansing or reconciling a local database against the national one (làm sạch dữ liệu). */
  DATA_CLEANSING,
  /** Collecting a fee or charge for a dossier (thu phí, lệ phí). */
  PAYMENT,
  /** Another purpose allowed by law; record the basis in the dossier. */
  OTHER_LEGAL_BASIS
}
