package vn.connector.population;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.connector.core.CallContext;
import vn.connector.core.Gender;
import vn.connector.core.HttpTransport;
import vn.connector.population.internal.PopulationCalls;
import vn.connector.population.model.Citizen;
import vn.connector.population.model.CitizenField;
import vn.connector.population.model.CitizenQuery;
import vn.connector.population.model.Household;
import vn.connector.population.model.Verification;
import vn.connector.population.model.Verification.Check;

/**
 * Client for the national population database (CSDL quốc gia về dân cư, C06). Immutable and
 * thread-safe: build one per application and share it; close it on shutdown.
 *
 * <pre>{@code
 * PopulationClient client = PopulationClient.builder()
 *     .profile(PopulationProfile.DIRECT)
 *     .endpoint(URI.create("https://c06.example.gov.vn/dancu"))
 *     .auth(Auth.c06SignedBasic("portal-user", Secret.of(System.getenv("C06_SECRET")),
 *         Secret.of(System.getenv("C06_API_KEY")), "VN/GOV/000.00.01.H56/portal", null))
 *     .serviceCode("VPCP").integrationCode("037")
 *     .build();
 * CallContext context = CallContext.of("001090012345", "000.00.01.H56",
 *     DossierCode.parse("000.00.01.H56-240115-0001"), Purpose.IDENTITY_VERIFICATION);
 * Verification v = client.verify(context,
 *     CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE));
 * if (v.matched()) { ... }
 * }</pre>
 *
 * <p>Every operation validates its input before anything is sent (bad input is an {@link
 * IllegalArgumentException} naming the field), sends one MaYeuCau per call (kept across retries),
 * emits one audit event, and throws the core exception tree on failure.
 *
 * <p>Matching is done by the national system: the name is compared after NFC, trimming and
 * collapsing spaces, case-insensitively, diacritics kept (Nguyễn ≠ Nguyên); a year-only birth date
 * matches a record of that year; a 9-digit CMND matches the old number of the same person.
 */
public final class PopulationClient implements AutoCloseable {

  private final HttpTransport transport;
  private final PopulationCalls calls;

  PopulationClient(HttpTransport transport, PopulationCalls calls) {
    this.transport = transport;
    this.calls = calls;
  }

  public static PopulationClientBuilder builder() {
    return new PopulationClientBuilder();
  }

  /**
   * Verifies ID, full name and birth date (xác thực thông tin công dân) and, when a gender is
   * given, checks it against the record and against the ID's 4th digit. Returns no personal data.
   */
  public Verification verify(CallContext context, CitizenQuery query) {
    check(context, query);
    PopulationCalls.VerifyAnswer answer = calls.verify(context, query);
    Check found =
        answer.matched() || Boolean.TRUE.equals(answer.idExists())
            ? Check.MATCH
            : Boolean.FALSE.equals(answer.idExists()) ? Check.MISMATCH : Check.NOT_CHECKED;
    Check nameAndDate =
        answer.matched()
            ? Check.MATCH
            : found == Check.MISMATCH ? Check.NOT_CHECKED : Check.MISMATCH;
    return new Verification(
        found,
        nameAndDate,
        compare(query.gender(), answer.matched() ? answer.recordGender() : null),
        compare(query.gender(), query.id().impliedGender().orElse(null)));
  }

  /**
   * Looks a citizen up (tra cứu thông tin công dân): the record when ID, name and birth date all
   * match, empty otherwise.
   */
  public Optional<Citizen> lookup(CallContext context, CitizenQuery query) {
    check(context, query);
    return calls.lookup(context, query);
  }

  /**
   * Looks a citizen up, keeping only {@code fields} of the record (and the IDs): the rest is
   * dropped before it reaches the application.
   */
  public Optional<Citizen> lookup(
      CallContext context, CitizenQuery query, Set<CitizenField> fields) {
    Set<CitizenField> keep = Set.copyOf(Objects.requireNonNull(fields, "fields"));
    return lookup(context, query).map(c -> CitizenFields.limit(c, keep));
  }

  /**
   * The household of a citizen (cung cấp thông tin hộ gia đình): every member with the relation to
   * the head; empty when the citizen was not found.
   */
  public Household household(CallContext context, CitizenQuery query) {
    check(context, query);
    return new Household(List.copyOf(calls.household(context, query)));
  }

  /**
   * A bulk verification run over many queries (a data-cleansing run over a commune), all under
   * {@code context}: streamed, bounded concurrency, rate-limited, constant memory.
   */
  public BulkVerifier.Builder bulkVerifier(CallContext context) {
    return new BulkVerifier.Builder(this, CallContext.require(context));
  }

  @Override
  public void close() {
    transport.close();
  }

  private static void check(CallContext context, CitizenQuery query) {
    CallContext.require(context);
    Objects.requireNonNull(query, "query");
  }

  private static Check compare(Gender given, Gender known) {
    if (given == Gender.UNKNOWN || known == null || known == Gender.UNKNOWN) {
      return Check.NOT_CHECKED;
    }
    return given == known ? Check.MATCH : Check.MISMATCH;
  }
}
