package vn.connector.criminalrecord.model;

/** Nguồn đăng ký: how the citizen filed the request. */
public enum RegistrationSource {
  /** Online, through the provincial portal (nguonDangKy 1). */
  ONLINE,
  /** In person at the Sở Tư pháp (nguonDangKy 3). */
  IN_PERSON
}
