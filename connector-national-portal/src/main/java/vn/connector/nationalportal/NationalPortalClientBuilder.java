package vn.connector.nationalportal;

import java.time.Duration;
import java.util.Objects;
import vn.connector.core.Auth;
import vn.connector.core.ClientBuilder;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.HttpTransport;
import vn.connector.core.TokenPlacement;
import vn.connector.core.TokenSource;
import vn.connector.nationalportal.internal.AdapterCalls;
import vn.connector.nationalportal.internal.ArrayCalls;
import vn.connector.nationalportal.internal.PortalCalls;
import vn.connector.nationalportal.internal.SessionLogin;

/**
 * Builds a {@link NationalPortalClient}: the shared client options of {@link ClientBuilder}, plus
 * the {@link PortalProfile} (required), the catalogue's cache time and the catalogue check of
 * procedure codes. Not thread-safe.
 *
 * <pre>{@code
 * NationalPortalClient client = NationalPortalClient.builder()
 *     .profile(PortalProfile.plainArrays(URI.create("https://dvc.example.gov.vn/hoso/themmoi"),
 *         URI.create("https://dvc.example.gov.vn/hoso/capnhat"),
 *         URI.create("https://dvc.example.gov.vn/tiendo")))
 *     .catalogueTtl(Duration.ofHours(6))
 *     .build();
 * }</pre>
 *
 * <p>Style A authenticates with its own session (login, {@code session} in every body, renewed once
 * on {@code -1}); {@link #auth} applies to style B only (default {@link Auth#none()}: the portals
 * seen call it on the dedicated network). Configuration keys, read by {@link
 * #configure(ConnectorConfig)} besides the shared ones: {@code national-portal.style} ({@code
 * adapter} or {@code plain-arrays}); for {@code adapter} {@code national-portal.adapterUrl}, {@code
 * .authPath}, {@code .integrationPath}, {@code .username}, {@code .password}, {@code .unit},
 * optionally {@code .dstCode}; for {@code plain-arrays} {@code national-portal.createUrl}, {@code
 * .updateUrl}, {@code .progressUrl}; and {@code national-portal.catalogueTtl} (ISO-8601).
 */
public final class NationalPortalClientBuilder extends ClientBuilder<NationalPortalClientBuilder> {

  private PortalProfile profile;
  private Duration catalogueTtl = Duration.ofHours(24);
  private boolean checkProcedures;

  NationalPortalClientBuilder() {
    super(PortalCalls.SYSTEM);
  }

  /** Which wire style, and where; required. */
  public NationalPortalClientBuilder profile(PortalProfile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
    return this;
  }

  /**
   * How long a catalogue list or procedure is served from memory after it was fetched (default 24
   * hours). The national catalogue changes by decision, a few times a month; shorten it if your
   * portal must show a change the same hour, or call {@link NationalPortalClient#refreshCatalogue}.
   */
  public NationalPortalClientBuilder catalogueTtl(Duration ttl) {
    Objects.requireNonNull(ttl, "catalogueTtl");
    if (ttl.isNegative() || ttl.isZero()) {
      throw new IllegalArgumentException("catalogueTtl: must be positive, was " + ttl);
    }
    this.catalogueTtl = ttl;
    return this;
  }

  /**
   * When on (style A only; default off), a dossier whose MaTTHC is not in the national catalogue is
   * refused before it is sent, instead of being refused by the portal with code 4. Costs one cached
   * catalogue read per procedure; turn it on when procedure codes come from a local list that may
   * lag the national one.
   */
  public NationalPortalClientBuilder checkProcedures(boolean check) {
    this.checkProcedures = check;
    return this;
  }

  @Override
  protected Auth defaultAuth() {
    return Auth.none();
  }

  @Override
  protected void configureSystem(ConnectorConfig config) {
    profile(ProfileConfig.read(config));
    config
        .optional("national-portal.catalogueTtl")
        .map(Duration::parse)
        .ifPresent(this::catalogueTtl);
  }

  /**
   * @throws IllegalStateException when no profile is set, or the catalogue check is asked of style
   *     B
   */
  public NationalPortalClient build() {
    if (profile == null) {
      throw new IllegalStateException("profile is required (PortalProfile.adapter or plainArrays)");
    }
    if (checkProcedures && profile.style() != PortalProfile.Style.ADAPTER) {
      throw new IllegalStateException("checkProcedures: only style A reaches the catalogue");
    }
    return new NationalPortalClient(
        calls(), new CatalogueCache(clock(), catalogueTtl), profile, checkProcedures);
  }

  private PortalCalls calls() {
    if (profile.style() == PortalProfile.Style.PLAIN_ARRAYS) {
      return new ArrayCalls(
          transport(), profile.createUri(), profile.updateUri(), profile.progressUri());
    }
    TokenSource sessions =
        TokenSource.of(
            new SessionLogin(
                profile.loginUri(), profile.username(), profile.password(), profile.dstCode()));
    Auth session = Auth.token(sessions, TokenPlacement.sessionField("session"));
    HttpTransport transport = transport(b -> b.auth(session));
    return new AdapterCalls(transport, profile.integrationUri(), profile.unit());
  }
}
