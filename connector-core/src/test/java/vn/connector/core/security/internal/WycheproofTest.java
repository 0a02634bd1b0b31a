package vn.connector.core.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.connector.core.security.SignatureAlgorithm;

/**
 * Runs the Wycheproof verification vectors (copied from shared/vectors/wycheproof into the test
 * resources) through the SDK's verifiers: every valid case accepted, every invalid case rejected,
 * acceptable ones without a crash.
 */
class WycheproofTest {

  @ParameterizedTest
  @CsvSource({
    "ecdsa_secp256r1_sha256_p1363_test.json, ECDSA_P256_SHA256, EC, default",
    "ed25519_test.json, ED25519, Ed25519, default",
    "rsa_pss_4096_sha512_mgf1_64_test.json, RSA_PSS_SHA512, RSA, default",
    "ecdsa_secp256r1_sha256_p1363_test.json, ECDSA_P256_SHA256, EC, BC",
    "ed25519_test.json, ED25519, Ed25519, BC",
    "rsa_pss_4096_sha512_mgf1_64_test.json, RSA_PSS_SHA512, RSA, BC",
    "ed25519_test.json, ED25519, Ed25519, SunEC",
    "rsa_pss_4096_sha512_mgf1_64_test.json, RSA_PSS_SHA512, RSA, SunRsaSign"
  })
  void acceptsEveryValidAndRejectsEveryInvalidCase(
      String file, SignatureAlgorithm algorithm, String keyType, String providerName)
      throws Exception {
    // SunEC is left out for ECDSA: in JDK 17 it rejects valid cases 115 and 257 (see Providers).
    Provider provider =
        providerName.equals("default")
            ? null
            : providerName.equals("BC")
                ? Providers.bouncyCastle()
                : Security.getProvider(providerName);
    JsonNode root;
    try (var in = WycheproofTest.class.getResourceAsStream("/wycheproof/" + file)) {
      root =
          new ObjectMapper()
              .readTree(java.util.Objects.requireNonNull(in, "test resource /wycheproof/" + file));
    }
    List<String> wrong = new ArrayList<>();
    int cases = 0;
    for (JsonNode group : root.get("testGroups")) {
      PublicKey key =
          KeyFactory.getInstance(keyType)
              .generatePublic(
                  new X509EncodedKeySpec(
                      HexFormat.of().parseHex(group.get("publicKeyDer").asText())));
      for (JsonNode test : group.get("tests")) {
        cases++;
        boolean accepted =
            Primitives.verify(
                algorithm,
                key,
                provider,
                HexFormat.of().parseHex(test.get("msg").asText()),
                HexFormat.of().parseHex(test.get("sig").asText()));
        String result = test.get("result").asText();
        if (result.equals("valid") != accepted && !result.equals("acceptable")) {
          wrong.add(
              test.get("tcId").asText()
                  + " ("
                  + result
                  + ", "
                  + test.get("comment").asText()
                  + ")");
        }
      }
    }
    assertThat(cases).isEqualTo(root.get("numberOfTests").asInt());
    assertThat(wrong).as("cases decided wrongly in " + file).isEmpty();
  }
}
