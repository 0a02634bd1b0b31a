package vn.connector.benchmarks.compare;

import java.util.List;
import vn.connector.business.BusinessRegistryClient;
import vn.connector.business.model.Enterprise;
import vn.connector.core.AgencyCode;
import vn.connector.core.Auth;
import vn.connector.core.BirthDate;
import vn.connector.core.CallContext;
import vn.connector.core.CitizenId;
import vn.connector.core.DossierCode;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.Gender;
import vn.connector.core.Money;
import vn.connector.core.PersonName;
import vn.connector.core.ProcedureCode;
import vn.connector.core.Purpose;
import vn.connector.core.Secret;
import vn.connector.core.security.CertificateValidator;
import vn.connector.core.security.HttpSignatureProfile;
import vn.connector.core.security.TrustedKeys;
import vn.connector.payment.PaymentClient;
import vn.connector.payment.PaymentStore;
import vn.connector.payment.model.Collector;
import vn.connector.payment.model.FeeKind;
import vn.connector.payment.model.FeeLine;
import vn.connector.payment.model.Payer;
import vn.connector.payment.model.PaymentRequest;
import vn.connector.payment.model.PublicService;
import vn.connector.payment.model.StartedPayment;
import vn.connector.population.PopulationClient;
import vn.connector.population.PopulationProfile;
import vn.connector.population.model.CitizenQuery;
import vn.connector.population.model.Verification;

/** The SDK side of each operation, built as a portal would build its clients (public API only). */
final class SdkCalls {

  static final CallContext CONTEXT =
      CallContext.of(
          "CB-0042",
          "000.00.01.H56",
          DossierCode.parse("000.00.01.H56-240115-0001"),
          Purpose.IDENTITY_VERIFICATION);
  static final CitizenQuery QUERY =
      CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE);
  static final EnterpriseCode CODE = EnterpriseCode.parse(Answers.ENTERPRISE);

  /**
   * Audit events are built as usual and then dropped: writing them is the portal's logging cost,
   * the same whichever client it uses, and would only measure the log appender here.
   */
  static final vn.connector.core.AuditListener SILENT = event -> {};

  private SdkCalls() {}

  static Contender find(Stub stub, String server, int pool) {
    BusinessRegistryClient.Builder b =
        BusinessRegistryClient.builder()
            .endpoint(stub.base(server))
            .auth(
                Auth.oauth2ClientCredentials(
                    stub.url(server, StubRoutes.TOKEN),
                    Stub.CONSUMER_KEY,
                    Secret.of(Stub.CONSUMER_SECRET)))
            .noCache()
            .auditListener(SILENT)
            .maxConnections(pool);
    if (server.equals("http")) {
      b.dedicatedNetwork(true);
    } else {
      b.tls(stub.tls(!server.equals("tls")));
    }
    if (server.equals("secured")) {
      b.securedProfile(portalProfile(stub));
    }
    BusinessRegistryClient client = b.build();
    return new Contender(
        () -> {
          Enterprise e = client.find(CONTEXT, CODE).orElseThrow();
          Contender.check(e.businessLines().size() == 3, "business lines");
        },
        client);
  }

  static HttpSignatureProfile portalProfile(Stub stub) {
    return HttpSignatureProfile.builder()
        .signer(stub.pki().agency().signer())
        .trustedKeys(TrustedKeys.builder().certificate(stub.pki().national().certificate()).build())
        .certificateValidator(
            CertificateValidator.builder()
                .trustAnchors(List.of(stub.pki().rootCertificate()))
                .build())
        .build();
  }

  static PopulationClient population(Stub stub, PopulationProfile profile, int pool) {
    return populationBuilder(stub, profile, pool).build();
  }

  static vn.connector.population.PopulationClientBuilder populationBuilder(
      Stub stub, PopulationProfile profile, int pool) {
    var b =
        PopulationClient.builder()
            .profile(profile)
            .serviceCode("VPCP")
            .integrationCode("037")
            .dedicatedNetwork(true)
            .maxConnections(pool);
    if (profile == PopulationProfile.DIRECT) {
      b.endpoint(stub.url("http", StubRoutes.DIRECT))
          .auth(
              Auth.c06SignedBasic(
                  Stub.C06_USER,
                  Secret.of(Stub.C06_SECRET),
                  Secret.of(Stub.C06_API_KEY),
                  Stub.XROAD_CLIENT,
                  null));
    } else {
      b.endpoint(stub.url("http", "/lgsp/dancu-json"))
          .auth(Auth.lgspAccessToken(stub.url("http", StubRoutes.LGSP_TOKEN), Stub.LGSP));
    }
    return b.auditListener(SILENT);
  }

  static Contender verify(Stub stub, PopulationProfile profile, int pool) {
    PopulationClient client = population(stub, profile, pool);
    return new Contender(
        () -> {
          Verification v = client.verify(CONTEXT, QUERY);
          Contender.check(v.matched(), "verification");
        },
        client);
  }

  static Contender start(Stub stub, int pool) {
    PaymentClient client =
        PaymentClient.builder()
            .initUrl(stub.url("http", StubRoutes.INIT))
            .queryUrl(stub.url("http", "/payment/query"))
            .billUrl(stub.url("http", "/payment/bill"))
            .partnerCode(Stub.PARTNER)
            .secret(Secret.of(Stub.PAYMENT_SECRET))
            .store(PaymentStore.inMemory())
            .auditListener(SILENT)
            .dedicatedNetwork(true)
            .maxConnections(pool)
            .build();
    PaymentRequest request = paymentRequest();
    return new Contender(
        () -> {
          StartedPayment started = client.start(CONTEXT, request);
          Contender.check(
              started.paymentUrl().toString().equals(Answers.PAYMENT_URL), "payment url");
        },
        client);
  }

  static PaymentRequest paymentRequest() {
    DossierCode dossier = CONTEXT.dossier();
    return PaymentRequest.builder()
        .dossier(dossier)
        .amount(Money.vnd(50_000))
        .description("Le phi cap giay phep xay dung " + dossier)
        .service(
            new PublicService(
                "DVC-1.004153",
                "Cấp giấy phép xây dựng",
                ProcedureCode.parse("1.004153"),
                "Cấp giấy phép xây dựng nhà ở riêng lẻ"))
        .collector(
            new Collector(
                AgencyCode.parse("000.00.01.H56"),
                "Sở Xây dựng",
                "0011001234567",
                "VCB",
                "SO XAY DUNG"))
        .payer(
            Payer.named(PersonName.of("Nguyễn Văn An"))
                .withIdNumber(CitizenId.parse("001090012345")))
        .fee(new FeeLine(FeeKind.FEE, "1.004153.01", "Phí thẩm định hồ sơ", Money.vnd(30_000)))
        .fee(new FeeLine(FeeKind.CHARGE, "1.004153.02", "Lệ phí cấp giấy phép", Money.vnd(20_000)))
        .build();
  }
}
