package vn.connector.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.security.Key;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import vn.connector.core.Secret;

class SecretHygieneTest {

  static final byte[] SECRET = new byte[32];

  static {
    Arrays.fill(SECRET, (byte) 0x5a);
  }

  @Test
  void trustedSharedSecretEntryPrintsNoHashOfTheSecret() {
    TrustedKeys keys = TrustedKeys.builder().sharedSecret("shared", SECRET).build();
    String printed = keys.find("shared").orElseThrow().toString();
    int specHash = new SecretKeySpec(SECRET, "HmacSHA256").hashCode();

    assertThat(printed)
        .isEqualTo("Entry[shared, hmac-sha256]")
        .doesNotContain(Integer.toHexString(specHash))
        .doesNotContain(Integer.toString(specHash));
  }

  @Test
  void noPublicAccessorOfATrustedEntryHandsTheSecretOut() throws Exception {
    TrustedKeys.Entry entry =
        TrustedKeys.builder()
            .sharedSecret("shared", Secret.of(Base64.getEncoder().encodeToString(SECRET)))
            .build()
            .find("shared")
            .orElseThrow();
    for (Method method : entry.getClass().getMethods()) {
      if (method.getParameterCount() != 0
          || Modifier.isStatic(method.getModifiers())
          || method.getDeclaringClass() == Object.class) {
        continue;
      }
      Object result = method.invoke(entry);
      Object unwrapped = result instanceof Optional<?> o ? o.orElse(null) : result;
      assertThat(unwrapped instanceof Key).as(method.getName()).isFalse();
      if (unwrapped instanceof byte[] bytes) {
        assertThat(bytes).as(method.getName()).isNotEqualTo(SECRET);
      }
    }
  }

  @Test
  void sharedSecretStillVerifiesItsOwnSignatures() {
    byte[] data = "data".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] signature = Signer.hmacSha256(SECRET, "shared").sign(data);
    TrustedKeys.Entry entry =
        TrustedKeys.builder().sharedSecret("shared", SECRET).build().find("shared").orElseThrow();

    assertThat(entry.verifies(data, signature, null)).isTrue();
    signature[0] ^= 1;
    assertThat(entry.verifies(data, signature, null)).isFalse();
    assertThat(Signer.hmacSha256(SECRET, "shared").toString()).doesNotContain("5a");
  }
}
