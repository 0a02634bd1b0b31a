package vn.connector.civilregistry.internal;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.connector.civilregistry.model.Attachment;
import vn.connector.civilregistry.model.Dossier;
import vn.connector.civilregistry.model.Registration;
import vn.connector.core.internal.Json;

/**
 * The body of {@code NhanDKHT}. Each attachment is read from its source in chunks and written
 * straight into the body as base64 by Jackson's streaming generator, so a file is never held as raw
 * bytes beside its base64 form. Cancelled attachments ({@code huyGiayTo} ≠ 0) are not sent, as the
 * contract says, so every item on the wire has {@code huyGiayTo: 0}.
 */
public final class PushWire {

  private PushWire() {}

  /** The body and how many attachments went into it. */
  public record Body(byte[] bytes, int attachmentsSent) {}

  /**
   * @throws IllegalArgumentException naming the attachment when one cannot be read or exceeds
   *     {@code maxAttachmentBytes}
   */
  public static Body write(Registration registration, long maxAttachmentBytes) {
    Dossier d = registration.dossier();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    int sent = 0;
    try (JsonGenerator g = Json.mapper().getFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("maDonVi", d.registeringUnit().value());
      g.writeStringField("module", WireCodes.module(registration.kind()));
      g.writeStringField("maHoSoLT", d.interlinkedCode());
      g.writeStringField("maHoSoMCDT", d.oneStopCode().value());
      g.writeStringField("ngayTiepNhan", WireDates.outer(d.receivedAt()));
      g.writeStringField("data", RecordWriter.json(registration));
      g.writeArrayFieldStart("fileDinhKem");
      for (Attachment a : registration.attachments()) {
        if (!a.cancelled()) {
          attachment(g, a, maxAttachmentBytes);
          sent++;
        }
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the push body", e);
    }
    return new Body(bytes.toByteArray(), sent);
  }

  private static void attachment(JsonGenerator g, Attachment a, long max) throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", a.id());
    g.writeNumberField("loaiGiayTo", a.documentType());
    g.writeStringField("tenGiayTo", a.title());
    g.writeStringField("tenTepDinhKem", a.fileName());
    g.writeNumberField("huyGiayTo", 0);
    g.writeFieldName("duLieuTepDinhKem");
    try (InputStream in = new Limited(open(a), max, a.id())) {
      g.writeBinary(Base64Variants.MIME_NO_LINEFEEDS, in, -1);
    } catch (TooLarge e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "attachments[" + a.id() + "]: cannot be read (" + e.getClass().getSimpleName() + ")", e);
    }
    g.writeEndObject();
  }

  private static InputStream open(Attachment a) throws IOException {
    InputStream in = a.content().open();
    if (in == null) {
      throw new IOException("content opened no stream");
    }
    return in;
  }

  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(String message) {
      super(message);
    }
  }

  /** Fails the read past {@code max} bytes, before the body grows without bound. */
  private static final class Limited extends FilterInputStream {
    private final long max;
    private final int id;
    private long read;

    Limited(InputStream in, long max, int id) {
      super(in);
      this.max = max;
      this.id = id;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      int n = super.read(buffer, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      read += n;
      if (read > max) {
        throw new TooLarge("attachments[" + id + "]: larger than " + max + " bytes");
      }
    }
  }
}
