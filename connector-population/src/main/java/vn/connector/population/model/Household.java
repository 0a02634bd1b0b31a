package vn.connector.population.model;

import java.util.List;
import java.util.Optional;

/**
 * A household (hộ gia đình) as the national database returns it: every member with the relation to
 * the head. Empty when the citizen was not found.
 */
public record Household(List<HouseholdMember> members) {

  public Household {
    members = List.copyOf(members);
  }

  /** The head of the household (chủ hộ), if the answer names one. */
  public Optional<HouseholdMember> head() {
    return members.stream().filter(HouseholdMember::isHead).findFirst();
  }

  public boolean isEmpty() {
    return members.isEmpty();
  }
}
