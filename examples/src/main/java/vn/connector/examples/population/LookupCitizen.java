package vn.connector.examples.population;

import java.util.Optional;
import vn.connector.core.BirthDate;
import vn.connector.core.Purpose;
import vn.connector.population.model.Citizen;
import vn.connector.population.model.CitizenQuery;

/** Looks a citizen's record up (tra cứu thông tin công dân) with a full call context. */
public final class LookupCitizen {

  private LookupCitizen() {}

  public static void main(String[] args) {
    try (PopulationSetup setup = PopulationSetup.open(Purpose.PROCEDURE_HANDLING)) {
      System.out.println("Population: look up, against " + setup.target());
      Optional<Citizen> found =
          setup
              .client()
              .lookup(
                  setup.context(),
                  CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15)));
      found.ifPresentOrElse(
          LookupCitizen::print, () -> System.out.println("không tìm thấy / not found"));
    }
  }

  private static void print(Citizen c) {
    System.out.println("name:        " + c.name().full());
    System.out.println("gender:      " + c.gender());
    System.out.println("birth date:  " + c.birthDate());
    System.out.println("ethnicity:   " + c.ethnicityCode() + ", religion: " + c.religionCode());
    System.out.println(
        "permanent:   " + (c.permanentAddress() == null ? "-" : c.permanentAddress().detail()));
    System.out.println(
        "household:   "
            + c.householdBookNumber()
            + (c.household() != null && c.household().isHead() ? " (head)" : ""));
  }
}
