package vn.connector.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import vn.connector.core.internal.Json;

class JsonTest {

  @Test
  void aTreeIsWrittenByteForByteAsTheMapperWritesIt() throws Exception {
    ObjectNode n = Json.mapper().createObjectNode();
    n.put("ten", "Nguyễn Văn \"An\"\\ \u0001\t/ </script> \uD83D\uDE00");
    n.put("soTien", 50_000).put("lon", 9_007_199_254_740_993L).put("ngan", (short) 7);
    n.put("thapPhan", new BigDecimal("1.50")).put("nhoPhay", 0.1).put("f", 2.5f);
    n.put("lonNua", new BigInteger("123456789012345678901234567890"));
    n.put("co", true).putNull("rong").put("nhiPhan", new byte[] {1, 2, 3});
    n.putObject("trong").putArray("ds").add(1).add("x").addNull().addObject().put("k", false);
    n.putArray("rongMang");
    n.putPOJO("pojo", java.util.Map.of("a", 1));

    assertThat(new String(Json.write(n), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(
            new String(
                Json.mapper().writeValueAsBytes(n), java.nio.charset.StandardCharsets.UTF_8));
    assertThat(Json.write(Json.mapper().createArrayNode().add("a")))
        .isEqualTo(Json.mapper().writeValueAsBytes(Json.mapper().createArrayNode().add("a")));
  }
}
