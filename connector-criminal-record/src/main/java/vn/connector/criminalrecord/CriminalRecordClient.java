package vn.connector.criminalrecord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.internal.Json;
import vn.connector.criminalrecord.internal.DeclarationWire;
import vn.connector.criminalrecord.internal.Province;
import vn.connector.criminalrecord.internal.ReportWire;
import vn.connector.criminalrecord.internal.StatusWire;
import vn.connector.criminalrecord.model.Declaration;
import vn.connector.criminalrecord.model.DossierStatus;
import vn.connector.criminalrecord.model.ReportOutcome;
import vn.connector.criminalrecord.model.ResultReport;
import vn.connector.criminalrecord.model.SubmitOutcome;

/**
 * Client for the criminal-record certificate system (Hệ thống cấp phiếu lý lịch tư pháp) through
 * the LGSP: submits declarations, reads a dossier's status and certificate, reports the results of
 * VNeID-originated dossiers. Every body carries the {@code authKey}; it appears in no log line,
 * {@code toString} or exception message. Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * CriminalRecordClient client = CriminalRecordClient.builder()
 *     .endpoint(URI.create("https://lgsp.example.gov.vn/lltp"))
 *     .authKey(Secret.of(System.getenv("LLTP_AUTH_KEY")))
 *     .province("24", "Bắc Giang")
 *     .codeTable(CodeTable.load(Files.newInputStream(Path.of("lltp-codes.csv"))))
 *     .build();
 * SubmitOutcome outcome = client.submit(context, declaration);
 * Optional<DossierStatus> status = client.status(context, declaration.dossierCode());
 * }</pre>
 *
 * <p>Every rule of the declaration is checked and every local code translated before anything is
 * sent; a failure is an {@link IllegalArgumentException} naming the field. Submission is idempotent
 * by dossier code: the ministry answers a repeat "đã được tiếp nhận", which is {@link
 * SubmitOutcome#ALREADY_RECEIVED}, so a call whose answer was lost is sent again.
 */
public final class CriminalRecordClient implements AutoCloseable {

  private final LltpCalls calls;
  private final Province province;
  private final CodeTable codes;

  CriminalRecordClient(LltpCalls calls, Province province, CodeTable codes) {
    this.calls = calls;
    this.province = province;
    this.codes = codes;
  }

  public static CriminalRecordClientBuilder builder() {
    return new CriminalRecordClientBuilder();
  }

  /**
   * Submits a declaration.
   *
   * @throws IllegalArgumentException when a local code has no ministry code, before sending
   * @throws vn.connector.core.ServiceException when the ministry refuses it (its code and text
   *     kept)
   */
  public SubmitOutcome submit(CallContext context, Declaration declaration) {
    CallContext.require(context);
    Objects.requireNonNull(declaration, "declaration");
    return calls.submit(context, DeclarationWire.body(declaration, province, codes));
  }

  /** The dossier's status, one dossier per call; empty when the ministry holds no such dossier. */
  public Optional<DossierStatus> status(CallContext context, DossierCode dossierCode) {
    CallContext.require(context);
    Objects.requireNonNull(dossierCode, "dossierCode");
    return calls.status(context, dossierCode, StatusWire.body(province, dossierCode));
  }

  /**
   * Sends a result report now. A run of {@code 03} answers ends in a retryable {@link
   * vn.connector.core.ServiceException}; to have the report delivered whatever happens, also across
   * restarts, enqueue it with {@link ResultReporter} instead.
   */
  public ReportOutcome reportResult(CallContext context, ResultReport report) {
    CallContext.require(context);
    Objects.requireNonNull(report, "report");
    return calls.report(context, ReportWire.body(report, province));
  }

  /** The report as the JSON body an outbox item keeps (without the authKey). */
  String reportPayload(ResultReport report) {
    Objects.requireNonNull(report, "report");
    return new String(Json.write(ReportWire.body(report, province)), StandardCharsets.UTF_8);
  }

  /** Sends a report kept by {@link #reportPayload}. */
  ReportOutcome deliverPayload(CallContext context, String payload) {
    JsonNode body;
    try {
      body = Json.mapper().readTree(payload);
    } catch (IOException e) {
      throw new IllegalArgumentException("payload: not a report body");
    }
    if (!(body instanceof ObjectNode object)) {
      throw new IllegalArgumentException("payload: not a report body");
    }
    return calls.report(context, object);
  }

  @Override
  public void close() {
    calls.close();
  }

  @Override
  public String toString() {
    return "CriminalRecordClient[" + province.code() + "]";
  }
}
