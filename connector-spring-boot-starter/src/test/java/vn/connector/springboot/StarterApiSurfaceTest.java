package vn.connector.springboot;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.connector.testkit.ApiDump;

/**
 * The starter's part of the committed API dump ({@code api/connector-spring-boot-starter.txt}); the
 * testkit's ApiSurfaceTest cannot see this module, which is built after it. After an intended
 * change: {@code mvn verify -Dapi.update=true}, then commit api/.
 */
class StarterApiSurfaceTest {

  @Test
  void publicApiMatchesTheCommittedDump() {
    ApiDump.check(Path.of("target/classes"), Path.of("../api/connector-spring-boot-starter.txt"));
  }
}
