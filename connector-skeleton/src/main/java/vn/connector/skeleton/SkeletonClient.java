package vn.connector.skeleton;

import java.util.Objects;
import vn.connector.core.AgencyCode;
import vn.connector.core.CallContext;
import vn.connector.core.ClientBuilder;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.DossierCode;
import vn.connector.skeleton.internal.SkeletonWire;
import vn.connector.skeleton.model.DossierStatus;
import vn.connector.skeleton.model.Receipt;
import vn.connector.skeleton.model.Submission;

/**
 * Client of the skeleton system: the shape every connector has. Immutable and thread-safe: build
 * one per application and share it.
 *
 * <pre>{@code
 * SkeletonClient client = SkeletonClient.builder()
 *     .endpoint(URI.create("https://lgsp.example.gov.vn/skeleton"))
 *     .auth(Auth.oauth2ClientCredentials(tokenUri, "consumer-key", Secret.of(secret)))
 *     .unit(AgencyCode.parse("000.00.01.H22"))
 *     .build();
 * Receipt receipt = client.submit(context, new Submission(dossier, "Đăng ký khai sinh"));
 * }</pre>
 */
public final class SkeletonClient implements AutoCloseable {

  private final SkeletonCalls calls;

  private SkeletonClient(SkeletonCalls calls) {
    this.calls = calls;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Pushes a dossier (NhanHoSo). A repeated push is success: {@link Receipt#alreadyReceived()}.
   *
   * @throws vn.connector.core.ServiceException the system refused it (code, hint)
   */
  public Receipt submit(CallContext context, Submission submission) {
    CallContext.require(context);
    Objects.requireNonNull(submission, "submission");
    return calls.submit(context, submission);
  }

  /** The dossier's state at the national side (TraCuuHoSo). */
  public DossierStatus status(CallContext context, DossierCode dossier) {
    CallContext.require(context);
    Objects.requireNonNull(dossier, "dossier");
    return calls.status(context, dossier);
  }

  @Override
  public void close() {
    calls.close();
  }

  /**
   * Builds a {@link SkeletonClient}: the shared options from {@link ClientBuilder} ({@code
   * skeleton.*} keys in {@link #configure}), plus the one option of this system, the unit code
   * ({@code skeleton.unit}).
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private AgencyCode unit;

    private Builder() {
      super("skeleton");
    }

    /** MaDonVi: the agency code of the portal's unit, sent with every push. Required. */
    public Builder unit(AgencyCode unit) {
      this.unit = Objects.requireNonNull(unit, "unit");
      return this;
    }

    @Override
    protected void configureSystem(ConnectorConfig config) {
      config.optional("skeleton.unit").ifPresent(u -> unit(AgencyCode.parse(u)));
    }

    public SkeletonClient build() {
      if (unit == null) {
        throw new IllegalStateException("unit is required");
      }
      return new SkeletonClient(new SkeletonCalls(transport(), new SkeletonWire(endpoint(), unit)));
    }
  }
}
