package vn.connector.testkit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.SignatureSpi;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.security.CertificateValidator;
import vn.connector.core.security.ReplayStore;
import vn.connector.core.security.SigningIdentity;
import vn.connector.core.security.WsSecurityProfile;

/** Who may sign, and for which request: the trust rules of WS-Security beyond the signature. */
class WsSecurityTrustTest {

  static final String XROAD = "xmlns:xroad=\"http://x-road.eu/xsd/xroad.xsd\"";
  static final String IDS = "xmlns:id=\"http://x-road.eu/xsd/identifiers\"";
  static final String FIELDS =
      "<xroad:client "
          + IDS
          + " id:objectType=\"SUBSYSTEM\"><id:xRoadInstance>VN</id:xRoadInstance>"
          + "<id:memberClass>GOV</id:memberClass><id:memberCode>H22</id:memberCode>"
          + "<id:subsystemCode>DVC</id:subsystemCode></xroad:client>"
          + "<xroad:userId>CB-0042</xroad:userId>"
          + "<xroad:id>7a1e7a1e</xroad:id>"
          + "<xroad:protocolVersion>4.0</xroad:protocolVersion>";

  static TestPki pki;
  static SigningIdentity otherProvince;
  static WsSecurityProfile portal;
  static WsSecurityProfile national;

  @BeforeAll
  static void pki() {
    pki = TestPki.generate();
    otherProvince = pki.ca().issue(TestCa.Profile.signing("So TTTT Tinh Khac"));
    portal = profile(pki.agency(), List.of(pki.national()), ReplayStore.inMemory());
    national = profile(pki.national(), List.of(pki.agency()), ReplayStore.inMemory());
  }

  static WsSecurityProfile profile(
      SigningIdentity identity, List<SigningIdentity> peers, ReplayStore replays) {
    return WsSecurityProfile.builder()
        .identity(identity)
        .certificateValidator(
            CertificateValidator.builder().trustAnchors(List.of(pki.rootCertificate())).build())
        .peerCertificates(peers.stream().map(SigningIdentity::certificate).toList())
        .replayStore(replays)
        .build();
  }

  static String envelope(String header, String body) {
    return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\" "
        + XROAD
        + "><soap:Header>"
        + header
        + "</soap:Header><soap:Body>"
        + body
        + "</soap:Body></soap:Envelope>";
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] request() {
    return portal.sign(bytes(envelope(FIELDS, "<c:XacThuc xmlns:c=\"urn:c06\"/>")));
  }

  static byte[] answer(String header) {
    return national.sign(
        bytes(
            envelope(
                header,
                "<c:KetQuaXacThuc xmlns:c=\"urn:c06\"><c:TonTai>true</c:TonTai></c:KetQuaXacThuc>")));
  }

  @Test
  void refusesAnswerSignedByAnotherAgencyOfTheSameCa() {
    byte[] request = request();
    byte[] forged =
        profile(otherProvince, List.of(pki.agency()), ReplayStore.inMemory())
            .sign(
                bytes(
                    envelope(
                        FIELDS,
                        "<c:KetQuaXacThuc xmlns:c=\"urn:c06\"><c:TonTai>true</c:TonTai></c:KetQuaXacThuc>")));

    assertThat(portal.verifyResponse(answer(FIELDS), request).valid()).isTrue();
    assertThat(portal.verifyResponse(forged, request).failedRule())
        .isEqualTo("signer is not a configured peer certificate");
  }

  @Test
  void refusesThisSidesOwnCertificateEvenWhenListedAsPeer() {
    WsSecurityProfile careless =
        profile(pki.agency(), List.of(pki.national(), pki.agency()), ReplayStore.inMemory());
    byte[] request = request();
    byte[] reflected = careless.sign(bytes(envelope(FIELDS, "<c:KetQua xmlns:c=\"urn:c06\"/>")));

    assertThat(careless.verifyResponse(reflected, request).failedRule())
        .isEqualTo("signer is this side's own certificate");
  }

  @Test
  void refusesToBuildWithoutPeerCertificates(@TempDir Path dir) {
    assertThatThrownBy(
            () ->
                WsSecurityProfile.builder()
                    .identity(pki.agency())
                    .certificateValidator(
                        CertificateValidator.builder()
                            .trustAnchors(List.of(pki.rootCertificate()))
                            .build())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("peerCertificates are required");
    pki.writeTo(dir);
    Map<String, String> keys = new java.util.HashMap<>(TestPki.configKeys(dir));
    keys.remove("security.peerCertificates");
    assertThatThrownBy(() -> WsSecurityProfile.builder(ConnectorConfig.of(keys)))
        .hasMessageContaining("security.peerCertificates");
  }

  @Test
  void providerRefusesARequestSignatureSeenBefore() {
    byte[] request = request();
    assertThat(national.verify(request).valid()).isTrue();
    assertThat(national.verify(request).failedRule()).isEqualTo("signature replayed");
  }

  @Test
  void nodesSharingAJdbcStoreRefuseAReplaySentToAnotherNodeOrAfterARestart() {
    JdbcDataSource db = new JdbcDataSource();
    db.setURL("jdbc:h2:mem:wss-replay;DB_CLOSE_DELAY=-1");
    WsSecurityProfile nodeA =
        profile(pki.national(), List.of(pki.agency()), ReplayStore.jdbc(db, true));
    WsSecurityProfile nodeB =
        profile(pki.national(), List.of(pki.agency()), ReplayStore.jdbc(db, true));
    WsSecurityProfile alone =
        profile(pki.national(), List.of(pki.agency()), ReplayStore.inMemory());
    byte[] request = request();

    assertThat(nodeA.verify(request).valid()).isTrue();
    assertThat(nodeB.verify(request).failedRule()).isEqualTo("signature replayed");
    WsSecurityProfile restarted =
        profile(pki.national(), List.of(pki.agency()), ReplayStore.jdbc(db, false));
    assertThat(restarted.verify(request).failedRule()).isEqualTo("signature replayed");
    // Why the shared store exists: a node with its own memory does not know the request.
    assertThat(alone.verify(request).valid()).isTrue();
  }

  @Test
  void answerMustEchoEveryXroadHeaderFieldInOrderWithTheSameValues() {
    byte[] request = request();
    String changedUser = FIELDS.replace("CB-0042", "CB-9999");
    String withoutVersion =
        FIELDS.replace("<xroad:protocolVersion>4.0</xroad:protocolVersion>", "");
    String reordered =
        "<xroad:userId>CB-0042</xroad:userId>"
            + FIELDS.replace("<xroad:userId>CB-0042</xroad:userId>", "");
    String otherMember = FIELDS.replace(">H22<", ">H56<");

    assertThat(portal.verifyResponse(answer(FIELDS), request).valid()).isTrue();
    for (String header : List.of(changedUser, withoutVersion, reordered, otherMember)) {
      assertThat(portal.verifyResponse(answer(header), request).failedRule())
          .as(header)
          .isEqualTo("xroad header fields not echoed as sent");
    }
    assertThat(
            portal
                .verifyResponse(answer(FIELDS.replace("7a1e7a1e", "0ther1d")), request)
                .failedRule())
        .isEqualTo("xroad:id does not match the request");
  }

  @Test
  void requestHashWhenPresentMustBeTheHashOfTheRequestAsSent() throws Exception {
    byte[] request = request();
    String sha512 = "http://www.w3.org/2001/04/xmlenc#sha512";
    String good = requestHash(sha512, MessageDigest.getInstance("SHA-512").digest(request));
    String bad = requestHash(sha512, MessageDigest.getInstance("SHA-512").digest(request()));
    String unknown = requestHash("urn:md5", MessageDigest.getInstance("SHA-512").digest(request));

    assertThat(portal.verifyResponse(answer(FIELDS + good), request).valid()).isTrue();
    assertThat(portal.verifyResponse(answer(FIELDS + bad), request).failedRule())
        .isEqualTo("xroad:requestHash does not match the request");
    assertThat(portal.verifyResponse(answer(FIELDS + unknown), request).failedRule())
        .isEqualTo("xroad:requestHash algorithm not supported");
  }

  static String requestHash(String algorithm, byte[] digest) {
    return "<xroad:requestHash algorithmId=\""
        + algorithm
        + "\">"
        + Base64.getEncoder().encodeToString(digest)
        + "</xroad:requestHash>";
  }

  @Test
  void duplicateIdIsNamedWithoutTheAttackersLineBreak() {
    String signed = new String(answer(FIELDS), StandardCharsets.UTF_8);
    String twice =
        "<a:X xmlns:a=\"urn:a\" Id=\"x&#10;2026-12-01 INFO forged\"/>"
            + "<a:Y xmlns:a=\"urn:a\" Id=\"x&#10;2026-12-01 INFO forged\"/>";
    String hostile = signed.replace("<xroad:userId>", twice + "<xroad:userId>");

    String rule = portal.verifyResponse(bytes(hostile), request()).failedRule();
    assertThat(rule).startsWith("duplicate id").doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void ecdsaIsCheckedByBouncyCastleWhateverProviderTheApplicationPutsFirst() {
    String signed = new String(answer(FIELDS), StandardCharsets.UTF_8);
    // r = s = 0, the "psychic signature" that SunEC before JDK 17.0.3 accepted for any message.
    String zeros =
        signed.replaceAll(
            "(<(\\w+:)?SignatureValue[^>]*>)[^<]*(<)",
            "$1" + Base64.getEncoder().encodeToString(new byte[64]) + "$3");
    Provider psychic = new PsychicProvider();
    Security.insertProviderAt(psychic, 1);
    try {
      assertThat(portal.verifyResponse(bytes(zeros), request()).valid()).isFalse();
    } finally {
      Security.removeProvider(psychic.getName());
    }
    assertThat(portal.verifyResponse(bytes(signed), request()).valid()).isTrue();
  }

  /** A provider whose ECDSA accepts everything, as a broken SunEC did. */
  static final class PsychicProvider extends Provider {
    private static final long serialVersionUID = 1L;

    PsychicProvider() {
      super("PsychicTest", "1.0", "accepts every ECDSA signature (test only)");
      put("Signature.SHA256withECDSA", AcceptAll.class.getName());
    }
  }

  /** Instantiated by JCA through reflection, hence public. */
  public static final class AcceptAll extends SignatureSpi {
    public AcceptAll() {}

    @Override
    protected void engineInitVerify(PublicKey publicKey) {}

    @Override
    protected void engineInitSign(PrivateKey privateKey) {}

    @Override
    protected void engineUpdate(byte b) {}

    @Override
    protected void engineUpdate(byte[] b, int off, int len) {}

    @Override
    protected byte[] engineSign() {
      return new byte[64];
    }

    @Override
    protected boolean engineVerify(byte[] sigBytes) {
      return true;
    }

    @Override
    @Deprecated
    protected void engineSetParameter(String param, Object value) {}

    @Override
    @Deprecated
    protected Object engineGetParameter(String param) {
      return null;
    }
  }
}
