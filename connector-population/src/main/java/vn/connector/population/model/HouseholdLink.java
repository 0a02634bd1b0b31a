package vn.connector.population.model;

import vn.connector.core.CitizenId;
import vn.connector.core.Masking;

/**
 * The head of the household of a citizen (chủ hộ) and the citizen's relation to that head (quan hệ
 * với chủ hộ; {@code CH01} means the citizen is the head). {@link #toString()} masks the head's
 * name and IDs.
 */
public record HouseholdLink(
    String relationCode, CitizenId headId, CitizenId headOldId, String headFullName) {

  /** Relation code of the head of the household (modelled). */
  public static final String HEAD = "CH01";

  /** True when the citizen is the head of the household. */
  public boolean isHead() {
    return HEAD.equals(relationCode);
  }

  @Override
  public String toString() {
    return "HouseholdLink[relationCode="
        + relationCode
        + ", headId="
        + headId
        + ", headOldId="
        + headOldId
        + ", headFullName="
        + Masking.name(headFullName)
        + "]";
  }
}
