package vn.connector.civilregistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.connector.civilregistry.internal.UnitCatalogue;
import vn.connector.civilregistry.model.PushReceipt;
import vn.connector.civilregistry.model.Registration;
import vn.connector.civilregistry.model.RegistrationKind;
import vn.connector.civilregistry.model.RegistrationStatus;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;

/**
 * Client for the civil registry (Hệ thống đăng ký và quản lý hộ tịch, Bộ Tư pháp): push birth,
 * death and marriage registrations ({@code NhanDKHT}) and poll their results ({@code LayKetQua}).
 * Immutable and thread-safe: build one per application and share it. To follow dossiers to their
 * final state durably, hand the client to a {@link RegistrationTracker}.
 *
 * <pre>{@code
 * CivilRegistryClient registry = CivilRegistryClient.builder()
 *     .endpoint(URI.create("https://hotich.example.gov.vn/api/"))
 *     .tls(TlsSettings.builder().trustAnchorsPem(Path.of("national-ca.pem")).build())
 *     .build();                                     // no auth: the dedicated network
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

  CivilRegistryClient(RegistryCalls calls, int batchSize) {
    this.calls = calls;
    this.batchSize = batchSize;
  }

  public static CivilRegistryClientBuilder builder() {
    return new CivilRegistryClientBuilder();
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
   * The states of the given dossiers (one-stop codes), asked {@link
   * CivilRegistryClientBuilder#batchSize} at a time. Dossiers the registry does not know are absent
   * from the answer.
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
}
