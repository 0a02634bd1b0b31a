package vn.connector.testkit.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PopulationSimulatorTest {

  private static final String ENVELOPE =
      "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
          + "xmlns:q=\"http://dancuquocgia.bca\"><s:Body>%s</s:Body></s:Envelope>";
  private static PopulationSimulator simulator;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    simulator = PopulationSimulator.start();
  }

  @AfterAll
  static void stop() {
    simulator.close();
  }

  @Test
  void knowsAtLeastTwentyPersonasIncludingTheSpecialCases() {
    assertThat(simulator.personas()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(simulator.personas()).anyMatch(p -> p.soDinhDanh() == null && p.soCMND() != null);
    assertThat(simulator.personas()).anyMatch(p -> p.ngayThangNam() == null && p.nam() != null);
    assertThat(simulator.personas()).anyMatch(p -> p.ngayChet() != null);
    assertThat(
            simulator.personas().stream()
                .map(Persona::soSoHoKhau)
                .filter(h -> h != null)
                .distinct())
        .hasSize(2);
  }

  @Test
  void answersMalformedRequestWithSoapFault() throws Exception {
    HttpResponse<String> r =
        post(
            String.format(
                ENVELOPE,
                "<q:TraCuuThongTinCongDan><q:MaYeuCau>1</q:MaYeuCau><q:MaCanBo>x</q:MaCanBo><q:MaDonVi>u</q:MaDonVi>"
                    + "<q:TaiKhoan>t</q:TaiKhoan><q:SoDienThoai>0</q:SoDienThoai><q:SoDinhDanh>123</q:SoDinhDanh>"
                    + "<q:HoVaTen>An</q:HoVaTen><q:NgayThangNamSinh><q:Nam>1990</q:Nam></q:NgayThangNamSinh>"
                    + "</q:TraCuuThongTinCongDan>"));

    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).contains("Fault>", "<faultcode>soapenv:Client</faultcode>", "SoDinhDanh");
  }

  @Test
  void answersNonXmlWithSoapFault() throws Exception {
    HttpResponse<String> r = post("not xml at all");

    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).contains("faultstring");
  }

  @Test
  void answersNoMatchWithEmptyCollection() throws Exception {
    HttpResponse<String> r =
        post(
            String.format(
                ENVELOPE,
                "<q:TraCuuThongTinCongDan><q:MaYeuCau>1</q:MaYeuCau><q:MaCanBo>x</q:MaCanBo><q:MaDonVi>u</q:MaDonVi>"
                    + "<q:TaiKhoan>t</q:TaiKhoan><q:SoDienThoai>0</q:SoDienThoai><q:SoDinhDanh>001090012345</q:SoDinhDanh>"
                    + "<q:HoVaTen>Nguyễn Văn Ba</q:HoVaTen><q:NgayThangNamSinh><q:Nam>1990</q:Nam></q:NgayThangNamSinh>"
                    + "</q:TraCuuThongTinCongDan>"));

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("CongdanCollection").doesNotContain("<CongDan>");
  }

  @Test
  void personasCanBeReplacedFromAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.json");
    Files.writeString(
        file,
        "[{\"soDinhDanh\":\"001090000001\",\"ho\":\"Kiều\",\"chuDem\":\"Văn\",\"ten\":\"Mới\","
            + "\"gioiTinh\":\"1\",\"ngayThangNam\":\"19900101\",\"futureField\":1}]",
        StandardCharsets.UTF_8);
    try (PopulationSimulator mine = PopulationSimulator.builder().personas(file).build()) {
      assertThat(mine.personas())
          .singleElement()
          .extracting(Persona::hoVaTen)
          .isEqualTo("Kiều Văn Mới");
    }
    try (PopulationSimulator more =
        PopulationSimulator.builder().addPersonas(file).requestJournal(false).build()) {
      assertThat(more.personas()).hasSize(simulator.personas().size() + 1);
    }
  }

  @Test
  void normalisesNfdStoredPersonas() {
    assertThat(simulator.personas())
        .filteredOn(p -> "025191006802".equals(p.soDinhDanh()))
        .singleElement()
        .extracting(Persona::hoVaTen)
        .isEqualTo("Tạ Thị Xuân");
  }

  @Test
  void matchingRulesKeepDiacritics() {
    assertThat(Matching.normaliseName(" NGUYỄN  văn An")).isEqualTo("nguyễn văn an");
    assertThat(Matching.normaliseName("Nguyên Văn An"))
        .isNotEqualTo(Matching.normaliseName("Nguyễn Văn An"));
  }

  private HttpResponse<String> post(String body) throws Exception {
    Credentials c = simulator.credentials();
    String ts = Long.toString(System.currentTimeMillis());
    String sig = SimulatorAuth.sha256Hex(simulator.directEndpoint() + c.user() + ts + c.secret());
    String basic =
        Base64.getEncoder().encodeToString((c.user() + ":" + sig).getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(simulator.directEndpoint().toString()))
            .header("Content-Type", "application/xml; charset=utf-8")
            .header("SOAPAction", "\"\"")
            .header("Timestamp", ts)
            .header("Authorization", "Basic " + basic)
            .header("ApiKey", c.apiKey())
            .header("X-Road-Client", c.xRoadClient())
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
