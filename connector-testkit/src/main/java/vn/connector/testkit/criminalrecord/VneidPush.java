package vn.connector.testkit.criminalrecord;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * What VNeID sends to the province: a dossier in VNeID's shape, pushed to {@code
 * …/LLTP/TaoHoSo?CodeGet=…}. The sample is {@code criminalrecord/vneid-dossier.json}.
 */
final class VneidPush {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** The sample dossier with {@code code}; by mandate with a proxy when {@code byMandate}. */
  static ObjectNode sample(String code, boolean byMandate) {
    ObjectNode root;
    try (InputStream in =
        VneidPush.class.getResourceAsStream("/criminalrecord/vneid-dossier.json")) {
      root = (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    root.put("maHoSoMCDT", code);
    if (byMandate) {
      root.put("nhanHoSo", "LLTPVneidUyQuyen");
      ObjectNode form = (ObjectNode) root.get("toKhai");
      form.put("uyQuyen", 1);
      ObjectNode proxy = form.putObject("thongTinUyQuyen");
      proxy.put("nuqHoTen", "Phạm Văn Nam").put("nuqSoGiayTo", "024090099999");
      proxy.putObject("nuqQuanHe").put("ma", "2").put("ten", "Anh trai");
    }
    return root;
  }

  /** POSTs {@code body} to {@code endpoint?CodeGet=codeGet}; the answer's body. */
  String send(URI endpoint, String codeGet, byte[] body) {
    URI target =
        URI.create(endpoint + "?CodeGet=" + URLEncoder.encode(codeGet, StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(target)
            .timeout(Duration.ofSeconds(5))
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    } catch (IOException e) {
      throw new UncheckedIOException("VNeID push to " + endpoint + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  static byte[] bytes(ObjectNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
