package vn.connector.population.model;

/**
 * The parts of a {@link Citizen} a look-up may ask for. The national answer carries the whole
 * record; the SDK drops what was not asked for before the application sees it (data minimisation,
 * Nghị định 13/2023). The IDs are always kept.
 */
public enum CitizenField {
  NAME,
  GENDER,
  BIRTH_DATE,
  ETHNICITY,
  RELIGION,
  MARITAL_STATUS,
  BLOOD_TYPE,
  NATIONALITY,
  HOUSEHOLD_BOOK,
  BIRTH_REGISTRATION_PLACE,
  HOMETOWN,
  PERMANENT_ADDRESS,
  CURRENT_ADDRESS,
  PARENTS,
  SPOUSE,
  REPRESENTATIVE,
  HOUSEHOLD,
  TAX_CODE,
  EMAIL
}
