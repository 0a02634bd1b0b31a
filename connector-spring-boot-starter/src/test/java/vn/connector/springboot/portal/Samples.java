package vn.connector.springboot.portal;

import java.time.Duration;
import java.time.Instant;
import vn.connector.core.AgencyCode;
import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.CitizenId;
import vn.connector.core.DossierCode;
import vn.connector.core.Gender;
import vn.connector.core.Money;
import vn.connector.core.PersonName;
import vn.connector.core.ProcedureCode;
import vn.connector.core.Purpose;
import vn.connector.nationalportal.model.Applicant;
import vn.connector.nationalportal.model.ApplicantKind;
import vn.connector.nationalportal.model.Channel;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.nationalportal.model.DossierDates;
import vn.connector.nationalportal.model.DossierProcedure;
import vn.connector.nationalportal.model.DossierStatus;
import vn.connector.payment.model.Collector;
import vn.connector.payment.model.FeeKind;
import vn.connector.payment.model.FeeLine;
import vn.connector.payment.model.Payer;
import vn.connector.payment.model.PaymentRequest;
import vn.connector.payment.model.PublicService;
import vn.connector.population.model.CitizenQuery;
import vn.connector.testkit.nationalportal.NationalPortalSimulator;

/** Test data valid for the simulators: a persona, a fee, a received dossier. */
final class Samples {

  static final Instant T = Instant.parse("2024-11-15T01:30:00Z");

  private Samples() {}

  static DossierCode code(int n) {
    return DossierCode.parse(NationalPortalSimulator.UNIT + "-241115-" + String.format("%04d", n));
  }

  static CallContext context(int n, Purpose purpose) {
    return CallContext.of("CB-0042", NationalPortalSimulator.UNIT, code(n), purpose);
  }

  static CitizenQuery persona() {
    return CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE);
  }

  static PaymentRequest fee(int n) {
    return PaymentRequest.builder()
        .dossier(code(n))
        .amount(Money.vnd(50_000))
        .description("Le phi dang ky khai sinh")
        .service(
            new PublicService(
                "DVC-1.001193",
                "Đăng ký khai sinh",
                ProcedureCode.parse(NationalPortalSimulator.BIRTH_REGISTRATION),
                "Đăng ký khai sinh"))
        .collector(
            new Collector(
                AgencyCode.parse(NationalPortalSimulator.UNIT),
                "UBND xã Thử Nghiệm",
                "0011001234567",
                "VCB",
                "UBND XA THU NGHIEM"))
        .payer(
            Payer.named(PersonName.of("Nguyễn Văn An"))
                .withIdNumber(CitizenId.parse("001090012345")))
        .fee(new FeeLine(FeeKind.FEE, "1.001193.01", "Lệ phí", Money.vnd(50_000)))
        .build();
  }

  static Dossier received(int n) {
    return Dossier.builder(code(n))
        .procedure(
            new DossierProcedure(
                ProcedureCode.parse(NationalPortalSimulator.BIRTH_REGISTRATION),
                "Thủ tục đăng ký khai sinh",
                "G09-TP01",
                "Hộ tịch"))
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
}
