package vn.connector.payment.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.connector.core.CitizenId;
import vn.connector.core.PersonName;
import vn.connector.payment.TestRequests;

class PayerTest {

  private final Payer payer =
      Payer.named(PersonName.of("Nguyễn Văn An"))
          .withIdNumber(CitizenId.parse("001090012345"))
          .withAddress("12 Phố Huế", "Hai Bà Trưng", "Hà Nội");

  @Test
  void toStringMasksNameIdNumberAndAddress() {
    assertThat(payer.toString())
        .doesNotContain("Nguyễn", "Văn An", "001090012345", "Phố Huế", "Hai Bà Trưng", "Hà Nội")
        .contains("N***", "0010******45");
  }

  @Test
  void aRequestPrintsItsPayerMaskedAndIdNumbersInItsDescriptionMasked() {
    PaymentRequest request =
        TestRequests.builder()
            .payer(payer)
            .description("Le phi ho so cua CCCD 001090012345")
            .returnUrl(URI.create("https://dichvucong.example.gov.vn/return"))
            .build();

    assertThat(request.toString())
        .doesNotContain("Nguyễn", "001090012345", "Phố Huế")
        .contains("0010******45", "000.00.01.H22-241115-0001");
  }
}
