package vn.portal.example;

import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Gender;
import vn.connector.core.Purpose;
import vn.connector.population.PopulationClient;
import vn.connector.population.model.CitizenQuery;

/** What a portal writes on top of the SDK: one check of an applicant against C06. */
public final class CitizenCheck {

  private final PopulationClient client;

  public CitizenCheck(PopulationClient client) {
    this.client = client;
  }

  /** True when C06 confirms the applicant's ID, name, birth date and gender. */
  public boolean confirms(String citizenId, String name, BirthDate birthDate, Gender gender) {
    CallContext context =
        CallContext.of(
            "CB-0042",
            "000.00.01.H56",
            DossierCode.parse("000.00.01.H56-240115-0001"),
            Purpose.IDENTITY_VERIFICATION);
    return client.verify(context, CitizenQuery.of(citizenId, name, birthDate, gender)).matched();
  }
}
