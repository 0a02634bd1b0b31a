package vn.connector.testkit.criminalrecord;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.connector.core.Secret;
import vn.connector.criminalrecord.CodeTable;
import vn.connector.criminalrecord.CriminalRecordClient;
import vn.connector.criminalrecord.CriminalRecordClientBuilder;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.Simulator;

/**
 * Simulator of the criminal-record certificate system (LLTP) behind the LGSP, on loopback: submit
 * ({@value LltpTransformer#SUBMIT}), status ({@value LltpTransformer#STATUS}, one dossier per call)
 * and the result report ({@value LltpTransformer#REPORT}), each with the {@code authKey} in the
 * body. It refuses what the contract says the ministry refuses (a value that is not a string, type
 * other than 1/2, a Phiếu số 2 by mandate, a missing identity field, a date not {@code dd/MM/yyyy},
 * a local nationality or ethnicity code), answers a repeated dossier code "đã được tiếp nhận, không
 * thể cập nhật thông tin", answers a report of the state a dossier already has "không thể cập nhật
 * lên trạng thái", and can answer reports with the transient {@code 03}. It also plays VNeID,
 * pushing dossiers to the portal's receiver.
 *
 * <pre>{@code
 * try (CriminalRecordSimulator sim = CriminalRecordSimulator.start();
 *     CriminalRecordClient client = sim.clientBuilder().build()) {
 *   client.submit(context, declaration);
 *   sim.advance(declaration.dossierCode().value());   // 2 → 4
 *   sim.advance(declaration.dossierCode().value());   // 4 → 9, with the certificate
 * }
 * }</pre>
 */
public final class CriminalRecordSimulator implements Simulator {

  /** The test authKey; never a real one. */
  public static final String AUTH_KEY = "lltp-simulator-auth-key";

  public static final String PROVINCE_CODE = "24";
  public static final String PROVINCE_NAME = "Bắc Giang";

  private final WireMockServer server;
  private final FaultInjector faults = new FaultInjector();
  private final LltpBook book = new LltpBook();
  private final LltpTransformer transformer;
  private final VneidPush vneid = new VneidPush();

  private CriminalRecordSimulator(int port) {
    this.transformer = new LltpTransformer(book, faults, AUTH_KEY, PROVINCE_CODE);
    this.server =
        new WireMockServer(
            wireMockConfig().bindAddress("127.0.0.1").port(port).extensions(transformer));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(ok()));
  }

  /** Starts a simulator on a free loopback port. */
  public static CriminalRecordSimulator start() {
    return new CriminalRecordSimulator(0);
  }

  /** Starts a simulator on {@code port} (0 for a free one). */
  public static CriminalRecordSimulator start(int port) {
    return new CriminalRecordSimulator(port);
  }

  @Override
  public String system() {
    return "criminal-record";
  }

  @Override
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /** The keys of {@code CriminalRecordClientBuilder.configure}, with this simulator's values. */
  @Override
  public Map<String, String> connectionInfo() {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("criminal-record.endpoint", baseUrl().toString());
    info.put("criminal-record.authKey", AUTH_KEY);
    info.put("criminal-record.province.code", PROVINCE_CODE);
    info.put("criminal-record.province.name", PROVINCE_NAME);
    return info;
  }

  @Override
  public FaultInjector faults() {
    return faults;
  }

  /**
   * The sample code table ({@code 3106 → VN}, {@code 55305 → 01}, ...) the simulator's portal uses.
   */
  public static CodeTable codeTable() {
    try (InputStream in =
        CriminalRecordSimulator.class.getResourceAsStream("/criminalrecord/codes.csv")) {
      return CodeTable.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A client builder for this simulator: endpoint, authKey, province, the sample code table. */
  public CriminalRecordClientBuilder clientBuilder() {
    return CriminalRecordClient.builder()
        .endpoint(baseUrl())
        .authKey(Secret.of(AUTH_KEY))
        .province(PROVINCE_CODE, PROVINCE_NAME)
        .codeTable(codeTable());
  }

  /** Moves a dossier one step on 2 → 4 → 9 (certificate issued) → 10; the new state. */
  public int advance(String dossierCode) {
    return book.advance(dossierCode);
  }

  /** When on, every status call moves the dossier one step first, as time passing would. */
  public void progressOnPoll(boolean on) {
    transformer.progressOnPoll = on;
  }

  /**
   * When on, certificates come back as an HTML page instead of a PDF (a broken ministry export).
   */
  public void spoilCertificates(boolean on) {
    transformer.spoilCertificates = on;
  }

  /** Sets a dossier's state (1-10). */
  public void setState(String dossierCode, int state) {
    book.setState(dossierCode, state);
  }

  /** The dossier's state at the ministry, or 0 when it has none. */
  public int state(String dossierCode) {
    return book.find(dossierCode).map(d -> d.state).orElse(0);
  }

  /** The certificate PDF the simulator issues for a dossier (to compare digests with). */
  public static byte[] certificateOf(String dossierCode) {
    return LltpBook.certificatePdf(dossierCode);
  }

  /** Reports applied to a dossier, in order ({@code "ketqua:9"}, ...); repeats and 03s not. */
  public List<String> reportsApplied(String dossierCode) {
    return book.find(dossierCode).map(d -> List.copyOf(d.reports)).orElse(List.of());
  }

  /** Makes the next {@code count} result reports answer {@code 03} "yêu cầu bị gián đoạn". */
  public void interruptNextReports(int count) {
    transformer.transientReports.set(count);
  }

  /**
   * Plays VNeID: registers the dossier at the ministry (so its results can be reported) and pushes
   * it to the portal's receiver at {@code endpoint?CodeGet=codeGet}; the portal's answer body.
   */
  public String pushVneidDossier(
      URI endpoint, String codeGet, String dossierCode, boolean byMandate) {
    book.registerVneid(dossierCode, "1");
    return vneid.send(endpoint, codeGet, VneidPush.bytes(VneidPush.sample(dossierCode, byMandate)));
  }

  /** Registers a VNeID-originated dossier at the ministry (state 2), as a push would. */
  public void registerVneidDossier(String dossierCode) {
    book.registerVneid(dossierCode, "1");
  }

  /** The VNeID sample dossier as JSON, to change before {@link #pushVneidBody}. */
  public static ObjectNode vneidSample(String dossierCode, boolean byMandate) {
    return VneidPush.sample(dossierCode, byMandate);
  }

  /** Pushes any body as VNeID would; the portal's answer body. */
  public String pushVneidBody(URI endpoint, String codeGet, byte[] body) {
    return vneid.send(endpoint, codeGet, body);
  }

  /** How many API calls the simulator received since start or {@link #reset()}. */
  public int receivedCount() {
    return server.getAllServeEvents().size();
  }

  /** The underlying WireMock server, for assertions on its request journal. */
  public WireMockServer wireMock() {
    return server;
  }

  /** Forgets requests, dossiers, faults and pending 03s. */
  public void reset() {
    server.resetRequests();
    book.clear();
    faults.clear();
    transformer.transientReports.set(0);
    transformer.progressOnPoll = false;
    transformer.spoilCertificates = false;
  }

  @Override
  public void close() {
    server.stop();
  }
}
