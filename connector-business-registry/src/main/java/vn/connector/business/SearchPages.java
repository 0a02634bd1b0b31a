package vn.connector.business;

import java.util.Iterator;
import java.util.NoSuchElementException;
import vn.connector.business.model.SearchPage;

/** The pages of one search, each fetched only when the previous one is used up. */
final class SearchPages implements Iterator<SearchPage> {

  private final RegistryCalls calls;
  private final String text;
  private final int pageSize;
  private SearchPage last;

  SearchPages(RegistryCalls calls, String text, int pageSize) {
    this.calls = calls;
    this.text = text;
    this.pageSize = pageSize;
  }

  @Override
  public boolean hasNext() {
    return last == null || last.hasNext();
  }

  @Override
  public SearchPage next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no page after page " + last.page());
    }
    last = calls.search(text, last == null ? 1 : last.page() + 1, pageSize);
    return last;
  }
}
