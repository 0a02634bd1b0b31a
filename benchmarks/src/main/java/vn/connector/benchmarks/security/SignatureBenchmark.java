package vn.connector.benchmarks.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Security;
import java.security.spec.ECGenParameterSpec;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.connector.core.security.HttpSignatureProfile;
import vn.connector.core.security.MessageParts;
import vn.connector.core.security.SignatureAlgorithm;
import vn.connector.core.security.SignatureVerification;
import vn.connector.core.security.Signer;
import vn.connector.core.security.TrustedKeys;

/**
 * Cost per request of the RFC 9421 profile: {@code sign} is digest + signature base + signature of
 * a request, {@code verify} is the full verification of a signed response (digest, parameters,
 * base, signature), per algorithm and provider (JDK or BouncyCastle).
 *
 * <pre>
 * java -cp benchmarks/target/classes:$(cat cp.txt) org.openjdk.jmh.Main SignatureBenchmark -f 1 -wi 2 -i 3 -w 1s -r 1s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SignatureBenchmark {

  private static final URI TARGET =
      URI.create("https://lgsp.example.gov.vn/c06/api/v1/citizens/verify");
  private static final byte[] BODY =
      ("{\"soDinhDanh\":\"001090012345\",\"hoTen\":\"Nguyễn Văn An\","
              + "\"ngaySinh\":\"19900115\",\"gioiTinh\":\"1\"}")
          .getBytes(StandardCharsets.UTF_8);

  @Param({"ECDSA_P256_SHA256", "ED25519", "RSA_PSS_SHA512"})
  public SignatureAlgorithm algorithm;

  @Param({"JDK", "BC"})
  public String provider;

  private HttpSignatureProfile profile;
  private MessageParts request;
  private MessageParts signedResponse;

  @Setup
  public void setUp() throws Exception {
    Provider jca = provider.equals("BC") ? new BouncyCastleProvider() : jdkProvider(algorithm);
    KeyPair keys = keyPair(algorithm, jca);
    profile =
        HttpSignatureProfile.builder()
            .signer(Signer.of(keys.getPrivate(), algorithm, "bench", jca))
            .trustedKeys(
                TrustedKeys.builder().publicKey("bench", keys.getPublic(), algorithm).build())
            .verificationProvider(jca)
            .build();
    request =
        MessageParts.request(
            "POST",
            TARGET,
            Map.of(
                "Content-Type",
                "application/json",
                "X-Request-Id",
                "6f1c1f9e-2f0e-4e43-9a57-5bd0c1b4b7a1"),
            BODY);
    MessageParts response =
        MessageParts.response(
            200,
            Map.of(
                "Content-Type",
                "application/json",
                "X-Request-Id",
                "6f1c1f9e-2f0e-4e43-9a57-5bd0c1b4b7a1"),
            BODY);
    signedResponse = response.withHeaders(profile.signResponse(response));
    if (!profile.verifyResponse(signedResponse, "6f1c1f9e-2f0e-4e43-9a57-5bd0c1b4b7a1").valid()) {
      throw new IllegalStateException("benchmark set-up does not verify");
    }
  }

  @Benchmark
  public Map<String, String> sign() {
    return profile.signRequest(request);
  }

  @Benchmark
  public SignatureVerification verify() {
    return profile.verifyResponse(signedResponse, "6f1c1f9e-2f0e-4e43-9a57-5bd0c1b4b7a1");
  }

  private static Provider jdkProvider(SignatureAlgorithm algorithm) {
    return Security.getProvider(
        algorithm == SignatureAlgorithm.RSA_PSS_SHA512 ? "SunRsaSign" : "SunEC");
  }

  private static KeyPair keyPair(SignatureAlgorithm algorithm, Provider provider) throws Exception {
    switch (algorithm) {
      case ED25519:
        return KeyPairGenerator.getInstance("Ed25519", provider).generateKeyPair();
      case RSA_PSS_SHA512:
        {
          KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", provider);
          generator.initialize(2048);
          return generator.generateKeyPair();
        }
      default:
        {
          KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider);
          generator.initialize(new ECGenParameterSpec("secp256r1"));
          return generator.generateKeyPair();
        }
    }
  }
}
