package vn.connector.testkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.connector.testkit.business.BusinessRegistrySimulator;
import vn.connector.testkit.payment.PaymentPlatformSimulator;
import vn.connector.testkit.population.Credentials;
import vn.connector.testkit.population.Persona;
import vn.connector.testkit.population.PopulationSimulator;

/**
 * What the standalone runner prints per system. Lines starting with {@code #} are comments in a
 * properties file, so a system's whole block can be pasted into one; the {@code curl} line is the
 * one to run in a shell (bash, with coreutils' {@code sha256sum} and {@code sed}).
 */
final class StandalonePrintout {

  private StandalonePrintout() {}

  static String print(List<Simulator> simulators) {
    StringBuilder out = new StringBuilder();
    for (Simulator s : simulators) {
      out.append("\n# == ").append(s.system()).append(" simulator: ").append(s.baseUrl());
      out.append('\n');
      if (s instanceof PopulationSimulator p) {
        population(out, p);
      } else if (s instanceof BusinessRegistrySimulator b) {
        business(out, b);
      } else if (s instanceof PaymentPlatformSimulator p) {
        payment(out, p);
      } else {
        properties(out, s.connectionInfo());
      }
    }
    return out.toString();
  }

  private static void population(StringBuilder out, PopulationSimulator sim) {
    out.append("# direct: POST ")
        .append(sim.directEndpoint().getPath())
        .append(" (the SOAP body names the operation: TraCuuThongTinCongDan,")
        .append(" XacThucThongTinCongDan, CungCapThongTinHoGiaDinh)\n")
        .append("# lgsp-soap: POST ")
        .append(sim.lgspSoapBase().getPath())
        .append("/<operation>; lgsp-json: POST ")
        .append(sim.lgspJsonBase().getPath())
        .append("/<operation>; LGSP token: POST ")
        .append(sim.tokenUrl().getPath())
        .append('\n');
    properties(out, sim.connectionInfo());
    out.append("# for lgsp-json instead: population.profile=lgsp-json and population.endpoint=")
        .append(sim.lgspJsonBase())
        .append('\n');
    out.append("# personas (citizenId, name, birth date yyyyMMdd):\n");
    sim.personas().stream()
        .filter(p -> p.soDinhDanh() != null && p.ngayThangNam() != null)
        .limit(4)
        .forEach(
            p ->
                out.append("#   ")
                    .append(p.soDinhDanh())
                    .append(", ")
                    .append(p.hoVaTen())
                    .append(", ")
                    .append(p.ngayThangNam())
                    .append('\n'));
    out.append("# verify the first persona (XacThucThongTinCongDan, c06-signed-basic):\n");
    out.append(populationCurl(sim)).append('\n');
  }

  /** c06-signed-basic: Basic user:sha256hex(authUrl + user + timestamp + secret), in the shell. */
  private static String populationCurl(PopulationSimulator sim) {
    Credentials c = sim.credentials();
    Persona p =
        sim.personas().stream()
            .filter(x -> x.soDinhDanh() != null && x.ngayThangNam() != null)
            .findFirst()
            .orElseThrow();
    String url = sim.directEndpoint().toString();
    String body =
        "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:q=\"http://dancuquocgia.bca\"><s:Body><q:XacThucThongTinCongDan>"
            + "<q:MaYeuCau>curl-0001</q:MaYeuCau><q:MaDVC>VPCP</q:MaDVC>"
            + "<q:MaTichHop>037</q:MaTichHop><q:MaCanBo>CB-0042</q:MaCanBo>"
            + "<q:MaDonVi>000.00.01.H56</q:MaDonVi><q:TaiKhoan>CB-0042</q:TaiKhoan>"
            + "<q:SoDienThoai>0</q:SoDienThoai><q:SoDinhDanh>"
            + p.soDinhDanh()
            + "</q:SoDinhDanh><q:HoVaTen>"
            + p.hoVaTen()
            + "</q:HoVaTen><q:NgayThangNamSinh><q:NgayThangNam>"
            + p.ngayThangNam()
            + "</q:NgayThangNam></q:NgayThangNamSinh></q:XacThucThongTinCongDan></s:Body>"
            + "</s:Envelope>";
    return "TS=$(date +%s000); curl -sS -u \""
        + c.user()
        + ":$(printf '%s' \""
        + url
        + c.user()
        + "${TS}"
        + c.secret()
        + "\" | sha256sum | cut -c1-64)\" -H \"Timestamp: $TS\" -H 'ApiKey: "
        + c.apiKey()
        + "' -H 'X-Road-Client: "
        + c.xRoadClient()
        + "' -H 'Content-Type: application/xml; charset=utf-8' -H 'SOAPAction: \"\"' --data-binary '"
        + body
        + "' "
        + url;
  }

  private static void business(StringBuilder out, BusinessRegistrySimulator sim) {
    out.append("# token: POST /token (HTTP Basic consumer key:secret,")
        .append(" grant_type=client_credentials); then with the bearer token:\n")
        .append("# NGSP: GET /apiCSDLDKDN/1.0/chiTietDoanhNghiep?msdn=<code>,")
        .append(" GET /apiCSDLDKDN/1.0/timKiemDoanhNghiep?ten=&trang=&soBanGhi=\n")
        .append("# provincial LGSP: GET /apiDKKD/DoanhNghiep/chiTietDoanhNghiep?msdn=<code>;")
        .append(" LGSP adapter: ")
        .append(sim.adapterUrl())
        .append("?category=chiTietDoanhNghiep&version=1.1&msdn=<code>\n");
    properties(out, sim.connectionInfo());
    out.append("business.profile=NGSP\n");
    out.append("# enterprise codes: ")
        .append(sim.enterpriseCodes().stream().limit(4).collect(Collectors.joining(", ")))
        .append('\n');
    Map<String, String> info = sim.connectionInfo();
    out.append("# look up ")
        .append(BusinessRegistrySimulator.ACTIVE)
        .append(" (a token first, HTTP Basic):\n")
        .append("curl -sS -H \"Authorization: Bearer $(curl -sS -u '")
        .append(info.get("business.consumerKey"))
        .append(':')
        .append(info.get("business.consumerSecret"))
        .append("' -d grant_type=client_credentials ")
        .append(sim.tokenUrl())
        .append(" | sed -E 's/.*\"access_token\" *: *\"([^\"]+)\".*/\\1/')\" '")
        .append(sim.baseUrl())
        .append("/apiCSDLDKDN/1.0/chiTietDoanhNghiep?msdn=")
        .append(BusinessRegistrySimulator.ACTIVE)
        .append("'\n");
  }

  private static void payment(StringBuilder out, PaymentPlatformSimulator sim) {
    out.append("# INIT: POST ")
        .append(sim.initUrl().getPath())
        .append(", QUERY: POST ")
        .append(sim.queryUrl().getPath())
        .append(", GET_BILL: POST ")
        .append(sim.billUrl().getPath())
        .append(" (JSON, MaXacThuc = sha256hex(fields|...|secret));")
        .append(" PayGov: POST ")
        .append(sim.payGovUrl().getPath())
        .append('\n');
    properties(out, sim.connectionInfo());
    out.append(
        "# start a payment of 50,000 VND (INIT; the answer's UrlThanhToan is the pay page):\n");
    out.append(paymentCurl(sim)).append('\n');
  }

  private static String paymentCurl(PaymentPlatformSimulator sim) {
    String[] fields = {
      "INIT",
      "1.0.6",
      sim.partnerCode(),
      "CURL0001",
      "50000",
      "01",
      "DVCQG",
      "web",
      "vi",
      "VND",
      "",
      "Le phi ho so 000.00.01.H56-240115-0001",
      "20261201090000",
      "127.0.0.1"
    };
    String checksum = sha256Hex(String.join("|", fields) + "|" + sim.secret());
    String json =
        "{\"LoaiBanTin\":\"INIT\",\"PhienBan\":\"1.0.6\",\"MaDoiTac\":\""
            + sim.partnerCode()
            + "\",\"MaThamChieu\":\"CURL0001\",\"SoTien\":\"50000\",\"LoaiHinhThanhToan\":\"01\","
            + "\"MaKenhThanhToan\":\"DVCQG\",\"MaThietBi\":\"web\",\"NgonNgu\":\"vi\","
            + "\"MaTienTe\":\"VND\",\"MaNganHang\":\"\","
            + "\"ThongTinGiaoDich\":\"Le phi ho so 000.00.01.H56-240115-0001\","
            + "\"ThoiGianGD\":\"20261201090000\",\"Ip\":\"127.0.0.1\",\"ThongTinBienLai\":"
            + "{\"MaHoSo\":\"000.00.01.H56-240115-0001\",\"PhiLePhi\":[{\"SoTien\":\"50000\"}]},"
            + "\"MaXacThuc\":\""
            + checksum
            + "\"}";
    return "curl -sS -H 'Content-Type: application/json' --data-binary '"
        + json
        + "' "
        + sim.initUrl();
  }

  private static void properties(StringBuilder out, Map<String, String> info) {
    info.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
  }

  /** The runner's own SHA-256, so that the printed INIT carries a checksum that matches. */
  private static String sha256Hex(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
