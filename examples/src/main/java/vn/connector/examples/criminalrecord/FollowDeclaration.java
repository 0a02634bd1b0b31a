package vn.connector.examples.criminalrecord;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.DossierCode;
import vn.connector.core.Gender;
import vn.connector.core.PersonName;
import vn.connector.core.Purpose;
import vn.connector.criminalrecord.CertificateTracking;
import vn.connector.criminalrecord.CriminalRecordClient;
import vn.connector.criminalrecord.model.Address;
import vn.connector.criminalrecord.model.Applicant;
import vn.connector.criminalrecord.model.Attachment;
import vn.connector.criminalrecord.model.CertificateEvidence;
import vn.connector.criminalrecord.model.CertificateType;
import vn.connector.criminalrecord.model.Declaration;
import vn.connector.criminalrecord.model.IdentityPaper;
import vn.connector.criminalrecord.model.Relative;
import vn.connector.criminalrecord.model.RequestPurpose;
import vn.connector.criminalrecord.model.ResidencePeriod;
import vn.connector.criminalrecord.model.SubmitOutcome;
import vn.connector.outbox.Outbox;
import vn.connector.testkit.criminalrecord.CriminalRecordSimulator;

/**
 * Submits a declaration for a Phiếu lý lịch tư pháp số 1 and follows it to its certificate: the
 * tracker polls the status (one dossier per call), and at state 9 keeps the PDF with its SHA-256.
 *
 * <p>Runs against the embedded simulator, whose dossier moves one step per poll. With {@code
 * CONNECTOR_CONFIG} naming a properties file ({@code criminal-record.endpoint}, {@code
 * criminal-record.authKey}, {@code criminal-record.province.code}, {@code
 * criminal-record.province.name}, {@code criminal-record.codeTable}) it talks to that LGSP instead.
 *
 * <pre>
 * {@code mvn -pl examples exec:java -Dexec.mainClass=vn.connector.examples.criminalrecord.FollowDeclaration -Dexec.args=phieu-lltp.pdf}
 * </pre>
 */
public final class FollowDeclaration {

  private static final DossierCode DOSSIER = DossierCode.parse("000.00.01.H22-241115-0001");

  private FollowDeclaration() {}

  public static void main(String[] args) throws Exception {
    run(
        ConnectorConfig.fromEnvironment(),
        Path.of(args.length > 0 ? args[0] : "phieu-lltp.pdf"),
        System.out);
  }

  /** The whole flow; the evidence record of the certificate saved to {@code pdfFile}. */
  static CertificateEvidence run(Optional<ConnectorConfig> given, Path pdfFile, PrintStream out)
      throws Exception {
    CriminalRecordSimulator simulator = given.isPresent() ? null : CriminalRecordSimulator.start();
    ConnectorConfig config = given.orElseGet(() -> ConnectorConfig.of(simulator.connectionInfo()));
    if (simulator != null) {
      simulator.progressOnPoll(true);
    }
    CompletableFuture<CertificateEvidence> kept = new CompletableFuture<>();
    AtomicReference<byte[]> pdf = new AtomicReference<>();
    try (CriminalRecordClient client = CriminalRecordSetup.client(config)) {
      SubmitOutcome outcome = client.submit(context(), declaration());
      out.println("Submitted " + DOSSIER + ": " + outcome);
      Outbox outbox =
          Outbox.builder().dataSource(CriminalRecordSetup.database()).createSchema(true).build();
      try (CertificateTracking tracking =
          CertificateTracking.builder(outbox, client)
              .officer("he-thong-mot-cua", "000.00.01.H22")
              .interval(simulator != null ? Duration.ofMillis(200) : Duration.ofMinutes(30))
              .keeper(
                  (tx, certificate, evidence) -> {
                    // A portal inserts both into its dossier tables here, in the tracker's
                    // transaction.
                    pdf.set(certificate.pdf());
                    kept.complete(evidence);
                  })
              .build()) {
        tracking.track(DOSSIER);
        tracking.start();
        CertificateEvidence evidence = kept.get(simulator != null ? 30 : 3600, TimeUnit.SECONDS);
        Files.write(pdfFile, pdf.get());
        out.println(
            "Certificate "
                + evidence.number()
                + " saved to "
                + pdfFile
                + ", SHA-256 "
                + evidence.sha256());
        return evidence;
      }
    } finally {
      if (simulator != null) {
        simulator.close();
      }
    }
  }

  static CallContext context() {
    return CallContext.of("canbo.nguyenvana", "000.00.01.H22", DOSSIER, Purpose.PROCEDURE_HANDLING);
  }

  /**
   * A declaration as the one-stop desk records it; local codes 3106 and 55305 as the province has
   * them.
   */
  static Declaration declaration() {
    Address home =
        new Address(
            "24",
            "Bắc Giang",
            "213",
            "Thành phố Bắc Giang",
            "07210",
            "Phường Trần Phú",
            "Số 5 Nguyễn Văn Cừ");
    Applicant applicant =
        new Applicant(
            PersonName.of("Nguyễn Văn An"),
            "",
            Gender.MALE,
            BirthDate.of(1990, 1, 15),
            home,
            false,
            new IdentityPaper(
                "1",
                "Căn cước công dân",
                "024090012345",
                LocalDate.of(2021, 4, 2),
                "Cục Cảnh sát QLHC về TTXH"),
            "3106",
            "55305",
            home,
            null,
            "0912345678",
            "an@example.vn");
    return Declaration.builder(DOSSIER)
        .receivedOn(LocalDate.of(2024, 11, 15))
        .type(CertificateType.TYPE_1)
        .purpose(new RequestPurpose("01", "Bổ sung hồ sơ xin việc", "Xin việc", ""))
        .dueOn(LocalDate.of(2024, 11, 25))
        .applicant(applicant)
        .father(new Relative(PersonName.of("Nguyễn Văn Bình"), BirthDate.of(1960, 5, 6), "", ""))
        .mother(Relative.named("Lê Thị Cúc"))
        .residence(
            new ResidencePeriod(
                LocalDate.of(2004, 1, 1), null, "Phường Trần Phú, Bắc Giang", "Kỹ sư", "Công ty A"))
        .criminalHistory("Không có án tích")
        .attachment(
            new Attachment("CCCD", "cccd.pdf", "%PDF-1.4 scan".getBytes(StandardCharsets.US_ASCII)))
        .build();
  }
}
