package vn.connector.population.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a verification (xác thực thông tin công dân), field by field, without any personal
 * data of the record: data minimisation.
 *
 * @param found the national database knows this ID (số định danh / CMND)
 * @param nameAndBirthDate the full name and birth date match the record of that ID (the national
 *     system checks them together)
 * @param genderWithRecord the supplied gender equals the record's (giới tính)
 * @param genderWithId the supplied gender agrees with the 4th digit of the 12-digit ID
 */
public record Verification(
    Check found, Check nameAndBirthDate, Check genderWithRecord, Check genderWithId) {

  /** Outcome of one check. */
  public enum Check {
    /** Khớp. */
    MATCH,
    /** Không khớp. */
    MISMATCH,
    /**
     * Not checked: no gender supplied, a CMND (no gender digit), or not answered by the service.
     */
    NOT_CHECKED
  }

  public Verification {
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(nameAndBirthDate, "nameAndBirthDate");
    Objects.requireNonNull(genderWithRecord, "genderWithRecord");
    Objects.requireNonNull(genderWithId, "genderWithId");
  }

  /** True when nothing mismatched and the identity (ID, name, birth date) was confirmed. */
  public boolean matched() {
    return nameAndBirthDate == Check.MATCH && mismatches().isEmpty();
  }

  /** The names of the checks that failed, in English: {@code found}, {@code nameAndBirthDate}, … */
  public List<String> mismatches() {
    List<String> out = new ArrayList<>();
    if (found == Check.MISMATCH) {
      out.add("found");
    }
    if (nameAndBirthDate == Check.MISMATCH) {
      out.add("nameAndBirthDate");
    }
    if (genderWithRecord == Check.MISMATCH) {
      out.add("genderWithRecord");
    }
    if (genderWithId == Check.MISMATCH) {
      out.add("genderWithId");
    }
    return List.copyOf(out);
  }
}
