package vn.connector.core.security.internal;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Map;
import org.greenbytes.http.sfv.ByteSequenceItem;
import org.greenbytes.http.sfv.ListElement;
import org.greenbytes.http.sfv.ParseException;
import org.greenbytes.http.sfv.Parser;

/** The {@code Content-Digest} field of RFC 9530. */
public final class ContentDigest {

  private ContentDigest() {}

  /** {@code sha-256=:<base64>:} for {@code body}. */
  public static String sha256(byte[] body) {
    return "sha-256=" + ByteSequenceItem.valueOf(digest("SHA-256", body)).serialize();
  }

  /**
   * Checks {@code field} against {@code body}: every sha-256 / sha-512 member present must match
   * (constant time), and at least one must be present.
   *
   * @throws RuleViolation {@code "content-digest mismatch"}, {@code "content-digest malformed"} or
   *     {@code "content-digest algorithm not supported"}
   */
  public static void check(String field, byte[] body) {
    Map<String, ListElement<?>> members;
    try {
      members = Parser.parseDictionary(field).get();
    } catch (ParseException e) {
      throw new RuleViolation("content-digest malformed");
    }
    boolean checked = false;
    for (Map.Entry<String, ListElement<?>> member : members.entrySet()) {
      String jca =
          member.getKey().equals("sha-256")
              ? "SHA-256"
              : member.getKey().equals("sha-512") ? "SHA-512" : null;
      if (jca == null) {
        continue;
      }
      if (!(member.getValue() instanceof ByteSequenceItem)) {
        throw new RuleViolation("content-digest malformed");
      }
      if (!MessageDigest.isEqual(
          digest(jca, body), bytes(((ByteSequenceItem) member.getValue()).get()))) {
        throw new RuleViolation("content-digest mismatch");
      }
      checked = true;
    }
    if (!checked) {
      throw new RuleViolation("content-digest algorithm not supported");
    }
  }

  /** Hex-free raw digest. */
  public static byte[] digest(String jcaName, byte[] body) {
    return vn.connector.core.internal.Digests.of(jcaName, body);
  }

  static byte[] bytes(ByteBuffer buffer) {
    ByteBuffer copy = buffer.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return bytes;
  }
}
