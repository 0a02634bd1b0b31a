package vn.connector.benchmarks.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The LLTP submission by hand (criminal-record.md): every value a string, the local nationality and
 * ethnicity codes looked up in the same CSV the SDK loads, the {@code authKey} as the body's last
 * field (where the SDK's body-auth-key placement puts it), the text answer classified by its two
 * success phrases.
 */
final class CriminalBaseline {

  private static final ContentType JSON = ContentType.parse("application/json; charset=utf-8");
  private static final String ACCEPTED = "gửi thông tin thành công";
  private static final String REPEAT = "đã được tiếp nhận, không thể cập nhật thông tin";

  private CriminalBaseline() {}

  static Contender submit(Stub stub, int pool) {
    CloseableHttpClient http = BaselineHttp.client(pool, null, false);
    URI url = stub.url("http", StubRoutes.LLTP + "/v2/lyLichTuPhap/nhanHoSoLLTP");
    Map<String, String[]> codes = codes();
    String dossier = SdkCalls.CONTEXT.dossier().value();
    return new Contender(
        () -> {
          HttpPost post = new HttpPost(url);
          post.setHeader("X-Request-Id", UUID.randomUUID().toString());
          post.setEntity(new ByteArrayEntity(body(dossier, codes), JSON));
          boolean accepted =
              http.execute(
                  post,
                  response -> {
                    BaselineHttp.ok(response);
                    return accepted(EntityUtils.toString(response.getEntity()));
                  });
          Contender.check(accepted, "submit outcome");
        },
        http);
  }

  /** category:local to {ministry code, name}, from the SDK's CSV. */
  static Map<String, String[]> codes() {
    Map<String, String[]> codes = new HashMap<>();
    String[] lines = CriminalCalls.CODES.split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] cells = lines[i].split(",", -1);
      codes.put(cells[0] + ":" + cells[1], new String[] {cells[2], cells[3]});
    }
    return codes;
  }

  private static boolean accepted(String text) throws IOException {
    String t = text.toLowerCase(Locale.ROOT);
    if (!t.contains(ACCEPTED) && !t.contains(REPEAT)) {
      throw new IOException("LLTP refused: " + text);
    }
    return !t.contains(REPEAT);
  }

  static byte[] body(String dossier, Map<String, String[]> codes) throws IOException {
    String[] nationality = codes.get("nationality:3106");
    String[] ethnicity = codes.get("ethnicity:55305");
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = BaselineHttp.JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("maTinh", CriminalCalls.PROVINCE);
      g.writeStringField("tenTinh", CriminalCalls.PROVINCE_NAME);
      g.writeStringField("maHoSoMCDT", dossier);
      g.writeStringField("nguonDangKy", "1");
      g.writeStringField("tenNguonDangKy", "Trực tuyến");
      g.writeStringField("ngayTiepNhan", "15/01/2024");
      g.writeObjectFieldStart("toKhai");
      CriminalForm.write(g, nationality, ethnicity);
      g.writeEndObject();
      g.writeArrayFieldStart("fileHoSo");
      g.writeStartObject();
      g.writeStringField("tenLoaiFile", "CCCD");
      g.writeStringField("tenFile", "cccd.pdf");
      g.writeStringField(
          "noiDungFile", java.util.Base64.getEncoder().encodeToString(CriminalCalls.SCAN));
      g.writeEndObject();
      g.writeEndArray();
      g.writeStringField("authKey", CriminalCalls.AUTH_KEY);
      g.writeEndObject();
    }
    return out.toByteArray();
  }
}
