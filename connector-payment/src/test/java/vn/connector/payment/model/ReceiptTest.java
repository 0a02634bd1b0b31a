package vn.connector.payment.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptTest {

  private final Receipt receipt = new Receipt(PaymentReference.of("REF1"), "%PDF-1.4".getBytes());

  @Test
  void writesThePdfToTheFile(@TempDir Path dir) throws Exception {
    Path file = receipt.writeTo(dir.resolve("bien-lai.pdf"));

    assertThat(Files.readAllBytes(file)).isEqualTo(receipt.pdf());
  }

  @Test
  void aFileThatCannotBeWrittenIsAnUncheckedErrorNamingIt(@TempDir Path dir) {
    Path file = dir.resolve("no-such-folder").resolve("bien-lai.pdf");

    assertThatThrownBy(() -> receipt.writeTo(file))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining(file.toString());
  }
}
