package vn.connector.core.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import org.junit.jupiter.api.Test;
import vn.connector.core.security.SignatureAlgorithm;

class ProvidersTest {

  private static KeyPair ecKeys() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    return g.generateKeyPair();
  }

  @Test
  void jdkKeysBecomeBouncyCastleKeysOfTheSameValueOnTheNamedCurve() throws Exception {
    KeyPair jdk = ecKeys();

    PrivateKey privateKey = Providers.translated(jdk.getPrivate());
    PublicKey publicKey = Providers.translated(jdk.getPublic());

    assertThat(privateKey.getClass().getName()).startsWith("org.bouncycastle.");
    assertThat(publicKey.getClass().getName()).startsWith("org.bouncycastle.");
    assertThat(((java.security.interfaces.ECPrivateKey) privateKey).getS())
        .isEqualTo(((java.security.interfaces.ECPrivateKey) jdk.getPrivate()).getS());
    assertThat(((java.security.interfaces.ECPublicKey) publicKey).getW())
        .isEqualTo(((java.security.interfaces.ECPublicKey) jdk.getPublic()).getW());
    // still the named curve, not explicit parameters
    assertThat(((java.security.interfaces.ECPrivateKey) privateKey).getParams())
        .isInstanceOf(org.bouncycastle.jce.spec.ECNamedCurveSpec.class);
  }

  @Test
  void aSignatureMadeWithATranslatedKeyVerifiesUnderTheJdksProviderAndBack() throws Exception {
    KeyPair jdk = ecKeys();
    byte[] data = "signature base".getBytes(StandardCharsets.UTF_8);
    JcaSigner signer =
        new JcaSigner(jdk.getPrivate(), SignatureAlgorithm.ECDSA_P256_SHA256, "k", null);

    byte[] raw = signer.sign(data);
    Signature sunEc = Signature.getInstance("SHA256withECDSA", "SunEC");
    sunEc.initVerify(jdk.getPublic());
    sunEc.update(data);

    assertThat(sunEc.verify(EcdsaEncoding.rawToDer(raw))).isTrue();
    assertThat(
            Primitives.verify(
                SignatureAlgorithm.ECDSA_P256_SHA256,
                Providers.translated(jdk.getPublic()),
                Providers.bouncyCastle(),
                data,
                raw))
        .isTrue();
  }

  @Test
  void aKeyThatCannotBeEncodedIsLeftAsItIs() {
    PrivateKey inAToken =
        new PrivateKey() {
          @Override
          public String getAlgorithm() {
            return "EC";
          }

          @Override
          public String getFormat() {
            return null;
          }

          @Override
          public byte[] getEncoded() {
            return null;
          }
        };

    assertThat(Providers.translated(inAToken)).isSameAs(inAToken);
  }
}
