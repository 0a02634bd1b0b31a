package vn.connector.business.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.connector.business.model.BusinessLine;
import vn.connector.business.model.Enterprise;
import vn.connector.business.model.EnterpriseSummary;
import vn.connector.business.model.Representative;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.internal.MalformedAnswerException;

/**
 * Reads the NGSP shape ({@code {"Data":{"MainInformation":…,"HOAdress":…,…}}}), which the LGSP
 * adapter form answers too. Field names of {@code BusinessActivities} are modelled (contract).
 */
final class NgspAnswers {

  private NgspAnswers() {}

  /** Empty for {@code {"Data":null}}, the registry's "no such enterprise". */
  static Optional<Enterprise> details(JsonNode root) {
    JsonNode data = data(root);
    if (data.isNull()) {
      return Optional.empty();
    }
    JsonNode main = WireValues.object(data, "MainInformation");
    if (!main.isObject()) {
      throw new MalformedAnswerException("Data.MainInformation: missing");
    }
    EnterpriseSummary summary = summary(main);
    return Optional.of(
        new Enterprise(
            summary.code(),
            summary.name(),
            summary.shortName(),
            summary.foreignName(),
            summary.status(),
            summary.legalForm(),
            WireValues.date(main, "FOUNDING_DATE"),
            WireValues.date(main, "LAST_AMEND_DATE"),
            WireValues.count(main, "NUMBER_CHANGES"),
            address(data),
            representatives(data),
            businessLines(data)));
  }

  /** The {@code Data} member, which must be present (it may be JSON null). */
  static JsonNode data(JsonNode root) {
    if (!root.isObject() || !root.has("Data")) {
      throw new MalformedAnswerException("Data: missing");
    }
    JsonNode data = root.get("Data");
    if (!data.isNull() && !data.isObject()) {
      throw new MalformedAnswerException("Data: expected an object, was " + data.getNodeType());
    }
    return data;
  }

  /** One {@code MainInformation} object, as found in details and in search hits. */
  static EnterpriseSummary summary(JsonNode main) {
    return new EnterpriseSummary(
        code(WireValues.requiredText(main, "ENTERPRISE_GDT_CODE")),
        WireValues.requiredText(main, "NAME"),
        WireValues.text(main, "SHORT_NAME"),
        WireValues.text(main, "NAME_F"),
        StatusIds.status(
            WireValues.text(main, "ENTERPRISE_STATUS_ID"),
            WireValues.text(main, "ENTERPRISE_STATUS_NAME")),
        WireValues.text(main, "ENTERPRISE_TYPE_NAME"));
  }

  static EnterpriseCode code(String text) {
    try {
      return EnterpriseCode.parse(text);
    } catch (IllegalArgumentException e) {
      throw new MalformedAnswerException("enterprise code in the answer is not valid", e);
    }
  }

  private static String address(JsonNode data) {
    JsonNode address = WireValues.object(data, "HOAdress");
    return address.isObject() ? WireValues.text(address, "AddressFullText") : null;
  }

  private static List<Representative> representatives(JsonNode data) {
    List<Representative> result = new ArrayList<>();
    for (JsonNode person : WireValues.array(data, "Representatives")) {
      String name = WireValues.text(person, "FULL_NAME");
      if (name != null) {
        WireValues.personName(name).map(Representative::new).ifPresent(result::add);
      }
    }
    return result;
  }

  private static List<BusinessLine> businessLines(JsonNode data) {
    List<BusinessLine> result = new ArrayList<>();
    for (JsonNode line : WireValues.array(data, "BusinessActivities")) {
      result.add(
          new BusinessLine(
              WireValues.requiredText(line, "CODE"),
              WireValues.text(line, "NAME"),
              WireValues.flag(line, "IS_MAIN")));
    }
    return result;
  }
}
