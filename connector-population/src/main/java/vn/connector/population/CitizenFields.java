package vn.connector.population;

import java.util.Set;
import vn.connector.core.Gender;
import vn.connector.population.model.Citizen;
import vn.connector.population.model.CitizenField;

/** Keeps only the asked-for parts of a record. */
final class CitizenFields {

  private CitizenFields() {}

  static Citizen limit(Citizen c, Set<CitizenField> keep) {
    return new Citizen(
        c.id(),
        c.oldId(),
        keep.contains(CitizenField.NAME) ? c.name() : null,
        keep.contains(CitizenField.GENDER) ? c.gender() : Gender.UNKNOWN,
        keep.contains(CitizenField.BIRTH_DATE) ? c.birthDate() : null,
        keep.contains(CitizenField.ETHNICITY) ? c.ethnicityCode() : null,
        keep.contains(CitizenField.RELIGION) ? c.religionCode() : null,
        keep.contains(CitizenField.MARITAL_STATUS) ? c.maritalStatusCode() : null,
        keep.contains(CitizenField.BLOOD_TYPE) ? c.bloodType() : null,
        keep.contains(CitizenField.NATIONALITY) ? c.nationality() : null,
        keep.contains(CitizenField.HOUSEHOLD_BOOK) ? c.householdBookNumber() : null,
        keep.contains(CitizenField.BIRTH_REGISTRATION_PLACE) ? c.birthRegistrationPlace() : null,
        keep.contains(CitizenField.HOMETOWN) ? c.hometown() : null,
        keep.contains(CitizenField.PERMANENT_ADDRESS) ? c.permanentAddress() : null,
        keep.contains(CitizenField.CURRENT_ADDRESS) ? c.currentAddress() : null,
        keep.contains(CitizenField.PARENTS) ? c.father() : null,
        keep.contains(CitizenField.PARENTS) ? c.mother() : null,
        keep.contains(CitizenField.SPOUSE) ? c.spouse() : null,
        keep.contains(CitizenField.REPRESENTATIVE) ? c.representative() : null,
        keep.contains(CitizenField.HOUSEHOLD) ? c.household() : null,
        keep.contains(CitizenField.TAX_CODE) ? c.taxCode() : null,
        keep.contains(CitizenField.EMAIL) ? c.email() : null);
  }
}
