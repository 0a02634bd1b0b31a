package vn.connector.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FeedCursorTest {

  record Event(String id, String parcel) {}

  private final List<String> applied = new ArrayList<>();

  private static FeedCursor cursor(Db db) {
    return FeedCursor.of(
        Outbox.builder().dataSource(db.fresh()).createSchema(true).build(), "vnpost");
  }

  private static FeedCursor.Page<Event> page(String next, String... ids) {
    List<Event> events = new ArrayList<>();
    for (String id : ids) {
      events.add(new Event(id, "EN" + id));
    }
    return new FeedCursor.Page<>(events, next);
  }

  private int pull(FeedCursor cursor, FeedCursor.Page<Event> page) {
    return cursor.pull(from -> page, Event::id, (tx, e) -> applied.add(e.id()));
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void advancesThePositionWithEachAppliedPageAndSkipsEventsSeenBefore(Db db) {
    FeedCursor cursor = cursor(db);
    assertThat(cursor.position()).isEmpty();
    assertThat(pull(cursor, page("2", "1", "2"))).isEqualTo(2);
    assertThat(cursor.position()).contains("2");
    assertThat(pull(cursor, page("4", "2", "3", "4"))).as("event 2 came again").isEqualTo(2);
    assertThat(applied).containsExactly("1", "2", "3", "4");
    assertThat(cursor.position()).contains("4");
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void keepsThePositionWhenApplyingThePageFails(Db db) {
    FeedCursor cursor = cursor(db);
    pull(cursor, page("1", "1"));
    assertThatThrownBy(
            () ->
                cursor.pull(
                    from -> page("3", "2", "3"),
                    Event::id,
                    (tx, e) -> {
                      if (e.id().equals("3")) {
                        throw new IllegalStateException("portal down");
                      }
                    }))
        .hasMessage("portal down");
    assertThat(cursor.position()).contains("1");
    assertThat(pull(cursor, page("3", "2", "3"))).as("both again: nothing was kept").isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Db.class)
  void dropsAPageFetchedAtAPositionAnotherNodeHasMovedOn(Db db) {
    FeedCursor cursor = cursor(db);
    pull(cursor, page("1", "1"));
    Optional<String> staleFrom = Optional.empty();
    assertThat(cursor.apply(staleFrom, page("1", "1"), Event::id, (tx, e) -> applied.add("!")))
        .isZero();
    assertThat(applied).containsExactly("1");
    assertThat(cursor.position()).contains("1");
  }
}
