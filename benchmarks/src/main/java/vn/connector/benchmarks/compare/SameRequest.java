package vn.connector.benchmarks.compare;

import java.util.regex.Pattern;

/**
 * Compares the request the SDK sent with the one the hand-written client sent for the same
 * operation, after masking what must differ per call: request ids, timestamps, and the values
 * computed from them (c06-signed-basic, MaXacThuc, signatures, nonces, digests).
 */
final class SameRequest {

  private static final Pattern[] PER_CALL = {
    Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    Pattern.compile("\\b[0-9a-f]{64}\\b"),
    Pattern.compile("\\b[0-9a-f]{32}\\b"),
    Pattern.compile("(?<=timestamp=)\\d{13}"),
    Pattern.compile("(?<=\"ThoiGianGD\":\")\\d{14}"),
    Pattern.compile("(?<=authorization=Basic )[A-Za-z0-9+/=]{60,}"),
    Pattern.compile("(?<=signature=sig1=:)[A-Za-z0-9+/=]+"),
    Pattern.compile("(?<=created=)\\d+|(?<=expires=)\\d+|(?<=nonce=\")[A-Za-z0-9_-]+"),
  };

  private SameRequest() {}

  static String masked(String request) {
    String m = request;
    for (Pattern p : PER_CALL) {
      m = p.matcher(m).replaceAll("<per-call>");
    }
    return m;
  }

  /** Null when the two are the same after masking, else both masked forms. */
  static String difference(String sdk, String baseline) {
    String a = masked(sdk);
    String b = masked(baseline);
    return a.equals(b) ? null : "SDK:  " + a + "\nhand: " + b;
  }
}
