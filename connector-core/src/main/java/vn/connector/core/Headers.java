package vn.connector.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Case-insensitive, immutable header maps. */
final class Headers {
  private Headers() {}

  static Map<String, List<String>> copyOf(Map<String, List<String>> in) {
    return Collections.unmodifiableMap(mutableCopy(in));
  }

  static Map<String, List<String>> mutableCopy(Map<String, List<String>> in) {
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
}
