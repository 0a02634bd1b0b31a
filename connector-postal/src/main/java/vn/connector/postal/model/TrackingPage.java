package vn.connector.postal.model;

import java.util.List;
import java.util.Objects;

/**
 * One page of the tracking feed.
 *
 * @param events the events, in feed order
 * @param lastId where the next page starts: the id of the last event, or the position this page was
 *     read from when it is empty
 * @param total the feed's size as VNPost counts it ({@code _size})
 * @param totalPages the number of pages ({@code _total_pages})
 */
public record TrackingPage(List<TrackingEvent> events, String lastId, long total, int totalPages) {

  /** The position of the start of the feed. */
  public static final String START = "000000000000000000000000";

  public TrackingPage {
    events = List.copyOf(events);
    Objects.requireNonNull(lastId, "lastId");
  }

  public boolean isEmpty() {
    return events.isEmpty();
  }
}
