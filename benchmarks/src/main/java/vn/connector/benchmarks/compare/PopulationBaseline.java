package vn.connector.benchmarks.compare;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.xml.stream.XMLStreamException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;

/**
 * XacThucThongTinCongDan by hand, both ways the SDK is measured: the direct C06 SOAP profile
 * (c06-signed-basic computed per request, envelope written as the SDK writes it) and lgsp-json
 * (flat JSON request, the SOAP answer inside a JSON string). Answers are read with StAX (no DTDs,
 * no external entities) for TonTai, SoDinhDanhTonTai and GioiTinh, the fields the SDK reads.
 */
final class PopulationBaseline {

  // Spelled as the SDK sends each (the direct endpoint's .NET client wrote utf-8 in lower case).
  private static final ContentType SOAP = ContentType.parse("application/xml; charset=utf-8");
  private static final ContentType JSON = ContentType.parse("application/json; charset=UTF-8");

  // The query the SDK's CitizenQuery holds, already validated and in NFC.
  static final String ID = "001090012345";
  static final String NAME = "Nguyễn Văn An";
  static final String BIRTH = "19900115";

  private PopulationBaseline() {}

  static Contender direct(Stub stub, int pool) {
    CloseableHttpClient http = BaselineHttp.client(pool, null, false);
    URI url = stub.url("http", StubRoutes.DIRECT);
    String authUrl = url.toString();
    return new Contender(
        () -> {
          String id = UUID.randomUUID().toString();
          HttpPost post = new HttpPost(url);
          String timestamp = Long.toString(System.currentTimeMillis());
          post.setHeader("SOAPAction", "\"\"");
          post.setHeader("Timestamp", timestamp);
          post.setHeader("Authorization", c06Basic(authUrl, timestamp));
          post.setHeader("ApiKey", Stub.C06_API_KEY);
          post.setHeader("X-Road-Client", Stub.XROAD_CLIENT);
          post.setHeader("X-Request-Id", id);
          post.setEntity(new ByteArrayEntity(envelope(id), SOAP));
          VerifyAnswers.Answer a =
              http.execute(
                  post,
                  r -> {
                    BaselineHttp.ok(r);
                    try (InputStream in = r.getEntity().getContent()) {
                      return VerifyAnswers.read(VerifyAnswers.XML.createXMLStreamReader(in));
                    } catch (XMLStreamException e) {
                      throw new IOException(e);
                    }
                  });
          Contender.check(a.matched() && "1".equals(a.gender()), "verification");
        },
        http);
  }

  static Contender lgspJson(Stub stub, int pool) {
    CloseableHttpClient http = BaselineHttp.client(pool, null, false);
    String lgspHeader = lgspAccessToken();
    BaselineHttp.Token token =
        new BaselineHttp.Token(
            http, stub.url("http", StubRoutes.LGSP_TOKEN), "lgspaccesstoken", lgspHeader);
    URI url = stub.url("http", StubRoutes.LGSP_VERIFY);
    return new Contender(
        () -> {
          String id = UUID.randomUUID().toString();
          HttpPost post = new HttpPost(url);
          post.setHeader("Authorization", token.bearer());
          post.setHeader("lgspaccesstoken", lgspHeader);
          post.setHeader("X-Request-Id", id);
          post.setEntity(new ByteArrayEntity(json(id), JSON));
          VerifyAnswers.Answer a =
              http.execute(
                  post,
                  r -> {
                    BaselineHttp.ok(r);
                    return VerifyAnswers.fromJson(r.getEntity().getContent());
                  });
          Contender.check(a.matched() && "1".equals(a.gender()), "verification");
        },
        http);
  }

  /** c06-signed-basic (common.md): Basic user:hex(SHA-256(authUrl + user + timestamp + secret)). */
  static String c06Basic(String authUrl, String timestamp) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] d =
          sha.digest(
              (authUrl + Stub.C06_USER + timestamp + Stub.C06_SECRET)
                  .getBytes(StandardCharsets.UTF_8));
      String pair = Stub.C06_USER + ":" + HexFormat.of().formatHex(d);
      return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String lgspAccessToken() {
    String json =
        "{\"AccessKey\":\"lgsp-bench-access\",\"SecretKey\":\"lgsp-bench-secret\","
            + "\"AppName\":\"PORTAL\",\"PartnerCode\":\"H56\",\"PartnerCodeCus\":\"H56.CUS\"}";
    return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** The SOAP envelope the SDK sends, byte for byte apart from the request id. */
  static byte[] envelope(String id) {
    StringBuilder b = new StringBuilder(640);
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=")
        .append("\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>")
        .append("<XacThucThongTinCongDan xmlns=\"http://dancuquocgia.bca\"><MaYeuCau>")
        .append(id)
        .append("</MaYeuCau><MaDVC>VPCP</MaDVC><MaTichHop>037</MaTichHop><MaCanBo>");
    escape(b, SdkCalls.CONTEXT.officerId()).append("</MaCanBo><MaDonVi>");
    escape(b, SdkCalls.CONTEXT.unitCode()).append("</MaDonVi><TaiKhoan>");
    escape(b, SdkCalls.CONTEXT.officerId()).append("</TaiKhoan><SoDienThoai>0</SoDienThoai>");
    b.append("<SoDinhDanh>").append(ID).append("</SoDinhDanh><HoVaTen>");
    escape(b, NAME).append("</HoVaTen><NgayThangNamSinh><NgayThangNam>").append(BIRTH);
    b.append("</NgayThangNam></NgayThangNamSinh></XacThucThongTinCongDan></soap:Body>")
        .append("</soap:Envelope>");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static StringBuilder escape(StringBuilder b, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        default -> b.append(c);
      }
    }
    return b;
  }

  static byte[] json(String id) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = BaselineHttp.JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("HoVaTen", NAME);
      g.writeStringField("SoDinhDanh", ID);
      g.writeStringField("NgayThangNam", BIRTH);
      g.writeStringField("MaTichHop", "037");
      g.writeStringField("MaDVC", "VPCP");
      g.writeStringField("MaCanBo", SdkCalls.CONTEXT.officerId());
      g.writeStringField("MaYeuCau", id);
      g.writeEndObject();
    }
    return out.toByteArray();
  }
}
