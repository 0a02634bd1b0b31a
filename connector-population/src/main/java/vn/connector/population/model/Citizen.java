package vn.connector.population.model;

import vn.connector.core.BirthDate;
import vn.connector.core.CitizenId;
import vn.connector.core.Gender;

/**
 * A citizen's record from the national population database (thông tin công dân). Read only with a
 * call context; {@link #toString()} shows no personal data. Any component may be null when the
 * record lacks it, except {@code gender} (UNKNOWN then).
 *
 * @param id số định danh cá nhân (12 digits)
 * @param oldId số CMND (9 digits)
 * @param ethnicityCode dân tộc, national category code ({@code 01} = Kinh)
 * @param religionCode tôn giáo, national category code ({@code 00} = none)
 * @param maritalStatusCode tình trạng hôn nhân
 * @param bloodType nhóm máu
 * @param nationality quốc tịch
 * @param householdBookNumber số sổ hộ khẩu
 * @param birthRegistrationPlace nơi đăng ký khai sinh
 * @param hometown quê quán
 * @param permanentAddress thường trú
 * @param currentAddress nơi ở hiện tại
 * @param representative người đại diện
 * @param household chủ hộ and the relation to them
 * @param taxCode mã số thuế
 * @param email thư điện tử
 */
public record Citizen(
    CitizenId id,
    CitizenId oldId,
    CitizenName name,
    Gender gender,
    BirthDate birthDate,
    String ethnicityCode,
    String religionCode,
    String maritalStatusCode,
    String bloodType,
    String nationality,
    String householdBookNumber,
    Address birthRegistrationPlace,
    Address hometown,
    Address permanentAddress,
    Address currentAddress,
    Relative father,
    Relative mother,
    Relative spouse,
    Relative representative,
    HouseholdLink household,
    String taxCode,
    String email) {

  public Citizen {
    gender = gender == null ? Gender.UNKNOWN : gender;
  }

  @Override
  public String toString() {
    return "Citizen[id=" + id + ", personal data not shown]";
  }
}
