package vn.connector.nationalportal.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The dates of a dossier. On the wire each is {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh, so they
 * are kept to the second, and must fall in the years 1900-9999. A date not yet known is null.
 *
 * <pre>{@code
 * Instant now = Instant.now();
 * DossierDates dates = DossierDates.submitted(now).receivedOn(now, now.plus(Duration.ofDays(5)));
 * }</pre>
 *
 * @param submitted {@code NgayNopHoSo}
 * @param received {@code NgayTiepNhan}; required for states 2, 4, 5, 6, 9 and 10
 * @param due {@code NgayHenTra}, the promised date; required with {@code received}
 * @param processingEnded {@code NgayKetThucXuLy}; required for states 9 and 10
 * @param returned {@code NgayTra}; required for state 10
 * @param refused {@code NgayTuChoi}; required for state 3
 */
public record DossierDates(
    Instant submitted,
    Instant received,
    Instant due,
    Instant processingEnded,
    Instant returned,
    Instant refused) {

  private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  public DossierDates {
    submitted = wire(submitted, "dates.submitted");
    received = wire(received, "dates.received");
    due = wire(due, "dates.due");
    processingEnded = wire(processingEnded, "dates.processingEnded");
    returned = wire(returned, "dates.returned");
    refused = wire(refused, "dates.refused");
    if (received != null && due != null && due.isBefore(received)) {
      throw new IllegalArgumentException("dates.due: must not be before dates.received");
    }
  }

  /** Only the submission date. */
  public static DossierDates submitted(Instant submitted) {
    return new DossierDates(submitted, null, null, null, null, null);
  }

  /** A copy with the reception and promised dates. */
  public DossierDates receivedOn(Instant received, Instant due) {
    return new DossierDates(submitted, received, due, processingEnded, returned, refused);
  }

  /** A copy with the end of processing. */
  public DossierDates processingEndedOn(Instant ended) {
    return new DossierDates(submitted, received, due, ended, returned, refused);
  }

  /** A copy with the date the result was returned. */
  public DossierDates returnedOn(Instant returnedAt) {
    return new DossierDates(submitted, received, due, processingEnded, returnedAt, refused);
  }

  /** A copy with the date reception was refused. */
  public DossierDates refusedOn(Instant refusedAt) {
    return new DossierDates(submitted, received, due, processingEnded, returned, refusedAt);
  }

  /** Truncated to the second, inside the years that {@code yyyyMMddHHmmss} can write. */
  static Instant wire(Instant value, String field) {
    if (value == null) {
      return null;
    }
    int year = value.atZone(ZONE).getYear();
    if (year < 1900 || year > 9999) {
      throw new IllegalArgumentException(
          field + ": must be a yyyyMMddHHmmss time in the years 1900-9999, was " + value);
    }
    return value.truncatedTo(ChronoUnit.SECONDS);
  }
}
