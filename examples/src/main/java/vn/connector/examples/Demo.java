package vn.connector.examples;

import java.util.List;
import vn.connector.core.BirthDate;
import vn.connector.core.Gender;
import vn.connector.core.Purpose;
import vn.connector.examples.population.PopulationSetup;
import vn.connector.population.model.CitizenQuery;
import vn.connector.population.model.Verification;

/**
 * The README demo: starts the population simulator in-process and verifies a few citizens, printing
 * whether each matched (khớp / không khớp) and why.
 */
public final class Demo {

  private Demo() {}

  private record Case(String label, CitizenQuery query) {}

  public static void main(String[] args) {
    List<Case> cases =
        List.of(
            new Case(
                "full date, gender",
                CitizenQuery.of(
                    "001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE)),
            new Case(
                "year-only birth date",
                CitizenQuery.of(
                    "034160002233", "Bùi Thị Lan", BirthDate.ofYear(1960), Gender.FEMALE)),
            new Case(
                "old 9-digit CMND",
                CitizenQuery.of("012345678", "Đỗ Văn Minh", BirthDate.of(1975, 2, 14))),
            new Case(
                "name without its tilde",
                CitizenQuery.of("001090012345", "Nguyên Văn An", BirthDate.of(1990, 1, 15))),
            new Case(
                "wrong gender",
                CitizenQuery.of(
                    "001192004567", "Trần Thị Bình", BirthDate.of(1992, 3, 8), Gender.MALE)),
            new Case(
                "unknown ID",
                CitizenQuery.of("001090099999", "Nguyễn Văn An", BirthDate.of(1990, 1, 15))));
    try (PopulationSetup setup = PopulationSetup.open(Purpose.IDENTITY_VERIFICATION)) {
      System.out.println("Population (C06) verification, against " + setup.target());
      for (Case c : cases) {
        Verification v = setup.client().verify(setup.context(), c.query());
        System.out.printf("  %-24s %s%n", c.label(), describe(v));
        // The input as the SDK prints it (IDs and names masked), so that the reason can be seen.
        System.out.printf("  %-24s %s, gender %s%n", "", c.query(), c.query().gender());
      }
    }
  }

  static String describe(Verification v) {
    if (v.matched()) {
      return "khớp / match";
    }
    return "không khớp / mismatch: " + String.join(", ", reasons(v));
  }

  private static List<String> reasons(Verification v) {
    return v.mismatches().stream()
        .map(
            m ->
                switch (m) {
                  case "found" -> "ID not found (không có số định danh)";
                  case "nameAndBirthDate" ->
                      "name or birth date differs (họ tên/ngày sinh không khớp)";
                  case "genderWithRecord" -> "gender differs from the record (giới tính)";
                  default -> "gender disagrees with the ID's 4th digit";
                })
        .toList();
  }
}
