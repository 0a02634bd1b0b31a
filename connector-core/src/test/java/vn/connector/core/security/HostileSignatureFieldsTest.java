package vn.connector.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Attacks on the verifier itself: oversized fields, odd URIs, text meant for the logs. */
class HostileSignatureFieldsTest {

  final HttpSignatureProfileTest fixture = new HttpSignatureProfileTest();
  final HttpSignatureProfile national = fixture.national;

  static String params(long created) {
    return ";created="
        + created
        + ";expires="
        + (created + 300)
        + ";nonce=\"bm9uY2Vub25jZW5vbmNl\";keyid=\"portal\";alg=\"ecdsa-p256-sha256\"";
  }

  MessageParts requestWith(URI uri, String signatureInput) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Request-Id", "r-1");
    headers.put("Signature-Input", signatureInput);
    headers.put("Signature", "sig1=:" + "A".repeat(86) + "==:");
    return MessageParts.request("GET", uri, headers, new byte[0]);
  }

  long now() {
    return fixture.clock.instant().getEpochSecond();
  }

  @Test
  void refusesAFourMegabyteSignatureInputBeforeParsingIt() {
    String huge = "sig1=(" + "\"x-request-id\" ".repeat(4 * 1024 * 1024 / 15) + ")" + params(now());
    // A hang guard, not a speed target: the old parser needed 105 s for this field.
    SignatureVerification v =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> national.verifyRequest(requestWith(HttpSignatureProfileTest.URI_, huge)));
    assertThat(v.failedRule()).isEqualTo("signature header too long");
  }

  @Test
  void refusesAuthorityOfAUriWithoutHostWithARuleNotAnException() {
    URI noHost = URI.create("https://c06_gateway:8443/api");
    assertThat(noHost.getHost()).isNull();
    String input =
        "sig1=(\"@method\" \"@target-uri\" \"x-request-id\" \"@authority\")" + params(now());

    assertThatCode(() -> national.verifyRequest(requestWith(noHost, input)))
        .doesNotThrowAnyException();
    assertThat(national.verifyRequest(requestWith(noHost, input)).failedRule())
        .isEqualTo("component not applicable: @authority has no host");
  }

  @Test
  void doesNotEchoALongAlgorithmNameIntoTheRule() {
    String alg = "x".repeat(5000);
    String input =
        "sig1=(\"@method\" \"@target-uri\" \"x-request-id\");created="
            + now()
            + ";keyid=\"portal\";alg=\""
            + alg
            + "\"";
    String rule =
        national.verifyRequest(requestWith(HttpSignatureProfileTest.URI_, input)).failedRule();

    assertThat(rule).startsWith("alg not allowed: ").hasSizeLessThan(60);
  }

  @Test
  void quotesOddComponentNamesWithoutControlCharacters() {
    String input =
        "sig1=(\"@method\" \"@target-uri\" \"x-request-id\" \"X-Forged\\\\\\\" INFO ok\")"
            + params(now());
    String rule =
        national.verifyRequest(requestWith(HttpSignatureProfileTest.URI_, input)).failedRule();

    assertThat(rule).startsWith("component name not lowercase").doesNotContain("\" INFO");
  }
}
