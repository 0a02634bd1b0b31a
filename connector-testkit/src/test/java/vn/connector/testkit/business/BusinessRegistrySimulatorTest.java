package vn.connector.testkit.business;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(BusinessRegistryExtension.class)
class BusinessRegistrySimulatorTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void holdsEnoughEnterprisesForEveryCase(BusinessRegistrySimulator simulator) {
    assertThat(simulator.enterpriseCodes())
        .hasSizeGreaterThanOrEqualTo(15)
        .contains(BusinessRegistrySimulator.BRANCH, BusinessRegistrySimulator.UNKNOWN_STATUS)
        .doesNotContain(BusinessRegistrySimulator.NOT_REGISTERED);
  }

  @Test
  void issuesTokenOnlyToTheConsumerWithClientCredentialsGrant(BusinessRegistrySimulator simulator)
      throws Exception {
    assertThat(
            token(simulator, basic("portal-test-consumer:wrong"), "grant_type=client_credentials")
                .statusCode())
        .isEqualTo(401);
    assertThat(token(simulator, consumer(), "grant_type=password").statusCode()).isEqualTo(400);

    HttpResponse<String> ok = token(simulator, consumer(), "grant_type=client_credentials");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body())
        .contains("\"access_token\"", "\"expires_in\":3600", "\"token_type\":\"Bearer\"");
  }

  @Test
  void refusesApiCallsWithoutValidBearer(BusinessRegistrySimulator simulator) throws Exception {
    HttpResponse<String> none =
        get(simulator, "/apiCSDLDKDN/1.0/chiTietDoanhNghiep?msdn=0100109106", null);
    HttpResponse<String> forged =
        get(simulator, "/apiCSDLDKDN/1.0/chiTietDoanhNghiep?msdn=0100109106", "Bearer forged");

    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(forged.statusCode()).isEqualTo(401);
  }

  @Test
  void refusesExpiredToken(BusinessRegistrySimulator simulator) throws Exception {
    String bearer = bearer(simulator);
    assertThat(
            get(simulator, "/apiCSDLDKDN/1.0/chiTietDoanhNghiep?msdn=0100109106", bearer)
                .statusCode())
        .isEqualTo(200);

    simulator.expireTokens();
    assertThat(
            get(simulator, "/apiCSDLDKDN/1.0/chiTietDoanhNghiep?msdn=0100109106", bearer)
                .statusCode())
        .isEqualTo(401);
  }

  @Test
  void refusesInvalidCodesAndOversizedPages(BusinessRegistrySimulator simulator) throws Exception {
    String bearer = bearer(simulator);
    HttpResponse<String> badCode =
        get(simulator, "/apiCSDLDKDN/1.0/chiTietDoanhNghiep?msdn=0100109107", bearer);
    HttpResponse<String> bigPage =
        get(simulator, "/apiCSDLDKDN/1.0/timKiemDoanhNghiep?ten=a&trang=1&soBanGhi=51", bearer);

    HttpResponse<String> dashed =
        get(simulator, "/apiCSDLDKDN/1.0/chiTietDoanhNghiep?msdn=0100109106-001", bearer);
    HttpResponse<String> branch =
        get(simulator, "/apiCSDLDKDN/1.0/chiTietDoanhNghiep?msdn=0100109106001", bearer);

    assertThat(badCode.statusCode()).isEqualTo(400);
    assertThat(dashed.statusCode()).isEqualTo(400);
    assertThat(branch.statusCode()).isEqualTo(200);
    assertThat(badCode.body()).contains("Mã số doanh nghiệp không hợp lệ");
    assertThat(bigPage.statusCode()).isEqualTo(400);
  }

  @Test
  void answersEachGatewayShape(BusinessRegistrySimulator simulator) throws Exception {
    String bearer = bearer(simulator);
    String ngsp =
        get(simulator, "/apiCSDLDKDN/1.0/chiTietDoanhNghiep?msdn=0100109106", bearer).body();
    String provincial =
        get(simulator, "/apiDKKD/DoanhNghiep/chiTietDoanhNghiep?msdn=0100109106", bearer).body();
    HttpResponse<String> missing =
        get(simulator, "/apiCSDLDKDN/1.0/chiTietDoanhNghiep?msdn=0102223333", bearer);
    String adapterMissing =
        get(
                simulator,
                "/lgsp/adapter?category=chiTietDoanhNghiep&version=1.1&msdn=0102223333",
                bearer)
            .body();

    assertThat(ngsp).contains("\"MainInformation\"", "\"HOAdress\"", "\"BusinessActivities\"");
    assertThat(provincial).contains("\"GetEntCert\"", "\"DaiDienPhapLuat\"", "\"LaNganhChinh\":1");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(adapterMissing).isEqualTo("{\"Data\":null}");
  }

  private String bearer(BusinessRegistrySimulator simulator) throws Exception {
    String body = token(simulator, consumer(), "grant_type=client_credentials").body();
    return "Bearer " + body.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
  }

  private HttpResponse<String> token(
      BusinessRegistrySimulator simulator, String authorization, String form)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(simulator.tokenUrl())
            .header("Authorization", authorization)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(
      BusinessRegistrySimulator simulator, String pathAndQuery, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(simulator.baseUrl() + pathAndQuery));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String consumer() {
    return basic(
        BusinessRegistrySimulator.CONSUMER_KEY + ":" + BusinessRegistrySimulator.CONSUMER_SECRET);
  }

  private static String basic(String pair) {
    return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
  }
}
