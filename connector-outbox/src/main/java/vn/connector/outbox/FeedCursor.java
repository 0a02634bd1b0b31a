package vn.connector.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import vn.connector.outbox.internal.FeedStore;

/**
 * A persisted position in a remote feed (VNPost's {@code lastId}): a page of events is applied and
 * the position advanced in one transaction, so a crash between the two cannot skip events, and each
 * event is applied once by its id even when a page is fetched again.
 *
 * <pre>{@code
 * FeedCursor cursor = FeedCursor.of(outbox, "vnpost-tracking");
 * int applied = cursor.pull(
 *     from -> {
 *       TrackingPage p = postal.tracking(context, from.orElse("0"));
 *       return new FeedCursor.Page<>(p.events(), p.lastId());
 *     },
 *     TrackingEvent::id,
 *     (tx, event) -> parcels.record(tx, event));
 * }</pre>
 *
 * <p>Several nodes may pull the same feed: the position is advanced only from the position the page
 * was fetched at (compare-and-set), so a page another node applied first is dropped, not applied
 * twice. Thread-safe.
 */
public final class FeedCursor {

  private final FeedStore store;

  private FeedCursor(FeedStore store) {
    this.store = store;
  }

  /** The cursor of feed {@code feed} (created at the first page, empty position before). */
  public static FeedCursor of(Outbox outbox, String feed) {
    Objects.requireNonNull(outbox, "outbox");
    return new FeedCursor(new FeedStore(outbox.database(), OutboxItem.name(feed, "feed", 100)));
  }

  /** The position after the last applied page; empty before the first. */
  public Optional<String> position() {
    return store.position();
  }

  /**
   * Fetches the page after the current position and applies it.
   *
   * @return how many events were applied now (repeats not counted); 0 when another node applied the
   *     page first
   */
  public <E> int pull(Fetcher<E> fetcher, Function<E, String> idOf, Handler<E> handler) {
    Objects.requireNonNull(fetcher, "fetcher");
    Optional<String> from = position();
    Page<E> page = Objects.requireNonNull(fetcher.fetch(from), "page");
    return apply(from, page, idOf, handler);
  }

  /**
   * Applies {@code page}, fetched at position {@code from}: each event whose id was not applied
   * before is given to {@code handler}, in the page's order, inside one transaction that also
   * records the ids and moves the position to {@link Page#next()}. When the handler throws, nothing
   * of the page is kept and the exception is thrown on (as {@link IllegalStateException} if
   * checked).
   *
   * @return how many events were applied now; 0 when the position is no longer {@code from}
   */
  public <E> int apply(
      Optional<String> from, Page<E> page, Function<E, String> idOf, Handler<E> handler) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(idOf, "idOf");
    Objects.requireNonNull(handler, "handler");
    return store.apply(from, page.events(), page.next(), e -> check(idOf.apply(e)), handler::apply);
  }

  private static String check(String id) {
    return OutboxItem.name(id, "event id", OutboxItem.MAX_KEY);
  }

  /**
   * One page of a feed.
   *
   * @param events the events, in the feed's order
   * @param next the position after them (what the next fetch starts from)
   */
  public record Page<E>(List<E> events, String next) {
    public Page {
      events = List.copyOf(events);
      next = OutboxItem.name(next, "next", OutboxItem.MAX_KEY);
    }
  }

  /** Fetches the page after a position (empty: from the start). */
  @FunctionalInterface
  public interface Fetcher<E> {
    Page<E> fetch(Optional<String> position);
  }

  /** Applies one event inside the page's transaction. */
  @FunctionalInterface
  public interface Handler<E> {
    void apply(Connection transaction, E event) throws SQLException;
  }
}
