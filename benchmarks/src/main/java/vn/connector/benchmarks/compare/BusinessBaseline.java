package vn.connector.benchmarks.compare;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The business registry's {@code chiTietDoanhNghiep} by hand: check digit, GET with the bearer
 * token and a request id, the NGSP answer read with Jackson's streaming parser into the same fields
 * the SDK's {@code Enterprise} has. With a {@link HttpSignatures}, the request is signed and the
 * answer verified (RFC 9421) before a byte of it is parsed, as the secured profile requires.
 */
final class BusinessBaseline {

  record Line(String code, String name, boolean main) {}

  record Enterprise(
      String code,
      String name,
      String shortName,
      String foreignName,
      String statusId,
      String statusName,
      String legalForm,
      LocalDate founded,
      LocalDate amended,
      int changes,
      String address,
      List<String> representatives,
      List<Line> lines) {}

  private BusinessBaseline() {}

  static Contender find(Stub stub, String server, int pool, HttpSignatures signatures) {
    boolean tls = !server.equals("http");
    CloseableHttpClient http =
        BaselineHttp.client(pool, tls ? stub.pki() : null, tls && !server.equals("tls"));
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    (Stub.CONSUMER_KEY + ":" + Stub.CONSUMER_SECRET)
                        .getBytes(StandardCharsets.UTF_8));
    BaselineHttp.Token token =
        new BaselineHttp.Token(http, stub.url(server, StubRoutes.TOKEN), "Authorization", basic);
    URI base = stub.url(server, StubRoutes.FIND + "?msdn=");
    return new Contender(
        () -> {
          Enterprise e = find(http, token, base, Answers.ENTERPRISE, signatures);
          Contender.check(e.lines().size() == 3, "business lines");
        },
        http);
  }

  static Enterprise find(
      CloseableHttpClient http,
      BaselineHttp.Token token,
      URI base,
      String code,
      HttpSignatures signatures)
      throws IOException {
    if (!validCode(code)) {
      throw new IllegalArgumentException("code: bad check digit");
    }
    URI uri = URI.create(base + code);
    HttpGet get = new HttpGet(uri);
    String requestId = UUID.randomUUID().toString();
    get.setHeader("Accept", "application/json");
    get.setHeader("Authorization", token.bearer());
    get.setHeader("X-Request-Id", requestId);
    if (signatures == null) {
      return http.execute(
          get,
          response -> {
            BaselineHttp.ok(response);
            try (JsonParser p = BaselineHttp.JSON.createParser(response.getEntity().getContent())) {
              return read(p);
            }
          });
    }
    signatures.signGet(get, uri, requestId);
    return http.execute(
        get,
        response -> {
          BaselineHttp.ok(response);
          byte[] body = EntityUtils.toByteArray(response.getEntity());
          signatures.verifyResponse(response, body, requestId);
          try (JsonParser p = BaselineHttp.JSON.createParser(body)) {
            return read(p);
          }
        });
  }

  /** The MST check digit of common.md. */
  static boolean validCode(String code) {
    int[] w = {31, 29, 23, 19, 17, 13, 7, 5, 3};
    if (code.length() != 10) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      sum += (c - '0') * w[i];
    }
    int check = 10 - sum % 11;
    return check < 10 && code.charAt(9) - '0' == check;
  }

  private static Enterprise read(JsonParser p) throws IOException {
    String[] main = new String[11];
    String address = null;
    List<String> reps = new ArrayList<>(4);
    List<Line> lines = new ArrayList<>(4);
    String lineCode = null;
    String lineName = null;
    boolean lineMain = false;
    String parent = "";
    for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
      if (t == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
          parent = name;
          continue;
        }
        switch (parent) {
          case "MainInformation" -> main(main, name, p);
          case "HOAdress" -> address = name.equals("AddressFullText") ? p.getText() : address;
          case "Representatives" -> {
            if (name.equals("FULL_NAME")) {
              reps.add(p.getText());
            }
          }
          case "BusinessActivities" -> {
            switch (name) {
              case "CODE" -> lineCode = p.getText();
              case "NAME" -> lineName = p.getText();
              case "IS_MAIN" -> lineMain = flag(p);
              default -> {}
            }
          }
          default -> {}
        }
      } else if (t == JsonToken.END_OBJECT
          && parent.equals("BusinessActivities")
          && lineCode != null) {
        lines.add(new Line(lineCode, lineName, lineMain));
        lineCode = null;
        lineName = null;
        lineMain = false;
      }
    }
    return new Enterprise(
        main[0],
        main[1],
        main[2],
        main[3],
        main[4],
        main[5],
        main[6],
        date(main[7]),
        date(main[8]),
        main[9] == null ? 0 : Integer.parseInt(main[9]),
        address,
        reps,
        lines);
  }

  private static void main(String[] main, String name, JsonParser p) throws IOException {
    int i =
        switch (name) {
          case "ENTERPRISE_GDT_CODE" -> 0;
          case "NAME" -> 1;
          case "SHORT_NAME" -> 2;
          case "NAME_F" -> 3;
          case "ENTERPRISE_STATUS_ID" -> 4;
          case "ENTERPRISE_STATUS_NAME" -> 5;
          case "ENTERPRISE_TYPE_NAME" -> 6;
          case "FOUNDING_DATE" -> 7;
          case "LAST_AMEND_DATE" -> 8;
          case "NUMBER_CHANGES" -> 9;
          default -> -1;
        };
    if (i >= 0) {
      main[i] = p.getText();
    }
  }

  private static boolean flag(JsonParser p) throws IOException {
    return switch (p.currentToken()) {
      case VALUE_TRUE -> true;
      case VALUE_NUMBER_INT -> p.getIntValue() == 1;
      default -> "1".equals(p.getText()) || "true".equalsIgnoreCase(p.getText());
    };
  }

  /** {@code yyyy-MM-dd}, optionally followed by {@code THH:mm:ss} (business-registry.md). */
  private static LocalDate date(String text) {
    return text == null || text.length() < 10 ? null : LocalDate.parse(text.substring(0, 10));
  }
}
