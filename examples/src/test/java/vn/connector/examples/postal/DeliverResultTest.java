package vn.connector.examples.postal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeliverResultTest {

  @Test
  void booksTheDeliveryPrintsThePriceAndFollowsItToPhatThanhCong() throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    DeliverResult.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String output = buffer.toString(StandardCharsets.UTF_8);
    assertThat(output)
        .contains("Price of a 500 g result parcel: 21000 VND")
        .containsPattern("under waybill EB\\d{9}VN")
        .contains("CREATED (Tạo đơn)")
        .contains("DELIVERED (Phát thành công)");
  }
}
