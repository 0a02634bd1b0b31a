package vn.connector.population.internal;

import jakarta.xml.bind.JAXBElement;
import vn.connector.population.internal.ws.request.NgayThangNamSinhYeuCau;
import vn.connector.population.internal.ws.request.YeuCauCongDan;

/**
 * Writes a request's schema-bound {@link YeuCauCongDan} as the operation's element, byte for byte
 * as JAXB's marshaller writes it (the generated types' element names and order, a null field left
 * out, text escaped as JAXB escapes it): {@code RequestXmlTest} compares the two over every ASCII
 * character and the shapes a request takes. JAXB's marshaller, its serializer and its UTF-8 output
 * buffers were a tenth of a direct verification's CPU and a fifth of its allocation for eleven text
 * elements (issue 16); the answers are still read by JAXB.
 */
final class RequestXml {

  private RequestXml() {}

  /** The element alone. */
  static byte[] write(JAXBElement<YeuCauCongDan> element) {
    return write(new byte[0], element, new byte[0]);
  }

  /**
   * The element between {@code before} and {@code after} (the envelope's fixed start and end), in
   * one array: text goes into it as UTF-8 as it is escaped, with no string built on the way.
   */
  static byte[] write(byte[] before, JAXBElement<YeuCauCongDan> element, byte[] after) {
    YeuCauCongDan w = element.getValue();
    String name = element.getName().getLocalPart();
    Out b = new Out(before.length + 640 + after.length);
    b.bytes(before);
    b.ascii("<").ascii(name).ascii(" xmlns=\"");
    b.ascii(element.getName().getNamespaceURI()).ascii("\">");
    leaf(b, "MaYeuCau", w.getMaYeuCau());
    leaf(b, "MaDVC", w.getMaDVC());
    leaf(b, "MaTichHop", w.getMaTichHop());
    leaf(b, "MaCanBo", w.getMaCanBo());
    leaf(b, "MaDonVi", w.getMaDonVi());
    leaf(b, "TaiKhoan", w.getTaiKhoan());
    leaf(b, "SoDienThoai", w.getSoDienThoai());
    leaf(b, "SoDinhDanh", w.getSoDinhDanh());
    leaf(b, "SoCMND", w.getSoCMND());
    leaf(b, "HoVaTen", w.getHoVaTen());
    NgayThangNamSinhYeuCau born = w.getNgayThangNamSinh();
    if (born != null) {
      b.ascii("<NgayThangNamSinh>");
      leaf(b, "NgayThangNam", born.getNgayThangNam());
      leaf(b, "Nam", born.getNam());
      b.ascii("</NgayThangNamSinh>");
    }
    b.ascii("</").ascii(name).ascii(">");
    b.bytes(after);
    return b.done();
  }

  private static void leaf(Out b, String name, String text) {
    if (text == null) {
      return;
    }
    b.ascii("<").ascii(name).ascii(">");
    b.escaped(text);
    b.ascii("</").ascii(name).ascii(">");
  }

  /** A growing byte buffer that writes text as UTF-8, escaped as JAXB escapes element text. */
  private static final class Out {
    private byte[] buf;
    private int at;

    Out(int size) {
      buf = new byte[size];
    }

    Out bytes(byte[] b) {
      room(b.length);
      System.arraycopy(b, 0, buf, at, b.length);
      at += b.length;
      return this;
    }

    /** Names and markup: ASCII only. */
    Out ascii(String s) {
      room(s.length());
      for (int i = 0, n = s.length(); i < n; i++) {
        buf[at++] = (byte) s.charAt(i);
      }
      return this;
    }

    void escaped(String text) {
      for (int i = 0, n = text.length(); i < n; i++) {
        char c = text.charAt(i);
        switch (c) {
          case '&' -> ascii("&amp;");
          case '<' -> ascii("&lt;");
          case '>' -> ascii("&gt;");
          case '\r' -> ascii("&#13;");
          default -> {
            if (Character.isHighSurrogate(c)
                && i + 1 < n
                && Character.isLowSurrogate(text.charAt(i + 1))) {
              codePoint(Character.toCodePoint(c, text.charAt(++i)));
            } else {
              codePoint(Character.isSurrogate(c) ? '?' : c); // unpaired, as String.getBytes does
            }
          }
        }
      }
    }

    private void codePoint(int cp) {
      room(4);
      if (cp < 0x80) {
        buf[at++] = (byte) cp;
      } else if (cp < 0x800) {
        buf[at++] = (byte) (0xC0 | (cp >> 6));
        buf[at++] = (byte) (0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        buf[at++] = (byte) (0xE0 | (cp >> 12));
        buf[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[at++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        buf[at++] = (byte) (0xF0 | (cp >> 18));
        buf[at++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        buf[at++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        buf[at++] = (byte) (0x80 | (cp & 0x3F));
      }
    }

    private void room(int n) {
      if (at + n > buf.length) {
        buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, at + n));
      }
    }

    byte[] done() {
      return at == buf.length ? buf : java.util.Arrays.copyOf(buf, at);
    }
  }
}
