package vn.connector.civilregistry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.connector.civilregistry.SamplesAccess;
import vn.connector.civilregistry.model.Attachment;
import vn.connector.civilregistry.model.BirthRegistration;
import vn.connector.core.internal.Json;

class PushWireTest {

  private static final String CODE = "000.00.01.H22-261201-0001";

  @Test
  void streamsALargeAttachmentToBase64ReadingItOnceInChunks() throws Exception {
    int size = 3 * 1024 * 1024 + 7;
    AtomicInteger opened = new AtomicInteger();
    AtomicInteger largestRead = new AtomicInteger();
    Attachment big =
        new Attachment(
            1,
            3,
            "Bản quét",
            "scan.pdf",
            false,
            () -> {
              opened.incrementAndGet();
              return new Pattern(size, largestRead);
            });

    PushWire.Body body = PushWire.write(with(List.of(big)), 10L * 1024 * 1024);

    JsonNode root = Json.mapper().readTree(body.bytes());
    byte[] decoded =
        Base64.getDecoder()
            .decode(root.path("fileDinhKem").get(0).path("duLieuTepDinhKem").asText());
    assertThat(decoded).hasSize(size);
    assertThat(decoded[size - 1]).isEqualTo((byte) ((size - 1) % 251));
    assertThat(opened).hasValue(1);
    assertThat(largestRead.get()).isLessThan(size / 4);
  }

  @Test
  void leavesCancelledAttachmentsOutAndSendsTheRestAsIntegersWithHuyGiayToZero() throws Exception {
    PushWire.Body body = PushWire.write(SamplesAccess.birth(CODE), 1024);

    JsonNode files = Json.mapper().readTree(body.bytes()).path("fileDinhKem");
    assertThat(body.attachmentsSent()).isEqualTo(1);
    assertThat(files).hasSize(1);
    assertThat(files.get(0).path("id").isInt()).isTrue();
    assertThat(files.get(0).path("loaiGiayTo").isInt()).isTrue();
    assertThat(files.get(0).path("huyGiayTo").asInt(-1)).isZero();
  }

  @Test
  void refusesAnAttachmentOverTheLimitNamingIt() {
    Attachment big = Attachment.ofBytes(7, 3, "Bản quét", "scan.pdf", new byte[2048]);

    assertThatThrownBy(() -> PushWire.write(with(List.of(big)), 1024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("attachments[7]: larger than 1024 bytes");
  }

  @Test
  void refusesAnAttachmentThatCannotBeReadNamingIt() {
    Attachment gone =
        new Attachment(
            4,
            3,
            "Mất",
            "gone.pdf",
            false,
            () -> {
              throw new IOException("no such file");
            });

    assertThatThrownBy(() -> PushWire.write(with(List.of(gone)), 1024))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("attachments[4]: cannot be read");
  }

  @Test
  void theOuterDateIsVietnamTimeAndTheRecordAString() throws Exception {
    JsonNode root = Json.mapper().readTree(PushWire.write(SamplesAccess.death(CODE), 1024).bytes());

    assertThat(root.path("ngayTiepNhan").asText()).isEqualTo("01/12/2026 09:00:00");
    assertThat(root.path("module").asText()).isEqualTo("LTKT");
    assertThat(root.path("data").isTextual()).isTrue();
    assertThat(Json.mapper().readTree(root.path("data").asText()).path("nktHoTen").asText())
        .isEqualTo("Lê Văn Dũng");
  }

  private static BirthRegistration with(List<Attachment> attachments) {
    BirthRegistration b = SamplesAccess.birth(CODE);
    return new BirthRegistration(
        b.dossier(), b.details(), b.child(), b.mother(), b.father(), b.requester(), attachments);
  }

  /** A stream of {@code size} bytes made on the fly, recording the largest read asked. */
  private static final class Pattern extends InputStream {
    private final int size;
    private final AtomicInteger largest;
    private int at;

    Pattern(int size, AtomicInteger largest) {
      this.size = size;
      this.largest = largest;
    }

    @Override
    public int read() {
      return at < size ? (at++ % 251) : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      largest.accumulateAndGet(len, Math::max);
      if (at >= size) {
        return -1;
      }
      int n = Math.min(len, size - at);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) (at++ % 251);
      }
      return n;
    }
  }
}
