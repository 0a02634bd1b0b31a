package vn.connector.examples.population;

import vn.connector.core.BirthDate;
import vn.connector.core.Purpose;
import vn.connector.population.model.CitizenQuery;
import vn.connector.population.model.Household;
import vn.connector.population.model.HouseholdMember;

/** Lists the household of a citizen (cung cấp thông tin hộ gia đình) with relations to the head. */
public final class ListHousehold {

  private ListHousehold() {}

  public static void main(String[] args) {
    try (PopulationSetup setup = PopulationSetup.open(Purpose.PROCEDURE_HANDLING)) {
      System.out.println("Population: household, against " + setup.target());
      Household h =
          setup
              .client()
              .household(
                  setup.context(),
                  CitizenQuery.of("001215000321", "Nguyễn Minh Khôi", BirthDate.of(2015, 6, 20)));
      for (HouseholdMember m : h.members()) {
        System.out.printf(
            "%-5s %-22s %s%n",
            m.relationCode(), m.citizen().name().full(), m.isHead() ? "chủ hộ / head" : "");
      }
    }
  }
}
