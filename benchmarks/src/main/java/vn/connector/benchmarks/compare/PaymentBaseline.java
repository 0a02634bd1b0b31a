package vn.connector.benchmarks.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * Payment Platform INIT by hand (payment.md): the attempt's MaThamChieu kept before sending (in
 * memory, as the SDK's in-memory store does), the body written with Jackson's generator in the
 * SDK's field order, MaXacThuc as hex SHA-256 over the listed fields and the secret, the answer
 * read in either shape, the payment URL checked.
 */
final class PaymentBaseline {

  record Attempt(String reference, long amount, String dossier, String state) {}

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
  // Spelled as the SDK sends it, so both put the same bytes on the wire.
  private static final ContentType JSON = ContentType.parse("application/json; charset=utf-8");
  private static final String DOSSIER = "000.00.01.H56-240115-0001";
  private static final String DESCRIPTION = "Le phi cap giay phep xay dung " + DOSSIER;

  private PaymentBaseline() {}

  static Contender start(Stub stub, int pool) {
    CloseableHttpClient http = BaselineHttp.client(pool, null, false);
    URI url = stub.url("http", StubRoutes.INIT);
    Map<String, Attempt> store = new ConcurrentHashMap<>();
    return new Contender(
        () -> {
          String ref = UUID.randomUUID().toString().replace("-", "");
          store.put(ref, new Attempt(ref, 50_000, DOSSIER, "PENDING"));
          HttpPost post = new HttpPost(url);
          post.setHeader("X-Request-Id", ref);
          post.setEntity(new ByteArrayEntity(init(ref, ZonedDateTime.now()), JSON));
          URI pay =
              http.execute(
                  post,
                  r -> {
                    BaselineHttp.ok(r);
                    return paymentUrl(r.getEntity().getContent());
                  });
          Contender.check(pay.toString().equals(Answers.PAYMENT_URL), "payment url");
        },
        http);
  }

  static byte[] init(String ref, ZonedDateTime now) throws IOException {
    String time = TIME.format(now);
    String[] signed = {
      "INIT",
      "1.0.6",
      Stub.PARTNER,
      ref,
      "50000",
      "PAY",
      "1",
      "1",
      "vi-VN",
      "VND",
      "PAYMENT",
      DESCRIPTION,
      time,
      "127.0.0.1"
    };
    String[] names = {
      "LoaiBanTin", "PhienBan", "MaDoiTac", "MaThamChieu", "SoTien", "LoaiHinhThanhToan",
      "MaKenhThanhToan", "MaThietBi", "NgonNgu", "MaTienTe", "MaNganHang", "ThongTinGiaoDich",
      "ThoiGianGD", "Ip"
    };
    ByteArrayOutputStream out = new ByteArrayOutputStream(1536);
    try (JsonGenerator g = BaselineHttp.JSON.createGenerator(out)) {
      g.writeStartObject();
      for (int i = 0; i < names.length; i++) {
        g.writeStringField(names[i], signed[i]);
      }
      g.writeStringField("MaXacThuc", maXacThuc(signed));
      g.writeObjectFieldStart("ThongTinBienLai");
      receipt(g);
      g.writeEndObject();
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static void receipt(JsonGenerator g) throws IOException {
    String[][] fields = {
      {"MaDichVu", "2"},
      {"MaDVC", "DVC-1.004153"},
      {"TenDVC", "Cấp giấy phép xây dựng"},
      {"MaTTHC", "1.004153"},
      {"TenTTHC", "Cấp giấy phép xây dựng nhà ở riêng lẻ"},
      {"MaDonVi", "000.00.01.H56"},
      {"TenDonVi", "Sở Xây dựng"},
      {"MaHoSo", DOSSIER},
      {"TKThuHuong", "0011001234567"},
      {"MaNHThuHuong", "VCB"},
      {"TenTKThuHuong", "SO XAY DUNG"},
      {"NoiDungThanhToan", DESCRIPTION},
      {"HoTenNguoiNop", "Nguyễn Văn An"},
      {"SoCMNDNguoiNop", "001090012345"},
      {"DiaChiNguoiNop", ""},
      {"HuyenNguoiNop", ""},
      {"TinhNguoiNop", ""}
    };
    for (String[] f : fields) {
      g.writeStringField(f[0], f[1]);
    }
    String[][] fees = {
      {"1", "1.004153.01", "Phí thẩm định hồ sơ", "30000"},
      {"2", "1.004153.02", "Lệ phí cấp giấy phép", "20000"}
    };
    g.writeArrayFieldStart("PhiLePhi");
    for (String[] f : fees) {
      g.writeStartObject();
      g.writeStringField("LoaiPhiLePhi", f[0]);
      g.writeStringField("MaPhiLePhi", f[1]);
      g.writeStringField("TenPhiLePhi", f[2]);
      g.writeStringField("SoTien", f[3]);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("DSKhoanNop");
    for (String[] f : fees) {
      g.writeStartObject();
      g.writeStringField("NoiDung", f[2]);
      g.writeStringField("SoTien", f[3]);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static String maXacThuc(String[] values) {
    StringBuilder b = new StringBuilder(256);
    for (String v : values) {
      b.append(v).append('|');
    }
    b.append(Stub.PAYMENT_SECRET);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** UrlThanhToan from {@code {"error_code":"0","message":"{…}"}} or {@code {"MaLoi":"00",…}}. */
  static URI paymentUrl(InputStream in) throws IOException {
    String code = null;
    String message = null;
    String url = null;
    try (JsonParser p = BaselineHttp.JSON.createParser(in)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          switch (name) {
            case "error_code", "MaLoi" -> code = p.getText();
            case "message" -> message = p.getText();
            case "UrlThanhToan" -> url = p.getText();
            default -> {}
          }
        }
      }
    }
    if (!"0".equals(code) && !"00".equals(code)) {
      throw new IOException("platform refused: " + code);
    }
    if (url == null && message != null) {
      try (JsonParser p = BaselineHttp.JSON.createParser(message)) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          if (t == JsonToken.FIELD_NAME && p.currentName().equals("UrlThanhToan")) {
            p.nextToken();
            url = p.getText();
          }
        }
      }
    }
    URI uri = URI.create(url);
    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
      throw new IOException("UrlThanhToan: not http(s)");
    }
    return uri;
  }
}
