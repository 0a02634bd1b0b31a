package vn.connector.examples.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NationalPortalExamplesTest {

  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

  @Test
  void pushesThroughTheOutboxWhileThePortalIsDownThenDeliversInOrder() throws Exception {
    PushDossierThroughOutbox.run(out);

    String text = buffer.toString(StandardCharsets.UTF_8);
    assertThat(text).contains("pending national-portal: 3");
    assertThat(text.indexOf("TrangThaiHoSo 2")).isLessThan(text.indexOf("TrangThaiHoSo 4"));
    assertThat(text).contains("progress entries: 1").contains("parked: 0");
  }

  @Test
  void looksUpAProcedure() {
    LookupProcedure.run(new String[] {"1.001193"}, out);

    assertThat(buffer.toString(StandardCharsets.UTF_8))
        .contains("Thủ tục đăng ký khai sinh")
        .contains("G09-TP01 Hộ tịch")
        .contains("Bước 1");
  }
}
