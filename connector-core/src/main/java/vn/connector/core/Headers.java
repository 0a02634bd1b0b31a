package vn.connector.core;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Case-insensitive, immutable header maps. */
final class Headers {
  private Headers() {}

  /** {@code in} itself when it is already one of ours (immutable), else an immutable copy. */
  static Map<String, List<String>> copyOf(Map<String, List<String>> in) {
    return in instanceof Frozen ? in : new Frozen(mutableCopy(in), null);
  }

  /**
   * Wraps a fresh map (not shared with anyone, its lists immutable) made for a request whose body
   * is {@code owned}: an array of this package, never handed out, so the request built with both
   * need not copy it.
   */
  static Map<String, List<String>> frozen(Map<String, List<String>> fresh, byte[] owned) {
    return new Frozen(fresh, owned);
  }

  /** Whether {@code headers} vouch for {@code body}: both made together by this package. */
  static boolean owns(Map<String, List<String>> headers, byte[] body) {
    return body != null && headers instanceof Frozen f && f.owned == body;
  }

  static Map<String, List<String>> mutableCopy(Map<String, List<String>> in) {
    if (in instanceof Frozen f && f.sorted != null) {
      // Already case-insensitive, sorted and of immutable lists: TreeMap copies a sorted map of
      // its own order in linear time, the lists shared (a withHeader per attempt, issue 16).
      return new TreeMap<>(f.sorted);
    }
    Map<String, List<String>> out = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (in != null) {
      in.forEach(
          (k, v) ->
              out.merge(
                  k,
                  List.copyOf(v),
                  (a, b) -> {
                    List<String> all = new ArrayList<>(a);
                    all.addAll(b);
                    return List.copyOf(all);
                  }));
    }
    return out;
  }

  /**
   * An unmodifiable case-insensitive map, recognised by {@link #copyOf} so that a request derived
   * with {@code withHeader} copies its headers once, not twice, and its body not at all (issue 16).
   */
  private static final class Frozen extends AbstractMap<String, List<String>> {
    private final Map<String, List<String>> map;
    private final byte[] owned;
    // The map itself when it is a case-insensitive TreeMap (every one this package makes, each of
    // immutable lists): copied as it stands.
    private final TreeMap<String, List<String>> sorted;

    Frozen(Map<String, List<String>> map, byte[] owned) {
      this.map = Collections.unmodifiableMap(map);
      this.owned = owned;
      this.sorted =
          map instanceof TreeMap<String, List<String>> t
                  && t.comparator() == String.CASE_INSENSITIVE_ORDER
              ? t
              : null;
    }

    @Override
    public Set<Entry<String, List<String>>> entrySet() {
      return map.entrySet();
    }

    @Override
    public List<String> get(Object key) {
      return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return map.containsKey(key);
    }

    @Override
    public int size() {
      return map.size();
    }
  }
}
