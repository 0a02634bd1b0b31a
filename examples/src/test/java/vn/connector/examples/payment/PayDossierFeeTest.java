package vn.connector.examples.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.connector.core.Money;
import vn.connector.payment.VietQr;

class PayDossierFeeTest {

  @Test
  void paysTheFeeAgainstTheSimulatorAndSavesTheReceipt(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Path receipt = dir.resolve("bien-lai.pdf");

    String qr = PayDossierFee.run(Optional.empty(), receipt, new PrintStream(printed, true, StandardCharsets.UTF_8));

    assertThat(new String(Files.readAllBytes(receipt), StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Status: PAID").contains("VietQR: " + qr);
    assertThat(VietQr.parse(qr).amount()).contains(Money.vnd(50_000));
  }
}
