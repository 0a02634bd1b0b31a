package vn.connector.civilregistry;

import vn.connector.civilregistry.model.BirthRegistration;
import vn.connector.civilregistry.model.DeathRegistration;
import vn.connector.civilregistry.model.MarriageRegistration;

/** The samples, for the tests of the other packages. */
public final class SamplesAccess {

  private SamplesAccess() {}

  public static BirthRegistration birth(String code) {
    return Samples.birth(code);
  }

  public static DeathRegistration death(String code) {
    return Samples.death(code);
  }

  public static MarriageRegistration marriage(String code) {
    return Samples.marriage(code);
  }
}
