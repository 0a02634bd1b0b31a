package vn.connector.civilregistry.model;

import java.time.LocalDate;

/**
 * The death notice (giấy báo tử) or the paper that stands in for it.
 *
 * <pre>{@code
 * DeathNotice notice = new DeathNotice("GBT-2026-0042", CatalogueCode.of("1"), "42/GBT",
 *     LocalDate.of(2026, 11, 28), "Bệnh viện Bạch Mai");
 * }</pre>
 *
 * @param code mã giấy báo tử, or null
 * @param type loại giấy báo tử
 * @param number số
 * @param issuedOn ngày cấp, not in the future
 * @param issuer cơ quan cấp
 */
public record DeathNotice(
    String code, CatalogueCode type, String number, LocalDate issuedOn, String issuer) {

  public DeathNotice {
    code = Checks.optionalText(code, "deathNotice.code", 50);
    Checks.required(type, "deathNotice.type");
    number = Checks.requiredText(number, "deathNotice.number", 50);
    Dates.notFuture(issuedOn, "deathNotice.issuedOn");
    issuer = Checks.requiredText(issuer, "deathNotice.issuer", 200);
  }
}
