package vn.connector.population;

import java.util.Objects;

/**
 * The X-Road identifiers (định danh NDXP) a SOAP request carries when the population service is
 * reached through the national data exchange platform: who calls ({@code xroad:client}) and which
 * service it calls ({@code xroad:service}). The operation's root element name becomes the {@code
 * serviceCode}; the call's MaYeuCau the {@code xroad:id}; the officer of the call context the
 * {@code xroad:userId}.
 *
 * <pre>{@code
 * XRoadIdentifiers ids = XRoadIdentifiers.parse(
 *     "VN/GOV/000.00.01.H56/portal", "VN/GOV/000.00.00.C06/dancu", "v1");
 * }</pre>
 *
 * @param client the calling subsystem (the portal)
 * @param service the subsystem that provides the population service (C06)
 * @param serviceVersion {@code serviceVersion} of the service, or null to leave the element out
 *     (the protocol makes it optional; the service is then addressed without a version)
 */
public record XRoadIdentifiers(Subsystem client, Subsystem service, String serviceVersion) {

  public XRoadIdentifiers {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(service, "service");
    if (serviceVersion != null) {
      serviceVersion = Subsystem.part(serviceVersion, "serviceVersion");
    }
  }

  /**
   * Reads client and service in the {@code instance/memberClass/memberCode/subsystem} form, e.g.
   * {@code VN/GOV/000.00.01.H56/portal}; {@code serviceVersion} may be null.
   *
   * @throws IllegalArgumentException naming the field when either is not in that form
   */
  public static XRoadIdentifiers parse(String client, String service, String serviceVersion) {
    return new XRoadIdentifiers(
        Subsystem.parse(client, "client"), Subsystem.parse(service, "service"), serviceVersion);
  }

  /**
   * One X-Road subsystem (object type SUBSYSTEM). common.md models the identifiers of the national
   * platform as {@code VN/GOV/<mã định danh cơ quan>/<subsystem>}; any X-Road instance and member
   * class are accepted.
   *
   * @param instance {@code xRoadInstance}, {@code VN} on the national platform (modelled)
   * @param memberClass {@code memberClass}, {@code GOV} for state agencies (modelled)
   * @param memberCode {@code memberCode}, the agency's electronic identifier (mã định danh điện tử
   *     cơ quan, e.g. {@code 000.00.01.H56})
   * @param subsystemCode {@code subsystemCode}, e.g. {@code portal}
   */
  public record Subsystem(
      String instance, String memberClass, String memberCode, String subsystemCode) {

    public Subsystem {
      instance = part(instance, "instance");
      memberClass = part(memberClass, "memberClass");
      memberCode = part(memberCode, "memberCode");
      subsystemCode = part(subsystemCode, "subsystemCode");
    }

    /**
     * Reads {@code instance/memberClass/memberCode/subsystem}.
     *
     * @throws IllegalArgumentException naming {@code field} when the text is not in that form
     */
    public static Subsystem parse(String text, String field) {
      Objects.requireNonNull(text, field);
      String[] parts = text.strip().split("/", -1);
      if (parts.length != 4) {
        throw new IllegalArgumentException(
            field
                + ": must be instance/memberClass/memberCode/subsystem, e.g. VN/GOV/000.00.01.H56/portal, was "
                + text);
      }
      try {
        return new Subsystem(parts[0], parts[1], parts[2], parts[3]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(field + "." + e.getMessage(), e);
      }
    }

    /** The {@code instance/memberClass/memberCode/subsystem} form. */
    @Override
    public String toString() {
      return instance + "/" + memberClass + "/" + memberCode + "/" + subsystemCode;
    }

    static String part(String value, String field) {
      Objects.requireNonNull(value, field);
      String v = value.strip();
      if (v.isEmpty() || v.contains("/") || v.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(
            field + ": must be non-empty without '/' or spaces, was '" + value + "'");
      }
      return v;
    }
  }
}
