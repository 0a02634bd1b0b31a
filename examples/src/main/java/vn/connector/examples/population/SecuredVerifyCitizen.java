package vn.connector.examples.population;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.DossierCode;
import vn.connector.core.Gender;
import vn.connector.core.Purpose;
import vn.connector.core.SignatureException;
import vn.connector.population.PopulationClient;
import vn.connector.population.model.CitizenQuery;
import vn.connector.population.model.Verification;
import vn.connector.testkit.population.PopulationSimulator;
import vn.connector.testkit.security.SecurityFault;
import vn.connector.testkit.security.TestPki;

/**
 * Verifies citizens with the secured profile on: mutual TLS with the agency's certificate, every
 * request signed with WS-Security, every answer's signature checked before it is read. Against an
 * embedded simulator that requires all of it, with certificates made at build time by the test CA
 * in {@code target/pki} (made here when missing, so it runs from an IDE too); or, with {@code
 * CONNECTOR_CONFIG} set, against the endpoint of that file, which then needs {@code
 * population.secured=true} and the {@code tls.*} and {@code security.*} keys:
 *
 * <pre>
 * population.secured=true
 * tls.trustAnchors=/etc/portal/national-ca.pem          security.trustAnchors=/etc/portal/national-ca.pem
 * tls.clientPkcs12=/etc/portal/agency.p12               security.signingPkcs12=/etc/portal/agency.p12
 * tls.clientPkcs12Password=...                          security.signingPkcs12Password=...
 * </pre>
 */
public final class SecuredVerifyCitizen {

  private record Case(String label, CitizenQuery query) {}

  private static final List<Case> PERSONAS =
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
              "name without its tilde",
              CitizenQuery.of("001090012345", "Nguyên Văn An", BirthDate.of(1990, 1, 15))));

  private SecuredVerifyCitizen() {}

  public static void main(String[] args) {
    Optional<ConnectorConfig> external = ConnectorConfig.fromEnvironment();
    if (external.isPresent()) {
      ConnectorConfig c = external.get();
      try (PopulationClient client = PopulationClient.builder().configure(c).build()) {
        System.out.println("Population, secured profile: verify, against CONNECTOR_CONFIG");
        verifyAll(
            client,
            CallContext.of(
                c.string("example.officerId"),
                c.string("example.unitCode"),
                DossierCode.parse(c.string("example.dossier")),
                Purpose.IDENTITY_VERIFICATION));
      }
      return;
    }
    TestPki pki =
        TestPki.readOrGenerate(Path.of(System.getProperty("connector.pki", "target/pki")));
    try (PopulationSimulator simulator =
            PopulationSimulator.builder().securedProfile(pki).mutualTls(true).build();
        PopulationClient client = PopulationClient.builder().configure(config(simulator)).build()) {
      System.out.println(
          "Population, secured profile (mTLS + WS-Security): verify, against embedded simulator "
              + simulator.baseUrl());
      CallContext context =
          CallContext.of(
              "CB-0042",
              "000.00.01.H56",
              DossierCode.parse("000.00.01.H56-240115-0001"),
              Purpose.IDENTITY_VERIFICATION);
      verifyAll(client, context);
      simulator.nextSecurityFaults(SecurityFault.BODY_CHANGED_AFTER_SIGNING);
      try {
        client.verify(context, PERSONAS.get(0).query());
        System.out.println("tampered answer ACCEPTED: this must never happen");
      } catch (SignatureException e) {
        System.out.println("tampered answer refused / câu trả lời bị sửa bị từ chối: " + e.rule());
      }
    }
  }

  private static void verifyAll(PopulationClient client, CallContext context) {
    for (Case c : PERSONAS) {
      Verification v = client.verify(context, c.query());
      System.out.println(
          String.format(
              "%-24s %s",
              c.label(),
              v.matched()
                  ? "khớp / match"
                  : "không khớp / mismatch: "
                      + String.join(
                          ", ",
                          v.mismatches().stream().map(SecuredVerifyCitizen::reason).toList())));
    }
  }

  private static String reason(String mismatch) {
    return switch (mismatch) {
      case "found" -> "ID not found (không có số định danh)";
      case "nameAndBirthDate" -> "name or birth date differs (họ tên/ngày sinh không khớp)";
      default -> "gender differs (giới tính)";
    };
  }

  /** The keys a portal would put in its CONNECTOR_CONFIG file, pointing at the PKI's files. */
  private static ConnectorConfig config(PopulationSimulator simulator) {
    Path dir = Path.of(System.getProperty("connector.pki", "target/pki"));
    Map<String, String> keys = new HashMap<>(simulator.directConfigKeys());
    keys.putAll(TestPki.configKeys(dir));
    keys.put("population.secured", "true");
    return ConnectorConfig.of(keys);
  }
}
