package vn.connector.postal;

import java.util.Objects;
import java.util.Optional;
import vn.connector.outbox.FeedCursor;
import vn.connector.outbox.Outbox;
import vn.connector.postal.model.TrackingEvent;
import vn.connector.postal.model.TrackingPage;

/**
 * Consumes VNPost's tracking feed (one feed of events for all the portal's orders, read page by
 * page from {@code lastId}) into the portal: each event applied once, in feed order, through a
 * {@link TrackingListener}. The position is connector-outbox's {@link FeedCursor}: a page's events,
 * their ids and the new position commit in one transaction of the portal's database, so after a
 * crash or restart the feed goes on from the last page applied, losing and repeating nothing;
 * events VNPost sends again are recognised by their {@code _id}. Several nodes may poll one
 * database: a page is applied by one of them. Thread-safe; call {@link #poll()} from a scheduler.
 *
 * <pre>{@code
 * Outbox outbox = Outbox.builder().dataSource(dataSource).build();
 * TrackingFeed feed = TrackingFeed.builder(client, outbox, listener).build();
 * int applied = feed.poll();   // every minute, say
 * }</pre>
 */
public final class TrackingFeed {

  private final PostalClient client;
  private final FeedCursor cursor;
  private final TrackingListener listener;
  private final int pageSize;

  private TrackingFeed(Builder b) {
    this.client = b.client;
    this.listener = b.listener;
    this.pageSize = b.pageSize;
    this.cursor = FeedCursor.of(b.outbox, b.name);
  }

  public static Builder builder(PostalClient client, Outbox outbox, TrackingListener listener) {
    return new Builder(client, outbox, listener);
  }

  /**
   * Reads and applies pages until the feed has nothing new. Returns the number of events applied.
   *
   * @throws vn.connector.core.ConnectorException when VNPost cannot be read; applied pages stay
   *     applied, the next poll goes on from there
   * @throws IllegalStateException when the database or the listener fails; the page in hand was not
   *     applied
   */
  public int poll() {
    int applied = 0;
    while (true) {
      Optional<String> from = cursor.position();
      String lastId = from.orElse(TrackingPage.START);
      TrackingPage page = client.trackingPage(lastId, pageSize);
      if (page.isEmpty() || page.lastId().equals(lastId)) {
        return applied;
      }
      // 0 also when another node applied this page first: the next round reads on after it.
      applied +=
          cursor.apply(
              from,
              new FeedCursor.Page<>(page.events(), page.lastId()),
              TrackingEvent::id,
              listener::apply);
      if (page.events().size() < pageSize) {
        return applied;
      }
    }
  }

  /** The {@code lastId} the next page will be read from. */
  public String position() {
    return cursor.position().orElse(TrackingPage.START);
  }

  /** Builds a {@link TrackingFeed}. */
  public static final class Builder {
    private final PostalClient client;
    private final Outbox outbox;
    private final TrackingListener listener;
    private String name = "vnpost-tracking";
    private int pageSize = 50;

    private Builder(PostalClient client, Outbox outbox, TrackingListener listener) {
      this.client = Objects.requireNonNull(client, "client");
      this.outbox = Objects.requireNonNull(outbox, "outbox");
      this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * The feed's name in the outbox's feed table (default {@code vnpost-tracking}); one per VNPost
     * customer code.
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank() || name.length() > 50) {
        throw new IllegalArgumentException("name: must be 1-50 characters");
      }
      this.name = name;
      return this;
    }

    /** Events per page ({@code pagesize}, default 50 as VNPost's client asks); 1-500. */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > 500) {
        throw new IllegalArgumentException("pageSize: must be 1-500, was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    public TrackingFeed build() {
      return new TrackingFeed(this);
    }
  }
}
