package vn.connector.postal.model;

import java.time.ZonedDateTime;
import java.util.Objects;
import vn.connector.postal.internal.PostalWire;

/**
 * One event of VNPost's tracking feed: what happened to which order's parcel, when and where.
 *
 * @param id the event's id in the feed ({@code _id.$oid}, 24 hex digits), by which it is applied
 *     once
 * @param orderNumber the portal's order
 * @param waybill the parcel's waybill number
 * @param status what happened; {@link ParcelStatus#UNKNOWN} for a code the contract does not name
 * @param statusCode VNPost's {@code StatusCode} as sent
 * @param time when it happened, in Asia/Ho_Chi_Minh
 * @param postOffice the post office ({@code POSID}), possibly empty
 * @param statusMessage VNPost's text of the status, possibly empty
 * @param notes VNPost's notes, possibly empty
 */
public record TrackingEvent(
    String id,
    OrderNumber orderNumber,
    Waybill waybill,
    ParcelStatus status,
    int statusCode,
    ZonedDateTime time,
    String postOffice,
    String statusMessage,
    String notes) {

  public TrackingEvent {
    Objects.requireNonNull(id, "id");
    if (!PostalWire.isTrackingId(id)) {
      throw new IllegalArgumentException("id: must be 24 lower-case hex digits, was " + id);
    }
    Objects.requireNonNull(orderNumber, "orderNumber");
    Objects.requireNonNull(waybill, "waybill");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(time, "time");
    postOffice = postOffice == null ? "" : postOffice;
    statusMessage = statusMessage == null ? "" : statusMessage;
    notes = notes == null ? "" : notes;
  }

  /** The portal's collection state after this event, or null when the status is unknown. */
  public CollectionState collectionState() {
    return status.collectionState();
  }

  /** Notes may name the person who signed for the parcel: printed without them. */
  @Override
  public String toString() {
    return "TrackingEvent["
        + id
        + " "
        + orderNumber
        + " "
        + waybill
        + " "
        + status
        + " "
        + time
        + "]";
  }
}
