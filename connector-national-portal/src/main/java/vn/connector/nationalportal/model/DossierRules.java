package vn.connector.nationalportal.model;

import java.util.EnumSet;
import java.util.Set;
import vn.connector.core.DossierCode;

/**
 * The checks that make the national refusals "malformed MaHoSo" (5) and "missing required field"
 * (6) impossible for a local reason. Which fields a state requires is a modelled reading, written
 * in docs/connectors/national-portal.md.
 */
final class DossierRules {

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

  /**
   * {unit}-{yyMMdd}-{sequence}: core's {@link DossierCode} already refuses a unit that is not an
   * agency code and a date that is not a day, so only presence is left to check here.
   */
  static void code(DossierCode code) {
    if (code == null) {
      throw new IllegalArgumentException("code: is required");
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
