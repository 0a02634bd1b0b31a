package vn.connector.nationalportal;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.connector.core.CallContext;
import vn.connector.core.CitizenId;
import vn.connector.core.DossierCode;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.ProcedureCode;
import vn.connector.nationalportal.internal.PortalCalls;
import vn.connector.nationalportal.model.CatalogueItem;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.nationalportal.model.Procedure;
import vn.connector.nationalportal.model.ProgressEntry;
import vn.connector.nationalportal.model.PromotionNotice;
import vn.connector.nationalportal.model.SyncOutcome;

/**
 * Client for the national public-service portal (Cổng Dịch vụ công quốc gia): dossier and progress
 * sync in either wire style, lookups and the national procedure catalogue (style A). Immutable and
 * thread-safe: build one per application and share it.
 *
 * <pre>{@code
 * NationalPortalClient portal = NationalPortalClient.builder()
 *     .profile(PortalProfile.adapter(URI.create("https://dvc.example.gov.vn/adapter"), "/auth",
 *         "/integration", "portal-user", Secret.of(System.getenv("DVCQG_PASSWORD")),
 *         "000.00.01.H22"))
 *     .build();
 * SyncOutcome outcome = portal.sync(dossier);            // CREATED, or UPDATED if it existed
 * portal.progress(List.of(ProgressEntry.reception(dossier.code(), "Trần Thị Bình", Instant.now())));
 * Optional<Procedure> birth = portal.procedure(ProcedureCode.parse("1.001193"));
 * }</pre>
 *
 * <p>These calls are synchronous, for tools and tests. A portal sends its changes through {@link
 * NationalPortalSync} instead, in its own transaction, so that none is lost. Everything is
 * validated before it is sent (the records check themselves); a national refusal is a {@link
 * vn.connector.core.ServiceException} with the national code ({@code 4} unknown procedure, {@code
 * 5} malformed code, {@code 6} missing field) and text.
 *
 * <p>The catalogue is cached: each list and procedure is served for {@link
 * NationalPortalClientBuilder#catalogueTtl(java.time.Duration)} (default 24 hours) after it was
 * fetched, then fetched again on the next read; {@link #refreshCatalogue()} forgets it all at once
 * (after the national catalogue announced a change). An unknown procedure is not cached.
 */
public final class NationalPortalClient implements AutoCloseable {

  private final PortalCalls calls;
  private final CatalogueCache catalogue;
  private final PortalProfile profile;
  private final boolean checkProcedures;

  NationalPortalClient(
      PortalCalls calls, CatalogueCache catalogue, PortalProfile profile, boolean checkProcedures) {
    this.calls = calls;
    this.catalogue = catalogue;
    this.profile = profile;
    this.checkProcedures = checkProcedures;
  }

  public static NationalPortalClientBuilder builder() {
    return new NationalPortalClientBuilder();
  }

  /** The wire style this client speaks. */
  public PortalProfile.Style style() {
    return profile.style();
  }

  /**
   * Sends a dossier as new; if the portal answers that it exists ("đã tồn tại"), sends it again as
   * an update.
   *
   * @throws IllegalArgumentException when {@link NationalPortalClientBuilder#checkProcedures} is on
   *     and the procedure is not in the national catalogue (nothing is sent)
   */
  public SyncOutcome sync(Dossier dossier) {
    return sync(dossier, false);
  }

  SyncOutcome sync(Dossier dossier, boolean knownToExist) {
    Objects.requireNonNull(dossier, "dossier");
    if (checkProcedures && procedure(dossier.procedure().code()).isEmpty()) {
      throw new IllegalArgumentException(
          "procedure.code: "
              + dossier.procedure().code().value()
              + " is not in the national procedure catalogue");
    }
    return calls.sync(dossier, knownToExist);
  }

  /** Sends progress entries ({@code TienDo}), at most 10 a request, in the order given. */
  public void progress(List<ProgressEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    entries.forEach(e -> Objects.requireNonNull(e, "entries: must not contain null"));
    if (!entries.isEmpty()) {
      calls.progress(List.copyOf(entries));
    }
  }

  /**
   * The dossier as the national portal holds it ({@code TraCuuHoSo}), or empty. Style A only.
   *
   * @param context who reads the applicant's data and why; required
   */
  public Optional<Dossier> find(CallContext context, DossierCode code) {
    CallContext.require(context);
    return calls.find(context, Objects.requireNonNull(code, "code"));
  }

  /** Sends the state of a promotion-notice dossier ({@code DongBoTrangThaiHoSo}). Style A only. */
  public void syncNotice(PromotionNotice notice) {
    calls.notice(Objects.requireNonNull(notice, "notice"));
  }

  /** A citizen's national account id ({@code TraCuuTechID}), or empty. Style A only. */
  public Optional<String> techId(CallContext context, CitizenId citizen) {
    CallContext.require(context);
    return calls.techId(context, Objects.requireNonNull(citizen, "citizen").value());
  }

  /** An enterprise's national account id, by its tax code ({@code TraCuuTechID}). Style A only. */
  public Optional<String> techId(CallContext context, EnterpriseCode enterprise) {
    CallContext.require(context);
    return calls.techId(context, Objects.requireNonNull(enterprise, "enterprise").value());
  }

  /** Every procedure of the national catalogue, code and name ({@code LayDanhSachTTHC}). */
  public List<CatalogueItem> procedures() {
    return catalogue.get(
        "LayDanhSachTTHC", () -> calls.catalogue("LayDanhSachTTHC", "MATTHC", "TENTTHC"));
  }

  /** One procedure with its fields, steps, channels and documents ({@code LayThuTuc}). */
  public Optional<Procedure> procedure(ProcedureCode code) {
    Objects.requireNonNull(code, "code");
    return catalogue.get("LayThuTuc:" + code.value(), () -> calls.procedure(code));
  }

  /** The public services (dịch vụ công, {@code LayDVC}). */
  public List<CatalogueItem> publicServices() {
    return catalogue.get("LayDVC", () -> calls.catalogue("LayDVC", "MADVC", "TENDVC"));
  }

  /** The agencies ({@code LayDanhMucCoQuan}). */
  public List<CatalogueItem> agencies() {
    return catalogue.get(
        "LayDanhMucCoQuan", () -> calls.catalogue("LayDanhMucCoQuan", "MACOQUAN", "TENCOQUAN"));
  }

  /** The fields of practice ({@code LayDanhMucLinhVuc}). */
  public List<CatalogueItem> fieldsOfPractice() {
    return catalogue.get(
        "LayDanhMucLinhVuc", () -> calls.catalogue("LayDanhMucLinhVuc", "MALINHVUC", "TENLINHVUC"));
  }

  /** Forgets the cached catalogue: the next read of each part fetches it. */
  public void refreshCatalogue() {
    catalogue.clear();
  }

  /** Closes the connection pool. */
  @Override
  public void close() {
    calls.close();
  }
}
