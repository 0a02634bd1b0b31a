package vn.connector.examples.population;

import vn.connector.core.BirthDate;
import vn.connector.core.Gender;
import vn.connector.core.Purpose;
import vn.connector.population.model.CitizenQuery;
import vn.connector.population.model.Verification;

/** Verifies one citizen's ID, name, birth date and gender (xác thực thông tin công dân). */
public final class VerifyCitizen {

  private VerifyCitizen() {}

  public static void main(String[] args) {
    try (PopulationSetup setup = PopulationSetup.open(Purpose.IDENTITY_VERIFICATION)) {
      System.out.println("Population: verify, against " + setup.target());
      CitizenQuery query =
          CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE);
      Verification v = setup.client().verify(setup.context(), query);
      System.out.println(
          (v.matched() ? "khớp / match" : "không khớp / mismatch " + v.mismatches()) + "  " + v);
    }
  }
}
