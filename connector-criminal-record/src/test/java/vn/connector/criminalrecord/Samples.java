package vn.connector.criminalrecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

/** Valid declarations and their parts, for the tests to spoil one field at a time. */
public final class Samples {

  public static final DossierCode CODE = DossierCode.parse("000.00.01.H22-241115-0001");
  public static final String AUTH_KEY = "lltp-test-key-6f1c2b9a";

  private Samples() {}

  public static CallContext context() {
    return CallContext.of("canbo.nguyenvana", "000.00.01.H22", CODE, Purpose.PROCEDURE_HANDLING);
  }

  public static CodeTable codes() {
    try (InputStream in = Samples.class.getResourceAsStream("/criminalrecord/codes.csv")) {
      return CodeTable.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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

  public static IdentityPaper paper() {
    return new IdentityPaper(
        "1",
        "Căn cước công dân",
        "024090012345",
        LocalDate.of(2021, 4, 2),
        "Cục Cảnh sát QLHC về TTXH");
  }

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

  public static Mandate mandate() {
    return new Mandate(
        PersonName.of("Trần Thị Bình"), BirthDate.of(1992, 3, 4), "1", "024192054321", "Vợ", "");
  }

  public static DeclarationBuilder declaration() {
    return Declaration.builder(CODE)
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

  public static byte[] pdf() {
    return "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  }
}
