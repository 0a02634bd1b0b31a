package vn.connector.nationalportal;

import vn.connector.core.ConnectorConfig;

/** The {@code national-portal.*} keys of a {@link PortalProfile}. */
final class ProfileConfig {

  private static final String P = "national-portal.";

  private ProfileConfig() {}

  static PortalProfile read(ConnectorConfig c) {
    String style = c.string(P + "style").strip();
    switch (style) {
      case "adapter":
        PortalProfile a =
            PortalProfile.adapter(
                c.uri(P + "adapterUrl"),
                c.string(P + "authPath"),
                c.string(P + "integrationPath"),
                c.string(P + "username"),
                c.secret(P + "password"),
                c.string(P + "unit"));
        return c.optional(P + "dstCode").map(a::withDstCode).orElse(a);
      case "plain-arrays":
        return PortalProfile.plainArrays(
            c.uri(P + "createUrl"), c.uri(P + "updateUrl"), c.uri(P + "progressUrl"));
      default:
        throw new IllegalArgumentException(
            P + "style: must be adapter or plain-arrays, was '" + style + "'");
    }
  }
}
