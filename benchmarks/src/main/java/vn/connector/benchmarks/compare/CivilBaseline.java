package vn.connector.benchmarks.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * The civil registry's {@code NhanDKHT} by hand (civil-registry.md): no auth header, the birth
 * record written with Jackson's generator as the string {@code data} (dates {@code dd.MM.yyyy},
 * addresses {@code {maTinh, maHuyen, maXa, dcChiTiet}}), the attachment as base64, then {@code
 * status} "1" read as success and "đã được tiếp nhận" as a harmless repeat.
 */
final class CivilBaseline {

  /** What the SDK's PushReceipt carries. */
  record Receipt(String interlinkedCode, boolean alreadyReceived, int attachmentsSent) {}

  private static final ContentType JSON = ContentType.parse("application/json; charset=utf-8");
  private static final DateTimeFormatter RECEIVED =
      DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private CivilBaseline() {}

  static Contender push(Stub stub, int pool) {
    CloseableHttpClient http = BaselineHttp.client(pool, null, false);
    URI url = stub.url("http", StubRoutes.CIVIL + "/NhanDKHT");
    String code = SdkCalls.CONTEXT.dossier().value();
    return new Contender(
        () -> {
          HttpPost post = new HttpPost(url);
          post.setHeader("Accept", "application/json");
          post.setHeader("X-Request-Id", UUID.randomUUID().toString());
          post.setEntity(new ByteArrayEntity(body(code), JSON));
          Receipt r =
              http.execute(
                  post,
                  response -> {
                    BaselineHttp.ok(response);
                    return receipt(response.getEntity().getContent(), code);
                  });
          Contender.check(!r.alreadyReceived() && r.attachmentsSent() == 1, "push receipt");
        },
        http);
  }

  static byte[] body(String code) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = BaselineHttp.JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("maDonVi", CivilCalls.UNIT);
      g.writeStringField("module", "LTKS");
      g.writeStringField("maHoSoLT", code);
      g.writeStringField("maHoSoMCDT", code);
      g.writeStringField("ngayTiepNhan", RECEIVED.format(CivilCalls.RECEIVED));
      g.writeStringField("data", record());
      g.writeArrayFieldStart("fileDinhKem");
      g.writeStartObject();
      g.writeNumberField("id", 1);
      g.writeNumberField("loaiGiayTo", 3);
      g.writeStringField("tenGiayTo", "Giấy chứng sinh");
      g.writeStringField("tenTepDinhKem", "gcs.pdf");
      g.writeNumberField("huyGiayTo", 0);
      g.writeFieldName("duLieuTepDinhKem");
      g.writeBinary(CivilCalls.PDF);
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  /** HoTichKhaiSinh, flat, the people by prefix; absent values left out as the SDK does. */
  private static String record() throws IOException {
    StringWriter text = new StringWriter(1024);
    try (JsonGenerator g = BaselineHttp.JSON.createGenerator(text)) {
      g.writeStartObject();
      g.writeStringField("maGCS", "GCS-2024-001234");
      g.writeStringField("ngayCapGCS", "06.01.2024");
      g.writeStringField("loaiDangKy", "1");
      g.writeStringField("noiDangKy", CivilCalls.UNIT);
      g.writeStringField("soLuongBanSao", "1");
      child(g);
      parent(g, "me", "Trần Thị Bình", "02.03.1995", "001195012345");
      parent(g, "cha", "Nguyễn Văn Cường", "09.07.1993", "001093012345");
      g.writeStringField("nycHoTen", "Nguyễn Văn Cường");
      g.writeStringField("nycQuanHe", "CHA");
      g.writeStringField("nycSoDienThoai", "0912345678");
      g.writeStringField("nycEmail", "cuong@example.vn");
      g.writeStringField("nycLoaiCuTru", "1");
      address(g, "nycNoiCuTru", "01", "", "00004", "Số 18 Hoàng Diệu");
      g.writeStringField("nycLoaiGiayToTuyThan", "1");
      g.writeStringField("nycSoGiayToTuyThan", "001093012345");
      g.writeStringField("nycNgayCapGiayToTuyThan", "01.04.2021");
      g.writeStringField("nycNoiCapGiayToTuyThan", "Cục CS QLHC");
      g.writeEndObject();
    }
    return text.toString();
  }

  private static void child(JsonGenerator g) throws IOException {
    g.writeStringField("nksHoTen", "Nguyễn Minh An");
    g.writeStringField("nksGioiTinh", "1");
    g.writeStringField("nksNgaySinh", "05.01.2024");
    address(g, "nksNoiSinh", "01", "001", "00001", "Số 5 ngõ 12 Phúc Xá");
    g.writeStringField("nksDanToc", "01");
    g.writeStringField("nksQuocTich", "VN");
  }

  private static void parent(JsonGenerator g, String p, String name, String born, String id)
      throws IOException {
    g.writeStringField(p + "HoTen", name);
    g.writeStringField(p + "NgaySinh", born);
    g.writeStringField(p + "DanToc", "01");
    g.writeStringField(p + "QuocTich", "VN");
    g.writeStringField(p + "LoaiCuTru", "1");
    address(g, p + "NoiCuTru", "01", "", "00004", "Số 18 Hoàng Diệu");
    g.writeStringField(p + "SoDDCN", id);
    g.writeStringField(p + "XacThucThongTin", "0");
  }

  private static void address(
      JsonGenerator g, String field, String province, String district, String commune, String at)
      throws IOException {
    g.writeObjectFieldStart(field);
    g.writeStringField("maTinh", province);
    g.writeStringField("maHuyen", district);
    g.writeStringField("maXa", commune);
    g.writeStringField("dcChiTiet", at);
    g.writeEndObject();
  }

  private static Receipt receipt(InputStream in, String code) throws IOException {
    String status = null;
    String errorCode = "";
    String error = "";
    try (JsonParser p = BaselineHttp.JSON.createParser(in)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          switch (name) {
            case "status" -> status = p.getText();
            case "errorCode" -> errorCode = p.getText();
            case "errorDescription" -> error = p.getText();
            default -> p.skipChildren();
          }
        }
      }
    }
    boolean repeat = error.contains("đã được tiếp nhận");
    if (!"1".equals(status) && !repeat) {
      throw new IOException("civil registry refused: " + errorCode + " " + error);
    }
    return new Receipt(code, repeat, 1);
  }
}
