package vn.connector.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import vn.connector.core.internal.JsonBodyField;

/** The token as a top-level JSON field, spliced into the body's bytes. */
class JsonBodyFieldTest {

  private static final TokenSource.Token TOKEN =
      new TokenSource.Token("tok-\"1\"\\ổ", "Bearer", Instant.MAX);
  private static final String QUOTED = "\"tok-\\\"1\\\"\\\\ổ\"";

  private static String placed(String field, String body) {
    HttpRequest request =
        HttpRequest.post(URI.create("http://127.0.0.1/x")).body(body, "application/json").build();
    return new String(
        TokenPlacement.jsonBodyField(field).place(request, TOKEN).body(), StandardCharsets.UTF_8);
  }

  @Test
  void aFieldThatIsThereHasItsValueReplacedWhereItStands() {
    assertThat(placed("session", "{\"session\":null,\"a\":1}"))
        .isEqualTo("{\"session\":" + QUOTED + ",\"a\":1}");
    assertThat(placed("session", "{\"a\":{\"session\":1},\"session\":\"old\",\"b\":[1,{}]}"))
        .isEqualTo("{\"a\":{\"session\":1},\"session\":" + QUOTED + ",\"b\":[1,{}]}");
    assertThat(placed("session", "{\"b\":2,\"session\":{\"x\":[1,2]}}"))
        .isEqualTo("{\"b\":2,\"session\":" + QUOTED + "}");
  }

  @Test
  void aFieldThatIsNotThereIsAddedLast() {
    assertThat(placed("authKey", "{\"maTinh\":\"24\",\"ds\":[{\"authKey\":0}]}"))
        .isEqualTo("{\"maTinh\":\"24\",\"ds\":[{\"authKey\":0}],\"authKey\":" + QUOTED + "}");
    assertThat(placed("authKey", "{}")).isEqualTo("{\"authKey\":" + QUOTED + "}");
  }

  private static String placedKnown(String field, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    JsonBodyField.Known known = JsonBodyField.knownWithout(field, bytes);
    try {
      return placed(field, body);
    } finally {
      known.close();
    }
  }

  @Test
  void aBodyKnownWithoutTheFieldGetsTheBytesTheScanGave() {
    String[] bodies = {
      "{}",
      "{\"maTinh\":\"24\"}",
      "{\"a\":{\"authKey\":1},\"ds\":[{\"authKey\":0}],\"t\":\"Bắc Giang \\\" }\"}",
      "{\"x\":[1,2,{\"y\":null}],\"e\":\"😀\"}"
    };
    for (String body : bodies) {
      assertThat(placedKnown("authKey", body)).as(body).isEqualTo(placed("authKey", body));
    }
  }

  @Test
  void whatTheWireLayerSaidHoldsForThoseBytesOnItsThreadUntilClosed() throws Exception {
    String lie = "{\"authKey\":null}";
    byte[] bytes = lie.getBytes(StandardCharsets.UTF_8);
    String replaced = "{\"authKey\":" + QUOTED + "}";
    JsonBodyField.Known known = JsonBodyField.knownWithout("authKey", bytes);
    try {
      // Believed without a scan (the field is added a second time): the shortcut is taken.
      assertThat(placed("authKey", lie)).isEqualTo("{\"authKey\":null,\"authKey\":" + QUOTED + "}");
      assertThat(placed("authKey", "{\"authKey\":1}")).isEqualTo(replaced);
      assertThat(placed("session", "{\"authKey\":null,\"session\":1}"))
          .isEqualTo("{\"authKey\":null,\"session\":" + QUOTED + "}");
      assertThat(CompletableFuture.supplyAsync(() -> placed("authKey", lie)).get())
          .isEqualTo(replaced);
    } finally {
      known.close();
    }
    assertThat(placed("authKey", lie)).isEqualTo(replaced);
  }

  @Test
  void onlyTheFirstCopyOfARepeatedFieldIsReplaced() {
    assertThat(placed("k", "{\"k\":1,\"k\":2}")).isEqualTo("{\"k\":" + QUOTED + ",\"k\":2}");
  }

  @Test
  void whatIsNotOneJsonObjectIsRefused() {
    for (String bad : new String[] {"[1]", "\"x\"", "{\"a\":1} {}", "{\"a\":", "not json"}) {
      assertThatThrownBy(() -> placed("k", bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("body: k goes in a JSON object body");
    }
  }
}
