package vn.connector.benchmarks.profile;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.connector.core.Auth;
import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Gender;
import vn.connector.core.Purpose;
import vn.connector.core.Secret;
import vn.connector.population.PopulationClient;
import vn.connector.population.PopulationProfile;
import vn.connector.population.model.CitizenQuery;

/**
 * Throwaway cold-start probe: a JDK HTTP server answers a captured direct-profile verify answer;
 * one client is built and one verification made; prints the time since JVM start and the classes
 * loaded. No simulator in the JVM, so the count is the SDK's and the JDK's.
 */
final class ColdStart {

  private ColdStart() {}

  static void run(Path answer) throws Exception {
    byte[] body = Files.readAllBytes(answer);
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    server.createContext(
        "/",
        ex -> {
          ex.getRequestBody().readAllBytes();
          ex.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
          ex.sendResponseHeaders(200, body.length);
          try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    long beforeClient = ManagementFactory.getRuntimeMXBean().getUptime();
    URI endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/c06/dancu");
    try (PopulationClient client =
        PopulationClient.builder()
            .profile(PopulationProfile.DIRECT)
            .serviceCode("VPCP")
            .integrationCode("037")
            .endpoint(endpoint)
            .auth(
                Auth.c06SignedBasic(
                    "portal", Secret.of("s3cret"), Secret.of("key"), "VN/GOV/000/PORTAL", null))
            .auditListener(e -> {})
            .build()) {
      var result =
          client.verify(
              CallContext.of(
                  "CB-0042",
                  "000.00.01.H56",
                  DossierCode.parse("000.00.01.H56-240115-0001"),
                  Purpose.DATA_CLEANSING),
              CitizenQuery.of(
                  "001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE));
      long done = ManagementFactory.getRuntimeMXBean().getUptime();
      System.out.printf(
          "cold start: first verification %d ms after JVM start (%d ms after the stub was up),"
              + " %d classes loaded, result %s%n",
          done,
          done - beforeClient,
          ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount(),
          result);
    }
    server.stop(0);
  }
}
