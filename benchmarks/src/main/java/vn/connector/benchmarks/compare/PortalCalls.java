package vn.connector.benchmarks.compare;

import java.time.Instant;
import java.util.List;
import vn.connector.core.CitizenId;
import vn.connector.core.ProcedureCode;
import vn.connector.core.Secret;
import vn.connector.nationalportal.NationalPortalClient;
import vn.connector.nationalportal.PortalProfile;
import vn.connector.nationalportal.model.Applicant;
import vn.connector.nationalportal.model.ApplicantKind;
import vn.connector.nationalportal.model.Channel;
import vn.connector.nationalportal.model.Dossier;
import vn.connector.nationalportal.model.DossierDates;
import vn.connector.nationalportal.model.DossierProcedure;
import vn.connector.nationalportal.model.DossierStatus;
import vn.connector.nationalportal.model.Fee;
import vn.connector.nationalportal.model.IdentityNumber;
import vn.connector.nationalportal.model.SyncOutcome;

/**
 * The SDK side of the national portal's main operation: one dossier's status synchronised directly
 * ({@code DongBoHoSoMC}, style A: the adapter with a session), not through the outbox.
 */
final class PortalCalls {

  static final String USER = "bench-portal-user";
  static final String PASSWORD = "bench-portal-password";
  static final String UNIT = "000.00.01.H56";
  static final String SESSION = "bench-session-0123456789abcdef";
  static final Instant SUBMITTED = Instant.parse("2024-01-15T02:00:00Z");
  static final Instant DUE = Instant.parse("2024-01-18T10:00:00Z");

  private PortalCalls() {}

  static Contender sync(Stub stub, int pool) {
    NationalPortalClient client =
        NationalPortalClient.builder()
            .profile(
                PortalProfile.adapter(
                    stub.url("http", StubRoutes.PORTAL),
                    "/auth",
                    "/integration",
                    USER,
                    Secret.of(PASSWORD),
                    UNIT))
            .dedicatedNetwork(true)
            .maxConnections(pool)
            .auditListener(SdkCalls.SILENT)
            .build();
    Dossier dossier = dossier();
    return new Contender(
        () -> Contender.check(client.sync(dossier) == SyncOutcome.CREATED, "sync outcome"), client);
  }

  static Dossier dossier() {
    String id = "001090012345";
    Applicant citizen =
        new Applicant(
            "Nguyễn Văn An",
            ApplicantKind.CITIZEN,
            null,
            id,
            List.of(IdentityNumber.of(CitizenId.parse(id))),
            "an@example.vn",
            null,
            "0912345678",
            false);
    return Dossier.builder(SdkCalls.CONTEXT.dossier())
        .procedure(
            new DossierProcedure(
                ProcedureCode.parse("1.001193"),
                "Thủ tục đăng ký khai sinh",
                "G09-TP01",
                "Hộ tịch"))
        .channel(Channel.DIRECT)
        .applicant(citizen)
        .summary("Đăng ký khai sinh cho con")
        .status(DossierStatus.RECEIVED)
        .dates(DossierDates.submitted(SUBMITTED).receivedOn(SUBMITTED, DUE))
        .handlingUnit("UBND phường Thử Nghiệm")
        .submissionPlace("Bộ phận một cửa UBND phường Thử Nghiệm")
        .fees(List.of(new Fee("Lệ phí đăng ký khai sinh", "LPKS", "Tiền mặt", 8_000, "1")))
        .build();
  }
}
