package vn.connector.nationalportal.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.EnumSet;
import java.util.Set;
import vn.connector.core.AgencyCode;
import vn.connector.core.DossierCode;

/**
 * The checks that make the national refusals "malformed MaHoSo" (5) and "missing required field"
 * (6) impossible for a local reason. Which fields a state requires is a modelled reading, written
 * in docs/connectors/national-portal.md.
 */
final class DossierRules {

  private static final DateTimeFormatter YYMMDD =
      DateTimeFormatter.ofPattern("uuMMdd").withResolverStyle(ResolverStyle.STRICT);

  /**
   * States only reached after reception: they need the reception and promised dates. 7 and 8 may
   * follow state 1 (a withdrawal before reception), so they need none.
   */
  private static final Set<DossierStatus> RECEIVED_STATES =
      EnumSet.of(
          DossierStatus.RECEIVED,
          DossierStatus.IN_PROGRESS,
          DossierStatus.SUPPLEMENT_REQUESTED,
          DossierStatus.FINANCIAL_OBLIGATION_REQUESTED,
          DossierStatus.PROCESSED,
          DossierStatus.RESULT_RETURNED);

  private DossierRules() {}

  /** {unit}-{yyMMdd}-{sequence}: the unit a real agency code, the date a real date. */
  static void code(DossierCode code) {
    if (code == null) {
      throw new IllegalArgumentException("code: is required");
    }
    try {
      AgencyCode.parse(code.unit());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "code: the unit part of "
              + code.value()
              + " must be an agency code such as 000.00.01.H22",
          e);
    }
    String date = code.value().substring(code.unit().length() + 1, code.unit().length() + 7);
    try {
      LocalDate.parse(date, YYMMDD);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("code: " + date + " is not a yyMMdd date", e);
    }
  }

  /** TechID only for on-line dossiers (national-portal.md: "only when KenhThucHien is online"). */
  static void techId(Channel channel, Applicant applicant) {
    if (applicant.techId() != null && !channel.isOnline()) {
      throw new IllegalArgumentException(
          "applicant.techId: only an on-line dossier carries a TechID (MaDoiTuong), channel is "
              + channel.code());
    }
  }

  /** The dates each state needs. */
  static void datesFor(DossierStatus status, DossierDates dates) {
    if (RECEIVED_STATES.contains(status)) {
      need(dates.received() != null, "dates.received", status);
      need(dates.due() != null, "dates.due", status);
    }
    if (status == DossierStatus.NOT_RECEIVED) {
      need(dates.refused() != null, "dates.refused", status);
    }
    if (status == DossierStatus.PROCESSED || status == DossierStatus.RESULT_RETURNED) {
      need(dates.processingEnded() != null, "dates.processingEnded", status);
    }
    if (status == DossierStatus.RESULT_RETURNED) {
      need(dates.returned() != null, "dates.returned", status);
    }
  }

  private static void need(boolean present, String field, DossierStatus status) {
    if (!present) {
      throw new IllegalArgumentException(
          field + ": is required for status " + status.code() + " (" + status + ")");
    }
  }
}
