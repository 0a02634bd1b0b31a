package vn.connector.testkit.criminalrecord;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Gender;
import vn.connector.core.PersonName;
import vn.connector.core.Purpose;
import vn.connector.criminalrecord.model.Address;
import vn.connector.criminalrecord.model.Applicant;
import vn.connector.criminalrecord.model.Attachment;
import vn.connector.criminalrecord.model.CertificateType;
import vn.connector.criminalrecord.model.Declaration;
import vn.connector.criminalrecord.model.DeclarationBuilder;
import vn.connector.criminalrecord.model.IdentityPaper;
import vn.connector.criminalrecord.model.Mandate;
import vn.connector.criminalrecord.model.Relative;
import vn.connector.criminalrecord.model.RequestPurpose;
import vn.connector.criminalrecord.model.ResidencePeriod;

/**
 * Valid declarations and their parts for tests and demos, each to spoil one field at a time: a
 * fictional applicant with local codes {@code 3106} and {@code 55305}, which {@link
 * CriminalRecordSimulator#codeTable()} maps.
 *
 * <pre>{@code
 * Declaration d = SampleDeclarations.declaration().copies(2).build();
 * }</pre>
 */
public final class SampleDeclarations {

  /** The sample dossier code. */
  public static final DossierCode CODE = DossierCode.parse("000.00.01.H22-241115-0001");

  private SampleDeclarations() {}

  /** A call context for {@link #CODE}. */
  public static CallContext context() {
    return CallContext.of("canbo.nguyenvana", "000.00.01.H22", CODE, Purpose.PROCEDURE_HANDLING);
  }

  /** The applicant's home address. */
  public static Address home() {
    return new Address(
        "24",
        "Bắc Giang",
        "213",
        "Thành phố Bắc Giang",
        "07210",
        "Phường Trần Phú",
        "Số 5 Nguyễn Văn Cừ");
  }

  /** The applicant's CCCD. */
  public static IdentityPaper paper() {
    return new IdentityPaper(
        "1",
        "Căn cước công dân",
        "024090012345",
        LocalDate.of(2021, 4, 2),
        "Cục Cảnh sát QLHC về TTXH");
  }

  /** The applicant, with {@code nationality} as the province codes it. */
  public static Applicant applicant(String nationality) {
    return new Applicant(
        PersonName.of("Nguyễn Văn An"),
        "",
        Gender.MALE,
        BirthDate.of(1990, 1, 15),
        home(),
        false,
        paper(),
        nationality,
        "55305",
        home(),
        null,
        "0912345678",
        "an@example.vn");
  }

  /** A mandate to the applicant's wife. */
  public static Mandate mandate() {
    return new Mandate(
        PersonName.of("Trần Thị Bình"), BirthDate.of(1992, 3, 4), "1", "024192054321", "Vợ", "");
  }

  /** A valid Phiếu số 1 declaration for {@link #CODE}. */
  public static DeclarationBuilder declaration() {
    return declaration(CODE);
  }

  /** A valid Phiếu số 1 declaration for {@code code}. */
  public static DeclarationBuilder declaration(DossierCode code) {
    return Declaration.builder(code)
        .receivedOn(LocalDate.of(2024, 11, 15))
        .type(CertificateType.TYPE_1)
        .purpose(new RequestPurpose("01", "Bổ sung hồ sơ xin việc", "Xin việc", ""))
        .dueOn(LocalDate.of(2024, 11, 25))
        .applicant(applicant("3106"))
        .father(new Relative(PersonName.of("Nguyễn Văn Cha"), BirthDate.of(1960, 5, 6), "", ""))
        .mother(Relative.named("Lê Thị Mẹ"))
        .residence(
            new ResidencePeriod(LocalDate.of(2004, 1, 1), null, "Bắc Giang", "Kỹ sư", "Công ty A"))
        .criminalHistory("Không có án tích")
        .attachment(
            new Attachment(
                "CCCD", "cccd.pdf", "%PDF-1.4 scan".getBytes(StandardCharsets.US_ASCII)));
  }

  /** A tiny PDF. */
  public static byte[] pdf() {
    return "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  }
}
