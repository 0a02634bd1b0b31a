package vn.connector.civilregistry;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.connector.civilregistry.internal.UnitCatalogue;
import vn.connector.civilregistry.model.PushReceipt;
import vn.connector.civilregistry.model.Registration;
import vn.connector.civilregistry.model.RegistrationKind;
import vn.connector.civilregistry.model.RegistrationStatus;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.AuditListener;
import vn.connector.core.Auth;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.HttpTransport;
import vn.connector.core.RetryPolicy;
import vn.connector.core.Sleeper;
import vn.connector.core.TlsSettings;

/**
 * Client for the civil registry (Hệ thống đăng ký và quản lý hộ tịch, Bộ Tư pháp): push birth,
 * death and marriage registrations ({@code NhanDKHT}) and poll their results ({@code LayKetQua}).
 * Immutable and thread-safe: build one per application and share it. To follow dossiers to their
 * final state durably, hand the client to a {@link RegistrationTracker}.
 *
 * <pre>{@code
 * CivilRegistryClient registry = CivilRegistryClient.builder()
 *     .endpoint(URI.create("https://hotich.example.gov.vn/api"))
 *     .auth(Auth.none())                          // the ministry's dedicated network
 *     .build();
 * PushReceipt receipt = registry.push(context, birth);
 * List<RegistrationStatus> states = registry.poll(context, RegistrationKind.BIRTH,
 *     AdministrativeUnitCode.parse("01"), List.of(birth.dossier().oneStopCode()));
 * }</pre>
 *
 * <p>Every registration is checked before anything is sent: the model's rules, then every unit code
 * against the administrative-unit lists (three-level for an address with a district, two-level
 * without). A push is idempotent: the registry keeps one dossier per interlinked code, and answers
 * a repeat "đã được tiếp nhận", which {@link PushReceipt#alreadyReceived()} reports as success.
 */
public final class CivilRegistryClient implements AutoCloseable {

  /** The batch size of the portal seen; the registry's own limit is not known. */
  public static final int DEFAULT_BATCH_SIZE = 3;

  private final RegistryCalls calls;
  private final UnitCheck units = new UnitCheck();
  private final int batchSize;

  private CivilRegistryClient(RegistryCalls calls, int batchSize) {
    this.calls = calls;
    this.batchSize = batchSize;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Pushes a registration (tiếp nhận hồ sơ đăng ký hộ tịch), attachments streamed, cancelled ones
   * left out.
   *
   * @param context who pushes the personal data, for which dossier; required
   * @throws IllegalArgumentException naming the field, before anything is sent
   * @throws vn.connector.core.ServiceException the registry refused the dossier (its code and text
   *     kept)
   */
  public PushReceipt push(CallContext context, Registration registration) {
    CallContext.require(context);
    Objects.requireNonNull(registration, "registration");
    units.check(registration);
    return calls.push(context, registration);
  }

  /**
   * The states of the given dossiers (one-stop codes), asked {@link Builder#batchSize} at a time.
   * Dossiers the registry does not know are absent from the answer.
   *
   * @param province mã tỉnh of the registering units
   */
  public List<RegistrationStatus> poll(
      CallContext context,
      RegistrationKind kind,
      AdministrativeUnitCode province,
      List<DossierCode> codes) {
    CallContext.require(context);
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(province, "province");
    if (province.level() != AdministrativeUnitCode.Level.PROVINCE) {
      throw new IllegalArgumentException("province: must be a province code, was " + province);
    }
    List<DossierCode> all = List.copyOf(Objects.requireNonNull(codes, "codes"));
    List<RegistrationStatus> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i += batchSize) {
      out.addAll(
          calls.poll(context, kind, province, all.subList(i, Math.min(all.size(), i + batchSize))));
    }
    return out;
  }

  /** The province of a registering unit, as {@link #poll} wants it. */
  public static AdministrativeUnitCode provinceOf(AdministrativeUnitCode registeringUnit) {
    return UnitCatalogue.get().provinceOf(registeringUnit);
  }

  /** How many dossiers one result poll asks for. */
  public int batchSize() {
    return batchSize;
  }

  @Override
  public void close() {
    calls.close();
  }

  /** Builds a {@link CivilRegistryClient}. Not thread-safe; every setting validates at once. */
  public static final class Builder {
    private URI endpoint;
    private String pushPath = "NhanDKHT";
    private String pollPath = "LayKetQua";
    private final HttpTransport.Builder transport = HttpTransport.builder();
    private Clock clock = Clock.systemUTC();
    private int batchSize = DEFAULT_BATCH_SIZE;
    private long maxAttachmentBytes = 20L * 1024 * 1024;

    private Builder() {}

    /** The registry's base URL; the operation paths are resolved under it. Required. */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Endpoints.base(endpoint, "endpoint");
      return this;
    }

    /**
     * The paths of the push and the poll under the endpoint (default {@code NhanDKHT} and {@code
     * LayKetQua}). The portals seen configure them; change them to your gateway's.
     */
    public Builder paths(String push, String poll) {
      this.pushPath = Endpoints.path(push, "push");
      this.pollPath = Endpoints.path(poll, "poll");
      return this;
    }

    /**
     * How calls authenticate (default {@link Auth#none()}: the ministry's endpoint sits on the
     * dedicated network); {@link Auth#staticBearer} or {@link Auth#oauth2ClientCredentials} through
     * a gateway.
     */
    public Builder auth(Auth auth) {
      transport.auth(auth);
      return this;
    }

    /** Trust anchors and client certificate; required for HTTPS. */
    public Builder tls(TlsSettings tls) {
      transport.tls(tls);
      return this;
    }

    /** Time to connect (default 5 s). */
    public Builder connectTimeout(Duration timeout) {
      transport.connectTimeout(timeout);
      return this;
    }

    /**
     * Time to wait for an answer (default 30 s); raise it when pushes carry large scans over a slow
     * line.
     */
    public Builder responseTimeout(Duration timeout) {
      transport.responseTimeout(timeout);
      return this;
    }

    /** When calls are retried (default {@link RetryPolicy#defaults()}). */
    public Builder retryPolicy(RetryPolicy policy) {
      transport.retryPolicy(policy);
      return this;
    }

    /** Where audit events go (default {@link AuditListener#slf4j()}). */
    public Builder auditListener(AuditListener listener) {
      transport.auditListener(listener);
      return this;
    }

    /** The clock for deadlines and evidence times (default UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      transport.clock(clock);
      return this;
    }

    /** How retries wait (default {@link Sleeper#system()}); tests inject one that does not wait. */
    public Builder sleeper(Sleeper sleeper) {
      transport.sleeper(sleeper);
      return this;
    }

    /**
     * Dossiers per result poll (default 3, as the portal seen asks; the registry's limit is not
     * published). Raise it only if your registry accepts more.
     */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1 || batchSize > 100) {
        throw new IllegalArgumentException("batchSize: must be 1-100, was " + batchSize);
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * The largest attachment sent (default 20 MiB); a larger one fails the push before it is sent.
     */
    public Builder maxAttachmentBytes(long max) {
      if (max < 1) {
        throw new IllegalArgumentException("maxAttachmentBytes: must be positive, was " + max);
      }
      this.maxAttachmentBytes = max;
      return this;
    }

    public CivilRegistryClient build() {
      if (endpoint == null) {
        throw new IllegalStateException("endpoint is required");
      }
      RegistryCalls calls =
          new RegistryCalls(
              transport.copy().build(),
              endpoint.resolve(pushPath),
              endpoint.resolve(pollPath),
              clock,
              maxAttachmentBytes);
      return new CivilRegistryClient(calls, batchSize);
    }
  }
}
