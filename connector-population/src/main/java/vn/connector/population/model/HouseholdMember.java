package vn.connector.population.model;

import java.util.Objects;

/**
 * One member of a household (thành viên hộ gia đình) and their relation to the head.
 *
 * @param relationCode quan hệ với chủ hộ; {@code CH01} = the head (modelled codes)
 */
public record HouseholdMember(Citizen citizen, String relationCode) {

  public HouseholdMember {
    Objects.requireNonNull(citizen, "citizen");
  }

  public boolean isHead() {
    return HouseholdLink.HEAD.equals(relationCode);
  }
}
