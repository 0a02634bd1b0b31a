package vn.connector.testkit.civilregistry;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.connector.civilregistry.model.Address;
import vn.connector.civilregistry.model.Attachment;
import vn.connector.civilregistry.model.BirthDetails;
import vn.connector.civilregistry.model.BirthRegistration;
import vn.connector.civilregistry.model.CatalogueCode;
import vn.connector.civilregistry.model.Child;
import vn.connector.civilregistry.model.DeathNotice;
import vn.connector.civilregistry.model.DeathRegistration;
import vn.connector.civilregistry.model.Deceased;
import vn.connector.civilregistry.model.Dossier;
import vn.connector.civilregistry.model.IdentityDocument;
import vn.connector.civilregistry.model.MaritalStatus;
import vn.connector.civilregistry.model.MarriageRegistration;
import vn.connector.civilregistry.model.Parent;
import vn.connector.civilregistry.model.Requester;
import vn.connector.civilregistry.model.Spouse;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.BirthDate;
import vn.connector.core.CitizenId;
import vn.connector.core.DossierCode;
import vn.connector.core.Gender;
import vn.connector.core.PersonName;

/**
 * Fictional, valid registrations for tests and examples: real unit codes (Phường Phúc Xá of Quận Ba
 * Đình, Hà Nội, in the three-level list; Phường Ba Đình in the two-level list), invented people.
 *
 * <pre>{@code
 * BirthRegistration birth = SampleRegistrations.birth("000.00.01.H22-261201-0001");
 * }</pre>
 */
public final class SampleRegistrations {

  /** Phường Phúc Xá, Quận Ba Đình, Hà Nội (2025-03-01 list). */
  public static final Address PHUC_XA = Address.of("01", "001", "00001", "Số 5 ngõ 12 Phúc Xá");

  /** Phường Ba Đình, Hà Nội (2025-07-01 list, no district). */
  public static final Address BA_DINH = Address.of("01", "00004", "Số 18 Hoàng Diệu");

  /** The registering unit of the samples: Phường Ba Đình. */
  public static final AdministrativeUnitCode UNIT = AdministrativeUnitCode.parse("00004");

  public static final Instant RECEIVED = Instant.parse("2026-12-01T02:00:00Z");

  private static final CatalogueCode KINH = CatalogueCode.of("01");
  private static final CatalogueCode VN = CatalogueCode.of("VN");
  private static final CatalogueCode PERMANENT = CatalogueCode.of("1");
  private static final CatalogueCode CCCD = CatalogueCode.of("1");

  private SampleRegistrations() {}

  /** A birth whose interlinked code is its one-stop code; one paper sent, one withdrawn. */
  public static BirthRegistration birth(String code) {
    Child child =
        Child.of(
            PersonName.of("Nguyễn Minh An"),
            Gender.MALE,
            LocalDate.of(2026, 11, 20),
            PHUC_XA,
            KINH,
            VN);
    Parent mother =
        Parent.of(
            PersonName.of("Trần Thị Bình"),
            BirthDate.of(1995, 3, 2),
            KINH,
            VN,
            PERMANENT,
            BA_DINH,
            CitizenId.parse("001195012345"));
    Parent father =
        Parent.of(
            PersonName.of("Nguyễn Văn Cường"),
            BirthDate.ofYear(1993),
            KINH,
            VN,
            PERMANENT,
            BA_DINH,
            CitizenId.parse("001093012345"));
    return new BirthRegistration(
        dossier(code),
        BirthDetails.of("GCS-2026-001234", LocalDate.of(2026, 11, 21), CatalogueCode.of("1"), 1),
        child,
        mother,
        father,
        requester("CHA", "001093012345"),
        List.of(
            Attachment.ofBytes(1, 3, "Giấy chứng sinh", "gcs.pdf", pdf("giay chung sinh")),
            Attachment.ofBytes(2, 5, "Tờ khai cũ", "to-khai-cu.pdf", pdf("cu")).cancel()));
  }

  public static DeathRegistration death(String code) {
    Deceased deceased =
        new Deceased(
            PersonName.of("Lê Văn Dũng"),
            Gender.MALE,
            BirthDate.of(1940, 5, 1),
            KINH,
            VN,
            IdentityDocument.of(CCCD, "001040012345", LocalDate.of(2021, 4, 1), "Cục CS QLHC"),
            BA_DINH,
            LocalDate.of(2026, 11, 28),
            LocalTime.of(14, 30),
            PHUC_XA,
            "Bệnh già");
    DeathNotice notice =
        new DeathNotice(
            "GBT-2026-0042",
            CatalogueCode.of("1"),
            "42/GBT",
            LocalDate.of(2026, 11, 28),
            "Bệnh viện Đa khoa Ba Đình");
    return new DeathRegistration(
        dossier(code),
        deceased,
        notice,
        requester("CON", "001070012345"),
        List.of(Attachment.ofBytes(1, 7, "Giấy báo tử", "gbt.pdf", pdf("giay bao tu"))));
  }

  public static MarriageRegistration marriage(String code) {
    MaritalStatus single = new MaritalStatus(CatalogueCode.of("1"), "Chưa kết hôn", 0, null, null);
    Spouse husband =
        new Spouse(
            PersonName.of("Hoàng Văn Hải"),
            BirthDate.of(1996, 8, 10),
            KINH,
            null,
            VN,
            null,
            PERMANENT,
            BA_DINH,
            IdentityDocument.of(CCCD, "001096012345", LocalDate.of(2021, 4, 1), "Cục CS QLHC"),
            CitizenId.parse("001096012345"),
            single);
    Spouse wife =
        new Spouse(
            PersonName.of("Phạm Thị Hoa"),
            BirthDate.of(1998, 7, 9),
            KINH,
            null,
            VN,
            null,
            PERMANENT,
            PHUC_XA,
            IdentityDocument.of(CCCD, "001198012345", LocalDate.of(2022, 1, 5), "Cục CS QLHC"),
            CitizenId.parse("001198012345"),
            single);
    return new MarriageRegistration(
        dossier(code), CatalogueCode.of("1"), null, null, 2, husband, wife, List.of());
  }

  /** The dossier of a sample: interlinked code = one-stop code, Phường Ba Đình. */
  public static Dossier dossier(String code) {
    return Dossier.of(DossierCode.parse(code), UNIT, RECEIVED);
  }

  private static Requester requester(String relationship, String id) {
    return new Requester(
        PersonName.of("Nguyễn Văn Cường"),
        CatalogueCode.of(relationship),
        "0912345678",
        "cuong@example.vn",
        PERMANENT,
        BA_DINH,
        IdentityDocument.of(CCCD, id, LocalDate.of(2021, 4, 1), "Cục CS QLHC"));
  }

  /** A minimal PDF-looking file (header and trailer) holding {@code text}. */
  public static byte[] pdf(String text) {
    return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
  }
}
