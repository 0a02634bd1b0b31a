package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.connector.population.Fixtures.CONTEXT;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.connector.core.AuditEvent;
import vn.connector.core.Auth;
import vn.connector.core.BirthDate;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.Gender;
import vn.connector.core.Secret;
import vn.connector.core.ServiceException;
import vn.connector.core.SignatureException;
import vn.connector.core.TlsSettings;
import vn.connector.core.TransportException;
import vn.connector.core.security.EvidenceRecord;
import vn.connector.population.model.CitizenQuery;
import vn.connector.population.model.Verification;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.population.Credentials;
import vn.connector.testkit.population.PopulationSimulator;
import vn.connector.testkit.population.PopulationSimulatorExtension;
import vn.connector.testkit.population.RecordingAuditListener;
import vn.connector.testkit.population.SecuredSimulator;
import vn.connector.testkit.security.SecuredProfile;
import vn.connector.testkit.security.SecurityFault;
import vn.connector.testkit.security.TestPki;

/**
 * The secured profile end to end: mutual TLS with the test CA, signed requests, verified answers.
 */
@ExtendWith(PopulationSimulatorExtension.class)
@SecuredSimulator(mutualTls = true)
class SecuredPopulationTest {

  private static final CitizenQuery AN =
      CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE);
  private static final Pattern XROAD_ID = Pattern.compile("id[^>]*>([^<]+)</[\\w]*:?id>");
  private static final Pattern SIGNATURE_VALUE = Pattern.compile("SignatureValue[^>]*>([^<]+)<");

  @Test
  void verifiesAndLooksUpOverMutualTlsWithSignedMessages(
      PopulationClient client, PopulationSimulator simulator) {
    assertThat(simulator.baseUrl().getScheme()).isEqualTo("https");
    assertThat(simulator.requiresClientCertificate()).isTrue();

    assertThat(client.verify(CONTEXT, AN).matched()).isTrue();
    assertThat(client.lookup(CONTEXT, AN))
        .hasValueSatisfying(c -> assertThat(c.name().full()).isEqualTo("Nguyễn Văn An"));

    for (LoggedRequest r : Fixtures.requests(simulator)) {
      assertThat(r.getBodyAsString())
          .contains("BinarySecurityToken", "SignatureValue", Fixtures.maYeuCau(r));
    }
  }

  @ParameterizedTest
  @CsvSource({
    "BAD_SIGNATURE, signature invalid",
    "WRONG_KEY, signature invalid",
    "REPLAYED_RESPONSE, xroad:id does not match the request",
    "STALE_CREATED, timestamp created too old",
    "BODY_CHANGED_AFTER_SIGNING, digest mismatch",
    "WRAPPED_SOAP_BODY, exactly one Body required",
    "OTHER_AGENCY_SIGNER, signer is not a configured peer certificate"
  })
  void refusesTamperedSoapAnswerAndReturnsNothing(
      SecurityFault fault,
      String rule,
      PopulationClient client,
      PopulationSimulator simulator,
      RecordingAuditListener audit) {
    assertThat(client.verify(CONTEXT, AN).matched()).isTrue();
    simulator.nextSecurityFaults(fault);

    assertThatThrownBy(() -> client.lookup(CONTEXT, AN))
        .isInstanceOfSatisfying(
            SignatureException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    assertThat(audit.events())
        .last()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.SIGNATURE_INVALID));
  }

  @ParameterizedTest
  @CsvSource({
    "BAD_SIGNATURE, signature invalid",
    "WRONG_KEY, signature invalid",
    "REPLAYED_RESPONSE, x-request-id does not match the request",
    "STALE_CREATED, created too old",
    "BODY_CHANGED_AFTER_SIGNING, content-digest mismatch",
    "OTHER_AGENCY_SIGNER, untrusted keyid"
  })
  void refusesTamperedJsonAnswerAndReturnsNothing(
      SecurityFault fault, String rule, PopulationSimulator simulator) {
    RecordingAuditListener audit = new RecordingAuditListener();
    try (PopulationClient client =
        simulator
            .clientBuilder(PopulationProfile.LGSP_JSON)
            .auditListener(audit)
            .sleeper(new RecordingSleeper())
            .build()) {
      assertThat(client.verify(CONTEXT, AN).matched()).isTrue();
      simulator.nextSecurityFaults(fault);

      assertThatThrownBy(() -> client.verify(CONTEXT, AN))
          .isInstanceOfSatisfying(
              SignatureException.class, e -> assertThat(e.rule()).isEqualTo(rule));
      assertThat(audit.events())
          .last()
          .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.SIGNATURE_INVALID));
    }
  }

  @Test
  void verificationSignedByAnotherProvincesPortalIsNoMatchButARefusal(
      PopulationClient client, PopulationSimulator simulator, RecordingAuditListener audit) {
    simulator.nextSecurityFaults(SecurityFault.OTHER_AGENCY_SIGNER);

    assertThatThrownBy(() -> client.verify(CONTEXT, AN))
        .isInstanceOfSatisfying(
            SignatureException.class,
            e -> assertThat(e.rule()).isEqualTo("signer is not a configured peer certificate"));
    assertThat(audit.events())
        .last()
        .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.SIGNATURE_INVALID));
  }

  @Test
  void lgspSoapAndJsonWorkSecuredWithAnUnsignedTokenEndpoint(PopulationSimulator simulator) {
    for (PopulationProfile profile :
        List.of(PopulationProfile.LGSP_SOAP, PopulationProfile.LGSP_JSON)) {
      try (PopulationClient client =
          simulator.clientBuilder(profile).sleeper(new RecordingSleeper()).build()) {
        assertThat(client.verify(CONTEXT, AN).matched()).as(profile.name()).isTrue();
      }
    }
  }

  @Test
  void simulatorRefusesUnsignedRequest(PopulationSimulator simulator) {
    TestPki pki = simulator.pki().orElseThrow();
    try (PopulationClient unsigned = plainDirectClient(simulator, tls(pki, true)).build()) {
      assertThatThrownBy(() -> unsigned.verify(CONTEXT, AN))
          .isInstanceOfSatisfying(
              ServiceException.class, e -> assertThat(e.httpStatus()).hasValue(401));
    }
    assertThat(simulator.wireMock().getAllServeEvents())
        .first()
        .satisfies(
            e ->
                assertThat(e.getResponse().getHeaders().getHeader("X-Signature-Error").isPresent())
                    .isTrue());
  }

  @Test
  void clientWithoutCertificateIsRefusedAtTls(PopulationSimulator simulator) {
    TestPki pki = simulator.pki().orElseThrow();
    try (PopulationClient anonymous =
        plainDirectClient(simulator, tls(pki, false))
            .securedProfile(SecuredProfile.portalSoapProfile(pki))
            .build()) {
      assertThatThrownBy(() -> anonymous.verify(CONTEXT, AN))
          .isInstanceOf(TransportException.class);
    }
    assertThat(simulator.wireMock().getAllServeEvents()).isEmpty();
  }

  @Test
  void retryAfterServiceUnavailableIsSignedAfreshWithTheSameRequestIds(
      PopulationClient client, PopulationSimulator simulator, RecordingSleeper sleeper) {
    simulator.faults().next(SimulatorFault.serviceUnavailable(Duration.ofSeconds(2)));

    assertThat(client.verify(CONTEXT, AN).matched()).isTrue();

    List<LoggedRequest> sent = Fixtures.requests(simulator);
    assertThat(sent).hasSize(2);
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
    assertThat(Fixtures.maYeuCau(sent.get(1))).isEqualTo(Fixtures.maYeuCau(sent.get(0)));
    assertThat(group(XROAD_ID, sent.get(1)))
        .isEqualTo(group(XROAD_ID, sent.get(0)))
        .isEqualTo(Fixtures.maYeuCau(sent.get(0)));
    assertThat(group(SIGNATURE_VALUE, sent.get(1)))
        .isNotEqualTo(group(SIGNATURE_VALUE, sent.get(0)));
  }

  @Test
  void evidenceRecordsDigestsSignaturesAndOutcome(PopulationSimulator simulator) throws Exception {
    List<EvidenceRecord> evidence = new CopyOnWriteArrayList<>();
    try (PopulationClient client =
        simulator
            .clientBuilder(PopulationProfile.DIRECT)
            .evidenceListener(evidence::add)
            .sleeper(new RecordingSleeper())
            .build()) {
      Verification v = client.verify(CONTEXT, AN);
      simulator.nextSecurityFaults(SecurityFault.BAD_SIGNATURE);
      assertThatThrownBy(() -> client.verify(CONTEXT, AN)).isInstanceOf(SignatureException.class);
      assertThat(v.matched()).isTrue();
    }

    LoggedRequest first = Fixtures.requests(simulator).get(0);
    assertThat(evidence).hasSize(2);
    EvidenceRecord passed = evidence.get(0);
    assertThat(passed.requestId()).isEqualTo(Fixtures.maYeuCau(first));
    assertThat(passed.system()).isEqualTo("population");
    assertThat(passed.operation()).isEqualTo("XacThucThongTinCongDan");
    // Keyed with the deployment's evidence key: a plain SHA-256 of so small a body gives it back.
    assertThat(passed.requestDigest())
        .isEqualTo(
            EvidenceRecord.digestOf(
                first.getBody(), SecuredProfile.evidenceKey(simulator.pki().orElseThrow())))
        .isNotEqualTo(sha256(first.getBody()));
    assertThat(passed.responseDigest()).isNotBlank();
    assertThat(passed.status()).isEqualTo(200);
    assertThat(passed.requestSignature())
        .isEqualTo(group(SIGNATURE_VALUE, first).replaceAll("&#13;|\\s", ""));
    assertThat(passed.responseSignature()).isNotBlank();
    assertThat(passed.verification().valid()).isTrue();
    assertThat(evidence.get(1).verification().valid()).isFalse();
    assertThat(evidence.get(1).verification().failedRule()).isNotBlank();
    assertThat(evidence.toString()).doesNotContain("001090012345", "Nguyễn");
  }

  @Test
  void configurationTurnsTheSecuredProfileOnFromFiles(
      PopulationSimulator simulator, @TempDir Path dir) {
    TestPki pki = simulator.pki().orElseThrow();
    pki.writeTo(dir);
    Map<String, String> keys = new HashMap<>(simulator.directConfigKeys());
    keys.putAll(TestPki.configKeys(dir));
    keys.put("population.secured", "true");
    ConnectorConfig config = ConnectorConfig.of(keys);

    try (PopulationClient client =
        PopulationClient.builder().configure(config).sleeper(new RecordingSleeper()).build()) {
      assertThat(client.verify(CONTEXT, AN).matched()).isTrue();
    }
    assertThat(Fixtures.requests(simulator))
        .singleElement()
        .satisfies(r -> assertThat(r.getBodyAsString()).contains("BinarySecurityToken"));
  }

  @Test
  void buildRefusesAProfileOfTheWrongKind(PopulationSimulator simulator) {
    TestPki pki = simulator.pki().orElseThrow();

    assertThatThrownBy(
            () ->
                simulator
                    .clientBuilder(PopulationProfile.LGSP_JSON)
                    .securedProfile(SecuredProfile.portalSoapProfile(pki))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("HttpSignatureProfile");
    assertThatThrownBy(
            () ->
                simulator
                    .clientBuilder(PopulationProfile.DIRECT)
                    .securedProfile(SecuredProfile.portalRestProfile(pki))
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("WsSecurityProfile");
  }

  private static PopulationClientBuilder plainDirectClient(
      PopulationSimulator simulator, TlsSettings tls) {
    Credentials c = simulator.credentials();
    return PopulationClient.builder()
        .profile(PopulationProfile.DIRECT)
        .endpoint(simulator.directEndpoint())
        .auth(
            Auth.c06SignedBasic(
                c.user(), Secret.of(c.secret()), Secret.of(c.apiKey()), c.xRoadClient(), null))
        .serviceCode("VPCP")
        .integrationCode("037")
        .tls(tls)
        .sleeper(new RecordingSleeper());
  }

  private static TlsSettings tls(TestPki pki, boolean clientCertificate) {
    TlsSettings.Builder tls = TlsSettings.builder().trustAnchors(List.of(pki.rootCertificate()));
    if (clientCertificate) {
      tls.clientCertificate(pki.agency().privateKey(), pki.agency().chain());
    }
    return tls.build();
  }

  private static String group(Pattern pattern, LoggedRequest request) {
    Matcher m = pattern.matcher(request.getBodyAsString());
    return m.find() ? m.group(1) : null;
  }

  private static String sha256(byte[] body) throws Exception {
    return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));
  }
}
