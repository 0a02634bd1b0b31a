package vn.connector.core.security.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A CRL and where it came from (a file or an http(s)/file URL). Once the list passes its {@code
 * nextUpdate} it is read again from the same place, at most once a minute while the CA is late; a
 * list that cannot be read or is not newer is not taken, so an outdated list keeps failing closed
 * ("revocation status unknown") until a fresh one arrives. Thread-safe.
 */
public final class CrlSource {

  private static final Logger LOG = LoggerFactory.getLogger("vn.connector.core.security");
  private static final Duration RETRY = Duration.ofMinutes(1);
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_BYTES = 20 * 1024 * 1024;

  private final String name;
  private final Reader reader;
  private volatile X509CRL current;
  private Instant lastAttempt = Instant.MIN;

  @FunctionalInterface
  private interface Reader {
    InputStream open() throws IOException;
  }

  private CrlSource(String name, Reader reader) {
    this.name = name;
    this.reader = reader;
    this.current = read();
  }

  /** A DER or PEM CRL file, read now and again after each {@code nextUpdate}. */
  public static CrlSource file(Path file) {
    return new CrlSource(file.toString(), () -> Files.newInputStream(file));
  }

  /** A CRL at an {@code http}, {@code https} or {@code file} URL (the CA's distribution point). */
  public static CrlSource url(URI uri) {
    String scheme = String.valueOf(uri.getScheme()).toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("file")) {
      throw new IllegalArgumentException("crl: must be an http, https or file URL, was " + uri);
    }
    return new CrlSource(
        uri.toString(),
        () -> {
          URLConnection connection = uri.toURL().openConnection();
          connection.setConnectTimeout((int) TIMEOUT.toMillis());
          connection.setReadTimeout((int) TIMEOUT.toMillis());
          return connection.getInputStream();
        });
  }

  /** The list to check against at {@code clock}'s time, read again once it is outdated. */
  public X509CRL current(Clock clock) {
    X509CRL crl = current;
    Instant now = clock.instant();
    if (crl.getNextUpdate() != null && now.isAfter(crl.getNextUpdate().toInstant())) {
      refresh(now);
    }
    return current;
  }

  private synchronized void refresh(Instant now) {
    X509CRL crl = current;
    if (!now.isAfter(crl.getNextUpdate().toInstant()) || now.isBefore(lastAttempt.plus(RETRY))) {
      return;
    }
    lastAttempt = now;
    try {
      X509CRL fresh = read();
      if (fresh.getThisUpdate().after(crl.getThisUpdate())) {
        current = fresh;
        return;
      }
      LOG.warn("CRL {} is outdated and no newer list is published there yet", name);
    } catch (IllegalArgumentException e) {
      LOG.warn("CRL {} is outdated and could not be read again: {}", name, e.getMessage());
    }
  }

  private X509CRL read() {
    try (InputStream in = reader.open()) {
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new IllegalArgumentException(name + ": CRL larger than " + MAX_BYTES + " bytes");
      }
      return (X509CRL)
          CertificateFactory.getInstance("X.509")
              .generateCRL(new java.io.ByteArrayInputStream(bytes));
    } catch (IOException | GeneralSecurityException | ClassCastException e) {
      throw new IllegalArgumentException(
          name + ": not a CRL (" + e.getClass().getSimpleName() + ")");
    }
  }
}
