package vn.connector.civilregistry.model;

/**
 * A spouse's marital status before this marriage (tình trạng hôn nhân) and its confirmation.
 *
 * <pre>{@code
 * MaritalStatus single = new MaritalStatus(CatalogueCode.of("1"), "Chưa kết hôn", 0, null, null);
 * }</pre>
 *
 * @param code loại tình trạng hôn nhân
 * @param description tình trạng hôn nhân, as text
 * @param previousMarriages số lần kết hôn before this one, 0 or more
 * @param confirmationRequest yêu cầu xác nhận tình trạng hôn nhân, or null
 * @param confirmationPlace nơi xác nhận tình trạng hôn nhân, or null
 */
public record MaritalStatus(
    CatalogueCode code,
    String description,
    int previousMarriages,
    String confirmationRequest,
    String confirmationPlace) {

  public MaritalStatus {
    Checks.required(code, "maritalStatus.code");
    description = Checks.requiredText(description, "maritalStatus.description", 200);
    if (previousMarriages < 0 || previousMarriages > 20) {
      throw new IllegalArgumentException(
          "maritalStatus.previousMarriages: must be 0-20, was " + previousMarriages);
    }
    confirmationRequest =
        Checks.optionalText(confirmationRequest, "maritalStatus.confirmationRequest", 200);
    confirmationPlace =
        Checks.optionalText(confirmationPlace, "maritalStatus.confirmationPlace", 300);
  }
}
