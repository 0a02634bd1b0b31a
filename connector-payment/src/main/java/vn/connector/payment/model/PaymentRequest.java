package vn.connector.payment.model;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.connector.core.DossierCode;
import vn.connector.core.Masking;
import vn.connector.core.Money;

/**
 * A fee payment for a dossier: what INIT sends, receipt details included. The fee lines must add up
 * to {@code amount}; a request where they do not is refused here, before anything is sent.
 *
 * <pre>{@code
 * PaymentRequest request = PaymentRequest.builder()
 *     .dossier(DossierCode.parse("000.00.01.H22-241115-0001"))
 *     .amount(Money.vnd(50_000))
 *     .description("Le phi cap giay phep xay dung")
 *     .service(new PublicService("DVC-01", "Cấp giấy phép xây dựng", ProcedureCode.parse("1.004153"), "Cấp giấy phép xây dựng"))
 *     .collector(new Collector(AgencyCode.parse("000.00.01.H22"), "Sở Xây dựng", "0011001234567", "VCB", "SO XAY DUNG"))
 *     .payer(Payer.named(PersonName.of("Nguyễn Văn An")))
 *     .fee(new FeeLine(FeeKind.CHARGE, "1.004153.01", "Lệ phí cấp phép", Money.vnd(50_000)))
 *     .build();
 * }</pre>
 *
 * @param dossier mã hồ sơ
 * @param amount số tiền, the total
 * @param description thông tin giao dịch, also the content on the receipt
 * @param service the public service and procedure
 * @param collector the collecting agency and account
 * @param payer người nộp
 * @param fees phí / lệ phí lines, adding up to {@code amount}
 * @param returnUrl where the payer's browser returns after paying; null for none
 */
public record PaymentRequest(
    DossierCode dossier,
    Money amount,
    String description,
    PublicService service,
    Collector collector,
    Payer payer,
    List<FeeLine> fees,
    URI returnUrl) {

  public PaymentRequest {
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(amount, "amount");
    description = Text.required(description, "description");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(collector, "collector");
    Objects.requireNonNull(payer, "payer");
    fees = List.copyOf(Objects.requireNonNull(fees, "fees"));
    if (fees.isEmpty()) {
      throw new IllegalArgumentException("fees: at least one fee line is required");
    }
    long total = fees.stream().mapToLong(f -> f.amount().amount()).reduce(0, Math::addExact);
    if (total != amount.amount()) {
      throw new IllegalArgumentException(
          "fees: the fee lines add up to " + total + " đồng but amount is " + amount.amount());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The browser return URL, if any. */
  public Optional<URI> returnTo() {
    return Optional.ofNullable(returnUrl);
  }

  /** The payer masked, and any id number quoted in the description masked too. */
  @Override
  public String toString() {
    return "PaymentRequest[dossier="
        + dossier
        + ", amount="
        + amount
        + ", description="
        + Masking.identifiersIn(description)
        + ", service="
        + service
        + ", collector="
        + collector
        + ", payer="
        + payer
        + ", fees="
        + fees
        + ", returnUrl="
        + returnUrl
        + "]";
  }

  /** Builds a {@link PaymentRequest}; {@link #build()} checks the whole. */
  public static final class Builder {
    private DossierCode dossier;
    private Money amount;
    private String description;
    private PublicService service;
    private Collector collector;
    private Payer payer;
    private final List<FeeLine> fees = new ArrayList<>();
    private URI returnUrl;

    private Builder() {}

    public Builder dossier(DossierCode dossier) {
      this.dossier = Objects.requireNonNull(dossier, "dossier");
      return this;
    }

    public Builder amount(Money amount) {
      this.amount = Objects.requireNonNull(amount, "amount");
      return this;
    }

    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    public Builder service(PublicService service) {
      this.service = Objects.requireNonNull(service, "service");
      return this;
    }

    public Builder collector(Collector collector) {
      this.collector = Objects.requireNonNull(collector, "collector");
      return this;
    }

    public Builder payer(Payer payer) {
      this.payer = Objects.requireNonNull(payer, "payer");
      return this;
    }

    /** Adds one fee line. */
    public Builder fee(FeeLine fee) {
      fees.add(Objects.requireNonNull(fee, "fee"));
      return this;
    }

    public Builder returnUrl(URI returnUrl) {
      this.returnUrl = Objects.requireNonNull(returnUrl, "returnUrl");
      return this;
    }

    public PaymentRequest build() {
      return new PaymentRequest(
          dossier, amount, description, service, collector, payer, fees, returnUrl);
    }
  }
}
