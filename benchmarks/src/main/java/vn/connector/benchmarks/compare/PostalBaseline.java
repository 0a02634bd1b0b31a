package vn.connector.benchmarks.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * VNPost {@code orderpost} by hand (postal.md): token-type-header auth, the order written with
 * Jackson's generator in the SDK's field order, {@code Status} read as a string or a number (100
 * accepted, 101 a harmless repeat, anything else a refusal).
 */
final class PostalBaseline {

  /** What the SDK's OrderReceipt carries. */
  record Receipt(String orderNumber, String waybill, boolean repeated, String message) {}

  private static final ContentType JSON = ContentType.parse("application/json; charset=utf-8");

  private PostalBaseline() {}

  static Contender send(Stub stub, int pool) {
    CloseableHttpClient http = BaselineHttp.client(pool, null, false);
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (PostalCalls.CLIENT_ID + ":" + PostalCalls.CLIENT_SECRET)
                        .getBytes(StandardCharsets.UTF_8));
    BaselineHttp.Token token =
        new BaselineHttp.Token(
            http, stub.url("http", StubRoutes.POSTAL_TOKEN), "Authorization", basic);
    URI url = stub.url("http", StubRoutes.POSTAL + "/orderpost");
    String order = SdkCalls.CONTEXT.dossier().value();
    return new Contender(
        () -> {
          HttpPost post = new HttpPost(url);
          post.setHeader("Accept", "application/json");
          post.setHeader("Authorization", token.bearer());
          post.setHeader("X-Request-Id", UUID.randomUUID().toString());
          post.setEntity(new ByteArrayEntity(body(order), JSON));
          Receipt r =
              http.execute(
                  post,
                  response -> {
                    BaselineHttp.ok(response);
                    return receipt(response.getEntity().getContent(), order);
                  });
          Contender.check(!r.repeated() && r.waybill().equals(PostalCalls.WAYBILL), "receipt");
        },
        http);
  }

  static byte[] body(String order) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(768);
    try (JsonGenerator g = BaselineHttp.JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("CustomerCode", PostalCalls.CUSTOMER);
      g.writeStringField("ItemCode", PostalCalls.WAYBILL);
      g.writeStringField("OrderNumber", order);
      g.writeNumberField("CODAmount", 50_000);
      g.writeNumberField("SenderProvince", 24);
      g.writeNumberField("SenderDistrict", 213);
      g.writeStringField("SenderAddress", "Số 10 Tôn Đức Thắng");
      g.writeStringField("SenderName", "Bộ phận Một cửa phường Đống Đa");
      g.writeStringField("SenderEmail", "");
      g.writeStringField("SenderTel", "02438511234");
      g.writeStringField("SenderDesc", "");
      g.writeStringField("Description", "Kết quả giải quyết thủ tục hành chính");
      g.writeStringField("ReceiverName", "Nguyễn Văn An");
      g.writeStringField("ReceiverAddress", "Số 5 Ngõ 12 Láng Hạ");
      g.writeStringField("ReceiverTel", "0912345678");
      g.writeNumberField("ReceiverProvince", 24);
      g.writeNumberField("ReceiverDistrict", 213);
      g.writeStringField("ReceiverEmail", "an@example.vn");
      g.writeNumberField("FlagConfig", 2);
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static Receipt receipt(InputStream in, String order) throws IOException {
    String[] f = BaselineHttp.topFields(in, "Status", "Message");
    String status = f[0];
    String message = f[1] == null ? "" : f[1];
    if (!"100".equals(status) && !"101".equals(status)) {
      throw new IOException("VNPost refused: " + status + " " + message);
    }
    return new Receipt(order, PostalCalls.WAYBILL, "101".equals(status), message);
  }
}
