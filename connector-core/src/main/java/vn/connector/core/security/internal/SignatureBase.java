package vn.connector.core.security.internal;

import java.net.URI;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.greenbytes.http.sfv.InnerList;
import org.greenbytes.http.sfv.Item;
import org.greenbytes.http.sfv.StringItem;
import vn.connector.core.security.MessageParts;

/** The signature base of RFC 9421 §2.5 for a message and an inner list of covered components. */
public final class SignatureBase {

  private SignatureBase() {}

  /**
   * One line per covered component, then the {@code @signature-params} line, joined with LF and no
   * trailing newline.
   *
   * @throws RuleViolation when a component is missing, repeated or not supported
   */
  public static String of(MessageParts message, InnerList covered) {
    StringBuilder base = new StringBuilder();
    Set<String> seen = new HashSet<>();
    for (Item<?> item : covered.get()) {
      if (!(item instanceof StringItem) || !item.getParams().isEmpty()) {
        throw new RuleViolation("component not supported");
      }
      String name = ((StringItem) item).get();
      if (!seen.add(name)) {
        throw new RuleViolation("component repeated: " + RuleViolation.quoted(name));
      }
      item.serializeTo(base).append(": ").append(value(message, name)).append('\n');
    }
    base.append("\"@signature-params\": ");
    return covered.serializeTo(base).toString();
  }

  static String value(MessageParts message, String name) {
    if (!name.startsWith("@")) {
      if (!name.equals(name.toLowerCase(Locale.ROOT))) {
        throw new RuleViolation("component name not lowercase: " + RuleViolation.quoted(name));
      }
      return message
          .header(name)
          .orElseThrow(() -> new RuleViolation("component missing: " + RuleViolation.quoted(name)));
    }
    if (name.equals("@status")) {
      if (message.isRequest()) {
        throw new RuleViolation("component not applicable: @status");
      }
      return Integer.toString(message.status());
    }
    if (!message.isRequest()) {
      throw new RuleViolation("component not applicable: " + RuleViolation.quoted(name));
    }
    return requestComponent(message.method(), message.targetUri(), name);
  }

  private static String requestComponent(String method, URI uri, String name) {
    switch (name) {
      case "@method":
        return method;
      case "@target-uri":
        return uri.toString();
      case "@authority":
        return authority(uri);
      case "@scheme":
        return String.valueOf(uri.getScheme()).toLowerCase(Locale.ROOT);
      case "@path":
        return path(uri);
      case "@query":
        return "?" + (uri.getRawQuery() == null ? "" : uri.getRawQuery());
      case "@request-target":
        return path(uri) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
      default:
        throw new RuleViolation("component not supported: " + RuleViolation.quoted(name));
    }
  }

  private static String path(URI uri) {
    String path = uri.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  /** RFC 9110 §4.2.3 normalisation: lowercase host, default port left out. */
  private static String authority(URI uri) {
    if (uri.getHost() == null) {
      // A registry-based or opaque authority (such as "a_b:1") has no host to normalise.
      throw new RuleViolation("component not applicable: @authority has no host");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    int port = uri.getPort();
    boolean defaultPort =
        port == -1
            || (port == 443 && "https".equalsIgnoreCase(uri.getScheme()))
            || (port == 80 && "http".equalsIgnoreCase(uri.getScheme()));
    return defaultPort ? host : host + ":" + port;
  }
}
