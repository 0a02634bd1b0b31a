package vn.connector.payment;

import java.net.URI;
import java.util.Objects;
import vn.connector.core.Secret;
import vn.connector.payment.internal.PayGovWire;

/**
 * A province's PayGov (reached through its LGSP) as the payment gateway, in place of the national
 * Payment Platform. Give the LGSP auth on the builder: {@code Auth.lgspAccessToken(...)} sends the
 * bearer token and the {@code lgspaccesstoken} header PayGov expects.
 *
 * <pre>{@code
 * PaymentClient client = PaymentClient.builder()
 *     .payGov(PayGovProfile.standard(URI.create("https://lgsp.example.gov.vn/paygov/v1/payment"),
 *         "PARTNER", "ACCESS-KEY", "SERVICE", Secret.of(secretKey), URI.create("https://dvc.example.gov.vn/paid")))
 *     .auth(Auth.lgspAccessToken(tokenUri, credentials))
 *     .build();
 * }</pre>
 *
 * <p>PayGov has no status query nor receipt in the contract: with this profile {@link
 * PaymentClient#status}, {@link PaymentClient#receipt} and {@link PaymentClient#reconcile} are
 * unsupported. Immutable.
 */
public final class PayGovProfile {

  private final URI endpoint;
  private final String partnerCode;
  private final String accessKey;
  private final String serviceCode;
  private final Secret secretKey;
  private final URI returnUrl;
  private final String beneficiaryCode;
  private final String accountPay;

  private PayGovProfile(
      URI endpoint,
      String partnerCode,
      String accessKey,
      String serviceCode,
      Secret secretKey,
      URI returnUrl,
      String beneficiaryCode,
      String accountPay) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.partnerCode = nonBlank(partnerCode, "partnerCode");
    this.accessKey = accessKey;
    this.serviceCode = serviceCode;
    this.secretKey = Objects.requireNonNull(secretKey, "secretKey");
    this.returnUrl = Objects.requireNonNull(returnUrl, "returnUrl");
    this.beneficiaryCode = beneficiaryCode;
    this.accountPay = accountPay;
  }

  /** The common PayGov request: accessKey, serviceCode and a checksum over them. */
  public static PayGovProfile standard(
      URI endpoint,
      String partnerCode,
      String accessKey,
      String serviceCode,
      Secret secretKey,
      URI returnUrl) {
    return new PayGovProfile(
        endpoint,
        partnerCode,
        nonBlank(accessKey, "accessKey"),
        nonBlank(serviceCode, "serviceCode"),
        secretKey,
        returnUrl,
        null,
        null);
  }

  /**
   * One province's variant: no checksum, accessKey nor serviceCode in the request, but the
   * beneficiary code and the account paid into. {@code secretKey} still checks the callback.
   */
  public static PayGovProfile withBeneficiary(
      URI endpoint,
      String partnerCode,
      String beneficiaryCode,
      String accountPay,
      Secret secretKey,
      URI returnUrl) {
    return new PayGovProfile(
        endpoint,
        partnerCode,
        null,
        null,
        secretKey,
        returnUrl,
        nonBlank(beneficiaryCode, "beneficiaryCode"),
        nonBlank(accountPay, "accountPay"));
  }

  public URI endpoint() {
    return endpoint;
  }

  public String partnerCode() {
    return partnerCode;
  }

  Secret secretKey() {
    return secretKey;
  }

  PayGovWire.Settings settings() {
    return new PayGovWire.Settings(
        partnerCode,
        accessKey,
        serviceCode,
        secretKey.reveal(),
        returnUrl,
        beneficiaryCode,
        accountPay);
  }

  private static String nonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + ": must not be blank");
    }
    return value.strip();
  }

  @Override
  public String toString() {
    return "PayGovProfile["
        + endpoint
        + ", partner "
        + partnerCode
        + (beneficiaryCode == null ? "" : ", beneficiary variant")
        + "]";
  }
}
