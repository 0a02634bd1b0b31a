package vn.connector.business.model;

import java.util.List;
import java.util.Objects;

/**
 * One page of a search by name.
 *
 * @param name the searched text, as sent
 * @param page page number, from 1
 * @param pageSize the page size asked for
 * @param total how many enterprises match in all (tổng số)
 * @param items the hits on this page, at most {@code pageSize}
 */
public record SearchPage(
    String name, int page, int pageSize, long total, List<EnterpriseSummary> items) {

  public SearchPage {
    Objects.requireNonNull(name, "name");
    if (page < 1) {
      throw new IllegalArgumentException("page: must be 1 or more, was " + page);
    }
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize: must be 1 or more, was " + pageSize);
    }
    if (total < 0) {
      throw new IllegalArgumentException("total: must not be negative, was " + total);
    }
    items = List.copyOf(items);
  }

  /** Whether a later page holds more hits. */
  public boolean hasNext() {
    return (long) page * pageSize < total && !items.isEmpty();
  }

  /** How many pages the whole result spans. */
  public long totalPages() {
    return (total + pageSize - 1) / pageSize;
  }
}
