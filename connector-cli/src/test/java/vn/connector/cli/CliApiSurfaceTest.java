package vn.connector.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.connector.testkit.ApiDump;

/**
 * This module's part of the committed API dump ({@code api/connector-cli.txt}); the testkit's
 * ApiSurfaceTest cannot see it, as it is built after the testkit. After an intended change: {@code
 * mvn verify -Dapi.update=true}, then commit api/.
 */
class CliApiSurfaceTest {

  @Test
  void publicApiMatchesTheCommittedDump() {
    ApiDump.check(Path.of("target/classes"), Path.of("../api/connector-cli.txt"));
  }
}
