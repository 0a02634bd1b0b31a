package vn.connector.benchmarks.compare;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import vn.connector.core.BirthDate;
import vn.connector.core.Gender;
import vn.connector.core.PersonName;
import vn.connector.core.Secret;
import vn.connector.criminalrecord.CodeTable;
import vn.connector.criminalrecord.CriminalRecordClient;
import vn.connector.criminalrecord.model.Address;
import vn.connector.criminalrecord.model.Applicant;
import vn.connector.criminalrecord.model.Attachment;
import vn.connector.criminalrecord.model.CertificateType;
import vn.connector.criminalrecord.model.Declaration;
import vn.connector.criminalrecord.model.IdentityPaper;
import vn.connector.criminalrecord.model.Relative;
import vn.connector.criminalrecord.model.RequestPurpose;
import vn.connector.criminalrecord.model.ResidencePeriod;
import vn.connector.criminalrecord.model.SubmitOutcome;

/**
 * The SDK side of the criminal-record system's main operation: a Phiếu số 1 declaration submitted
 * through the LGSP, the {@code authKey} in the body, the province's local nationality and ethnicity
 * codes translated through its code table (loaded from CSV, as a portal loads it).
 */
final class CriminalCalls {

  static final String AUTH_KEY = "bench-lltp-auth-key";
  static final String PROVINCE = "24";
  static final String PROVINCE_NAME = "Bắc Giang";
  static final byte[] SCAN = "%PDF-1.4 scan".getBytes(StandardCharsets.US_ASCII);

  /** The province's codes: nationality 3106 is the ministry's VN, ethnicity 55305 its 01. */
  static final String CODES =
      "category,local,ministry,name\n"
          + "nationality,3106,VN,Việt Nam\n"
          + "nationality,3107,LA,Lào\n"
          + "ethnicity,55305,01,Kinh\n"
          + "ethnicity,55306,02,Tày\n";

  private CriminalCalls() {}

  static Contender submit(Stub stub, int pool) {
    CriminalRecordClient client =
        CriminalRecordClient.builder()
            .endpoint(stub.url("http", StubRoutes.LLTP))
            .authKey(Secret.of(AUTH_KEY))
            .province(PROVINCE, PROVINCE_NAME)
            .codeTable(CodeTable.load(new ByteArrayInputStream(utf8(CODES))))
            .dedicatedNetwork(true)
            .maxConnections(pool)
            .auditListener(SdkCalls.SILENT)
            .build();
    Declaration declaration = declaration();
    return new Contender(
        () -> {
          SubmitOutcome outcome = client.submit(SdkCalls.CONTEXT, declaration);
          Contender.check(outcome == SubmitOutcome.ACCEPTED, "submit outcome");
        },
        client);
  }

  static Declaration declaration() {
    Address home =
        new Address(
            PROVINCE,
            PROVINCE_NAME,
            "213",
            "Thành phố Bắc Giang",
            "07210",
            "Phường Trần Phú",
            "Số 5 Nguyễn Văn Cừ");
    IdentityPaper paper =
        new IdentityPaper(
            "1",
            "Căn cước công dân",
            "024090012345",
            LocalDate.of(2021, 4, 2),
            "Cục Cảnh sát QLHC về TTXH");
    Applicant applicant =
        new Applicant(
            PersonName.of("Nguyễn Văn An"),
            "",
            Gender.MALE,
            BirthDate.of(1990, 1, 15),
            home,
            false,
            paper,
            "3106",
            "55305",
            home,
            null,
            "0912345678",
            "an@example.vn");
    return Declaration.builder(SdkCalls.CONTEXT.dossier())
        .receivedOn(LocalDate.of(2024, 1, 15))
        .type(CertificateType.TYPE_1)
        .purpose(new RequestPurpose("01", "Bổ sung hồ sơ xin việc", "Xin việc", ""))
        .dueOn(LocalDate.of(2024, 1, 25))
        .applicant(applicant)
        .father(new Relative(PersonName.of("Nguyễn Văn Cha"), BirthDate.of(1960, 5, 6), "", ""))
        .mother(Relative.named("Lê Thị Mẹ"))
        .residence(
            new ResidencePeriod(LocalDate.of(2004, 1, 1), null, "Bắc Giang", "Kỹ sư", "Công ty A"))
        .criminalHistory("Không có án tích")
        .attachment(new Attachment("CCCD", "cccd.pdf", SCAN))
        .build();
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
