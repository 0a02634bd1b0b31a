package vn.connector.nationalportal;

import java.time.Duration;
import java.time.Instant;
import vn.connector.core.DossierCode;
import vn.connector.core.ProcedureCode;
import vn.connector.nationalportal.model.Applicant;
import vn.connector.nationalportal.model.ApplicantKind;
import vn.connector.nationalportal.model.Channel;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.nationalportal.model.DossierDates;
import vn.connector.nationalportal.model.DossierProcedure;
import vn.connector.nationalportal.model.DossierStatus;
import vn.connector.nationalportal.model.ProgressEntry;
import vn.connector.testkit.nationalportal.NationalPortalSimulator;

/** Valid dossiers of the simulator's unit and catalogue. */
final class Dossiers {

  static final Instant T = Instant.parse("2024-11-15T01:30:00Z");

  /** The five status changes after reception, in an order the national list allows. */
  static final DossierStatus[] PATH = {
    DossierStatus.IN_PROGRESS,
    DossierStatus.SUPPLEMENT_REQUESTED,
    DossierStatus.IN_PROGRESS,
    DossierStatus.PROCESSED,
    DossierStatus.RESULT_RETURNED
  };

  private Dossiers() {}

  static DossierCode code(int n) {
    return DossierCode.parse(NationalPortalSimulator.UNIT + "-241115-" + String.format("%04d", n));
  }

  static Dossier received(int n) {
    return received(n, NationalPortalSimulator.BIRTH_REGISTRATION);
  }

  static Dossier received(int n, String procedure) {
    return Dossier.builder(code(n))
        .procedure(
            new DossierProcedure(
                ProcedureCode.parse(procedure), "Thủ tục đăng ký khai sinh", "G09-TP01", "Hộ tịch"))
        .channel(Channel.DIRECT)
        .applicant(Applicant.of("Nguyễn Văn An", ApplicantKind.CITIZEN))
        .summary("Đăng ký khai sinh cho con")
        .status(DossierStatus.RECEIVED)
        .dates(
            DossierDates.submitted(T)
                .receivedOn(T.plusSeconds(600), T.plus(Duration.ofDays(3)))
                .processingEndedOn(T.plus(Duration.ofDays(2)))
                .returnedOn(T.plus(Duration.ofDays(3))))
        .handlingUnit("UBND xã Thử Nghiệm")
        .submissionPlace("Bộ phận một cửa UBND xã Thử Nghiệm")
        .build();
  }

  static ProgressEntry step(int n, int i) {
    return new ProgressEntry(
        code(n),
        "Lê Văn Cường",
        "Chuyên viên",
        T.plusSeconds(60L * i),
        "Phòng Tư pháp",
        "Bước " + i,
        DossierStatus.IN_PROGRESS,
        null,
        null);
  }
}
