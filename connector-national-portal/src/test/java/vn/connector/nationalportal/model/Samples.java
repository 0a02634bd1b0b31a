package vn.connector.nationalportal.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.connector.core.CitizenId;
import vn.connector.core.DossierCode;
import vn.connector.core.ProcedureCode;

/** A valid dossier to vary in tests. */
final class Samples {

  static final Instant SUBMITTED = Instant.parse("2024-11-15T01:30:00Z");

  private Samples() {}

  static DossierBuilder received() {
    return Dossier.builder(DossierCode.parse("000.00.01.H22-241115-0001"))
        .procedure(
            new DossierProcedure(
                ProcedureCode.parse("1.001193"),
                "Thủ tục đăng ký khai sinh",
                "G09-TP01",
                "Hộ tịch"))
        .channel(Channel.DIRECT)
        .applicant(
            new Applicant(
                "Nguyễn Văn An",
                ApplicantKind.CITIZEN,
                null,
                "001090012345",
                List.of(IdentityNumber.of(CitizenId.parse("001090012345"))),
                "an@example.vn",
                null,
                "0912345678",
                false))
        .summary("Đăng ký khai sinh cho con")
        .status(DossierStatus.RECEIVED)
        .dates(
            DossierDates.submitted(SUBMITTED)
                .receivedOn(SUBMITTED.plusSeconds(600), SUBMITTED.plus(Duration.ofDays(3))))
        .handlingUnit("UBND xã Thử Nghiệm")
        .submissionPlace("Bộ phận một cửa UBND xã Thử Nghiệm");
  }
}
