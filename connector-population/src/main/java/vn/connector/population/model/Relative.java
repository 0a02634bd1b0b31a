package vn.connector.population.model;

import vn.connector.core.CitizenId;
import vn.connector.core.Masking;

/**
 * A relative named in the record: father (cha), mother (mẹ), spouse (vợ/chồng) or legal
 * representative (người đại diện). Any part may be null when the record lacks it. {@link
 * #toString()} masks the name and the IDs.
 *
 * @param fullName họ và tên, as the record spells it
 * @param nationality quốc tịch
 * @param id the 12-digit ID (số định danh)
 * @param oldId the 9-digit CMND
 */
public record Relative(String fullName, String nationality, CitizenId id, CitizenId oldId) {

  @Override
  public String toString() {
    return "Relative[fullName="
        + Masking.name(fullName)
        + ", nationality="
        + nationality
        + ", id="
        + id
        + ", oldId="
        + oldId
        + "]";
  }
}
