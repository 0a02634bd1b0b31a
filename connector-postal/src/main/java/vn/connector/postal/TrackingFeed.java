package vn.connector.postal;

import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import vn.connector.postal.model.TrackingPage;

/**
 * Consumes VNPost's tracking feed (one feed of events for all the portal's orders, read page by
 * page from {@code lastId}) into the portal: each event applied once, in feed order, through a
 * {@link TrackingListener}, in one transaction per page together with the feed's new position.
 * After a crash or restart it goes on from the last page applied, so nothing is lost or applied
 * twice; events VNPost repeats are recognised by their {@code _id} and skipped. Several nodes may
 * poll one database: a page is applied by one of them. Thread-safe; call {@link #poll()} from a
 * scheduler.
 *
 * <p>Tables {@code postal_feed_cursor (feed PK, last_id, updated_at)} and {@code postal_feed_event
 * (feed, event_id PK, applied_at)}.
 *
 * <pre>{@code
 * TrackingFeed feed = TrackingFeed.builder(client, dataSource, listener).createSchema(true).build();
 * int applied = feed.poll();   // every minute, say
 * }</pre>
 */
public final class TrackingFeed {

  private final PostalClient client;
  private final FeedStore store;
  private final TrackingListener listener;
  private final int pageSize;

  private TrackingFeed(Builder b) {
    this.client = b.client;
    this.listener = b.listener;
    this.pageSize = b.pageSize;
    this.store = new FeedStore(b.dataSource, b.name, b.clock, b.createSchema);
  }

  public static Builder builder(
      PostalClient client, DataSource dataSource, TrackingListener listener) {
    return new Builder(client, dataSource, listener);
  }

  /**
   * Reads and applies pages until the feed has nothing new. Returns the number of events applied.
   *
   * @throws vn.connector.core.ConnectorException when VNPost cannot be read; applied pages stay
   *     applied, the next poll goes on from there
   * @throws IllegalStateException when the database fails; the page in hand was not applied
   */
  public int poll() {
    int applied = 0;
    while (true) {
      String from = store.position();
      TrackingPage page = client.trackingPage(from, pageSize);
      if (page.isEmpty() || page.lastId().equals(from)) {
        return applied;
      }
      int n = store.apply(from, page, listener);
      if (n < 0) {
        continue; // another node applied this page; read on from where it left the feed
      }
      applied += n;
      if (page.events().size() < pageSize) {
        return applied;
      }
    }
  }

  /** The {@code lastId} the next page will be read from. */
  public String position() {
    return store.position();
  }

  /** Builds a {@link TrackingFeed}. */
  public static final class Builder {
    private final PostalClient client;
    private final DataSource dataSource;
    private final TrackingListener listener;
    private String name = "vnpost";
    private int pageSize = 50;
    private boolean createSchema;
    private Clock clock = Clock.systemUTC();

    private Builder(PostalClient client, DataSource dataSource, TrackingListener listener) {
      this.client = Objects.requireNonNull(client, "client");
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
      this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * The feed's name in the cursor table (default {@code vnpost}); one per VNPost customer code.
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

    /** Creates the two tables if missing (default off; the DDL is in the documentation). */
    public Builder createSchema(boolean create) {
      this.createSchema = create;
      return this;
    }

    /** The clock of the applied times (default UTC system clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public TrackingFeed build() {
      return new TrackingFeed(this);
    }
  }
}
