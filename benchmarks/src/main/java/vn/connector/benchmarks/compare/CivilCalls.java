package vn.connector.benchmarks.compare;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.connector.civilregistry.CivilRegistryClient;
import vn.connector.civilregistry.model.Address;
import vn.connector.civilregistry.model.Attachment;
import vn.connector.civilregistry.model.BirthDetails;
import vn.connector.civilregistry.model.BirthRegistration;
import vn.connector.civilregistry.model.CatalogueCode;
import vn.connector.civilregistry.model.Child;
import vn.connector.civilregistry.model.Dossier;
import vn.connector.civilregistry.model.IdentityDocument;
import vn.connector.civilregistry.model.Parent;
import vn.connector.civilregistry.model.PushReceipt;
import vn.connector.civilregistry.model.Requester;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.BirthDate;
import vn.connector.core.CitizenId;
import vn.connector.core.Gender;
import vn.connector.core.PersonName;

/**
 * The SDK side of the civil registry's main operation: a birth registration pushed ({@code
 * NhanDKHT}) with one attachment, no auth header (the ministry's endpoint is on the dedicated
 * network).
 */
final class CivilCalls {

  /** Phường Phúc Xá, Quận Ba Đình (three-level list) and Phường Ba Đình (two-level list). */
  static final Address PHUC_XA = Address.of("01", "001", "00001", "Số 5 ngõ 12 Phúc Xá");

  static final Address BA_DINH = Address.of("01", "00004", "Số 18 Hoàng Diệu");
  static final String UNIT = "00004";
  static final Instant RECEIVED = Instant.parse("2024-01-15T02:00:00Z");
  static final byte[] PDF =
      "%PDF-1.4\n% giay chung sinh\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private static final CatalogueCode KINH = CatalogueCode.of("01");
  private static final CatalogueCode VN = CatalogueCode.of("VN");
  private static final CatalogueCode PERMANENT = CatalogueCode.of("1");

  private CivilCalls() {}

  static Contender push(Stub stub, int pool) {
    CivilRegistryClient client =
        CivilRegistryClient.builder()
            .endpoint(stub.url("http", StubRoutes.CIVIL))
            .dedicatedNetwork(true)
            .maxConnections(pool)
            .auditListener(SdkCalls.SILENT)
            .build();
    BirthRegistration birth = birth();
    return new Contender(
        () -> {
          PushReceipt receipt = client.push(SdkCalls.CONTEXT, birth);
          Contender.check(
              !receipt.alreadyReceived() && receipt.attachmentsSent() == 1, "push receipt");
        },
        client);
  }

  static BirthRegistration birth() {
    Child child =
        Child.of(
            PersonName.of("Nguyễn Minh An"),
            Gender.MALE,
            LocalDate.of(2024, 1, 5),
            PHUC_XA,
            KINH,
            VN);
    Requester requester =
        new Requester(
            PersonName.of("Nguyễn Văn Cường"),
            CatalogueCode.of("CHA"),
            "0912345678",
            "cuong@example.vn",
            PERMANENT,
            BA_DINH,
            IdentityDocument.of(
                CatalogueCode.of("1"), "001093012345", LocalDate.of(2021, 4, 1), "Cục CS QLHC"));
    return new BirthRegistration(
        Dossier.of(SdkCalls.CONTEXT.dossier(), AdministrativeUnitCode.parse(UNIT), RECEIVED),
        BirthDetails.of("GCS-2024-001234", LocalDate.of(2024, 1, 6), CatalogueCode.of("1"), 1),
        child,
        parent("Trần Thị Bình", BirthDate.of(1995, 3, 2), "001195012345"),
        parent("Nguyễn Văn Cường", BirthDate.of(1993, 7, 9), "001093012345"),
        requester,
        List.of(Attachment.ofBytes(1, 3, "Giấy chứng sinh", "gcs.pdf", PDF)));
  }

  /** A Kinh, Vietnamese parent living permanently in Phường Ba Đình. */
  private static Parent parent(String name, BirthDate born, String id) {
    return Parent.of(PersonName.of(name), born, KINH, VN, PERMANENT, BA_DINH, CitizenId.parse(id));
  }
}
