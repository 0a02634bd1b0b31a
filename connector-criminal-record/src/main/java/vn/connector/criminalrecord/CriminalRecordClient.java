package vn.connector.criminalrecord;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.HttpTransport;
import vn.connector.core.Secret;
import vn.connector.core.internal.Json;
import vn.connector.criminalrecord.internal.AuthKeyField;
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
 * SubmitOutcome#ALREADY_RECEIVED}, so timeouts are retried.
 */
public final class CriminalRecordClient implements AutoCloseable {

  private final HttpTransport transport;
  private final LltpCalls calls;
  private final Province province;
  private final CodeTable codes;

  private CriminalRecordClient(Builder b) {
    this.transport = b.transport.copy().auth(new AuthKeyField(b.authKey)).build();
    String base = b.endpoint.toString().replaceAll("/+$", "");
    this.calls =
        new LltpCalls(
            transport,
            URI.create(base + b.submitPath),
            URI.create(base + b.statusPath),
            URI.create(base + ReportWire.PATH));
    this.province = b.province;
    this.codes = b.codes;
  }

  public static Builder builder() {
    return new Builder();
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
    ObjectNode body = DeclarationWire.body(declaration, province, codes);
    return calls.submit(context, body);
  }

  /** The dossier's status, one dossier per call; empty when the ministry holds no such dossier. */
  public Optional<DossierStatus> status(CallContext context, DossierCode dossierCode) {
    CallContext.require(context);
    Objects.requireNonNull(dossierCode, "dossierCode");
    return calls.status(context, dossierCode, StatusWire.body(province, dossierCode));
  }

  /**
   * Sends a result report once, now. A {@code 03} answer is a retryable {@link
   * vn.connector.core.ServiceException}; to have it retried until delivered, also across restarts,
   * enqueue {@link #reportPayload} on the outbox instead and let the result-report deliverer send
   * it.
   */
  public ReportOutcome reportResult(CallContext context, ResultReport report) {
    CallContext.require(context);
    return calls.report(
        context, ReportWire.body(Objects.requireNonNull(report, "report"), province));
  }

  /** The report as the JSON body to keep in an outbox item (without the authKey). */
  public String reportPayload(ResultReport report) {
    return new String(
        Json.write(ReportWire.body(Objects.requireNonNull(report, "report"), province)),
        java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Sends a report kept by {@link #reportPayload}. */
  ReportOutcome deliverPayload(CallContext context, String payload) {
    try {
      return calls.report(context, (ObjectNode) Json.mapper().readTree(payload));
    } catch (IOException | ClassCastException e) {
      throw new UncheckedIOException(
          "payload: not a report body", e instanceof IOException io ? io : new IOException(e));
    }
  }

  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "CriminalRecordClient[" + province.code() + "]";
  }

  /**
   * Builds a {@link CriminalRecordClient}; setters check their argument, {@link #build()} the
   * whole.
   */
  public static final class Builder {
    private URI endpoint;
    private Secret authKey;
    private Province province;
    private CodeTable codes;
    private String submitPath = "/v2/lyLichTuPhap/nhanHoSoLLTP";
    private String statusPath = "/v2/lyLichTuPhap/traCuuTrangThaiHoSoLLTP";
    private HttpTransport.Builder transport = HttpTransport.builder();

    private Builder() {}

    /** The LLTP base URL as the LGSP exposes it. */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
      return this;
    }

    /** The key the ministry issued to the province; sent as {@code authKey} in every body. */
    public Builder authKey(Secret authKey) {
      this.authKey = Objects.requireNonNull(authKey, "authKey");
      return this;
    }

    /** maTinh and tenTinh of the province, in every body. */
    public Builder province(String code, String name) {
      this.province = new Province(code, name);
      return this;
    }

    /** The province's nationality and ethnicity codes mapped to the ministry's. */
    public Builder codeTable(CodeTable codes) {
      this.codes = Objects.requireNonNull(codes, "codeTable");
      return this;
    }

    /**
     * Path of the submission under the endpoint. The default is a modelled name: the paths are
     * configuration in the code seen, so set what your LGSP publishes.
     */
    public Builder submitPath(String path) {
      this.submitPath = path(path, "submitPath");
      return this;
    }

    /** Path of the status call (default modelled, as {@link #submitPath}). */
    public Builder statusPath(String path) {
      this.statusPath = path(path, "statusPath");
      return this;
    }

    /**
     * Timeouts, TLS, retries, audit, clock and sleeper (default {@code HttpTransport.builder()}).
     * Its auth is replaced by the body {@code authKey}. The client owns the transport it builds.
     */
    public Builder transport(HttpTransport.Builder transport) {
      this.transport = Objects.requireNonNull(transport, "transport");
      return this;
    }

    public CriminalRecordClient build() {
      if (endpoint == null) {
        throw new IllegalStateException("endpoint is required");
      }
      if (authKey == null) {
        throw new IllegalStateException("authKey is required");
      }
      if (province == null) {
        throw new IllegalStateException("province is required");
      }
      if (codes == null) {
        throw new IllegalStateException("codeTable is required");
      }
      return new CriminalRecordClient(this);
    }

    private static String path(String path, String field) {
      Objects.requireNonNull(path, field);
      if (!path.startsWith("/") || path.contains("?") || path.contains("#")) {
        throw new IllegalArgumentException(
            field + ": must start with / and have no query, was " + path);
      }
      return path;
    }
  }
}
