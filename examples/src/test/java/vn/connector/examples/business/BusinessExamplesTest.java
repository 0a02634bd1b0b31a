package vn.connector.examples.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.testkit.business.BusinessRegistrySimulator;

class BusinessExamplesTest {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

  @Test
  void lookupPrintsThePrefilledForm() {
    LookupEnterprise.run(new String[] {"0100109106"}, null, out);

    assertThat(output())
        .contains("enterprise.code", "0100109106")
        .contains("enterprise.name", "Tổng Công ty Viễn thông Thử nghiệm Hà Nội")
        .contains("enterprise.representative", "Nguyễn Văn An");
  }

  @Test
  void lookupSaysSoWhenTheRegistryHasNoSuchEnterprise() {
    LookupEnterprise.run(new String[] {BusinessRegistrySimulator.NOT_REGISTERED}, null, out);

    assertThat(output()).contains("No enterprise with code 0102223333");
  }

  @Test
  void searchPrintsEveryHitAcrossPages() {
    SearchEnterprises.run(new String[] {"Phần", "mềm"}, null, out);

    assertThat(output())
        .contains("Công ty Cổ phần Phần mềm Sông Hồng")
        .contains("8 enterprise(s) match");
  }

  @Test
  void readsConnectionFromConnectorConfigFile(@TempDir Path dir) throws Exception {
    try (BusinessRegistrySimulator gateway = BusinessRegistrySimulator.start()) {
      Path config = dir.resolve("connector.properties");
      StringBuilder properties = new StringBuilder("business.profile=LGSP_ADAPTER\n");
      gateway
          .connectionInfo()
          .forEach((k, v) -> properties.append(k).append('=').append(v).append('\n'));
      properties.append("business.endpoint=").append(gateway.adapterUrl()).append('\n');
      Files.writeString(config, properties, StandardCharsets.UTF_8);

      LookupEnterprise.run(new String[] {"0100111257"}, config.toString(), out);

      assertThat(output()).contains("Công ty Cổ phần Phần mềm Sông Hồng");
      assertThat(gateway.apiCallCount()).isEqualTo(1);
    }
  }

  private String output() {
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
