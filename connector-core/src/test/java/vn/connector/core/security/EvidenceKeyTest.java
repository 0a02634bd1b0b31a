package vn.connector.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.connector.core.Secret;

class EvidenceKeyTest {

  static final Secret KEY = Secret.of(Base64.getEncoder().encodeToString(new byte[32]));
  static final Secret OTHER_KEY =
      Secret.of(Base64.getEncoder().encodeToString("another deployment's 32-byte key".getBytes()));

  @Test
  void evidenceDigestsAreKeyedSoASmallBodyCannotBeFoundByTryingEveryId() throws Exception {
    byte[] body = "{\"soDinhDanh\":\"001090012345\"}".getBytes(StandardCharsets.UTF_8);
    String plain =
        Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(body));

    assertThat(EvidenceRecord.digestOf(body, KEY))
        .isNotEqualTo(plain)
        .isNotEqualTo(EvidenceRecord.digestOf(body, OTHER_KEY))
        .isEqualTo(EvidenceRecord.digestOf(body.clone(), KEY))
        .hasSize(44);
  }

  @Test
  void keepingEvidenceWithoutAKeyIsRefusedWhenTheInterceptorIsMade() {
    HttpSignatureProfile unkeyed = new HttpSignatureProfileTest().portal;
    List<EvidenceRecord> records = new ArrayList<>();

    assertThatThrownBy(() -> unkeyed.portalInterceptor(records::add))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("evidenceKey is required");
    assertThat(unkeyed.portalInterceptor()).isNotNull();
    assertThat(unkeyed.portalInterceptor(EvidenceListener.none())).isNotNull();
  }

  @Test
  void refusesAShortOrMalformedEvidenceKey() {
    assertThatThrownBy(() -> EvidenceRecord.digestOf(new byte[0], Secret.of("c2hvcnQ=")))
        .hasMessageStartingWith("evidenceKey: must be at least 32 bytes");
    assertThatThrownBy(() -> EvidenceRecord.digestOf(new byte[0], Secret.of("not base64!")))
        .hasMessageStartingWith("evidenceKey: must be base64");
  }
}
