package vn.connector.nationalportal;

import java.net.URI;
import java.util.Objects;
import vn.connector.core.Secret;

/**
 * Which of the two wire styles of national-portal.md a province speaks, and where. Immutable.
 *
 * <pre>{@code
 * PortalProfile adapter = PortalProfile.adapter(URI.create("https://dvc.example.gov.vn/adapter"),
 *     "/auth", "/integration", "portal-user", Secret.of(System.getenv("DVCQG_PASSWORD")),
 *     "000.00.01.H22");
 * PortalProfile arrays = PortalProfile.plainArrays(
 *     URI.create("https://dvc.example.gov.vn/hoso/themmoi"),
 *     URI.create("https://dvc.example.gov.vn/hoso/capnhat"),
 *     URI.create("https://dvc.example.gov.vn/tiendo"));
 * }</pre>
 */
public final class PortalProfile {

  /** The two wire styles. */
  public enum Style {
    /** Style A: the adapter with a session (OpenCPS); lookups and the catalogue too. */
    ADAPTER,
    /** Style B: plain JSON arrays to configured URLs, text answers; dossiers and progress only. */
    PLAIN_ARRAYS
  }

  private final Style style;
  private final URI adapter;
  private final String authPath;
  private final String integrationPath;
  private final String username;
  private final Secret password;
  private final String unit;
  private final String dstCode;
  private final URI create;
  private final URI update;
  private final URI progress;

  private PortalProfile(
      Style style,
      URI adapter,
      String authPath,
      String integrationPath,
      String username,
      Secret password,
      String unit,
      String dstCode,
      URI create,
      URI update,
      URI progress) {
    this.style = style;
    this.adapter = adapter;
    this.authPath = authPath;
    this.integrationPath = integrationPath;
    this.username = username;
    this.password = password;
    this.unit = unit;
    this.dstCode = dstCode;
    this.create = create;
    this.update = update;
    this.progress = progress;
  }

  /**
   * Style A: {@code POST adapterUrl + authPath} to log in, {@code POST adapterUrl +
   * integrationPath} for every service.
   *
   * @param unit {@code madonvi}, the unit code the adapter knows the portal by
   */
  public static PortalProfile adapter(
      URI adapterUrl,
      String authPath,
      String integrationPath,
      String username,
      Secret password,
      String unit) {
    return new PortalProfile(
        Style.ADAPTER,
        url(adapterUrl, "adapterUrl"),
        path(authPath, "authPath"),
        path(integrationPath, "integrationPath"),
        text(username, "username"),
        Objects.requireNonNull(password, "password"),
        text(unit, "unit"),
        null,
        null,
        null,
        null);
  }

  /** Style B: the create, update and progress URLs. */
  public static PortalProfile plainArrays(URI createUrl, URI updateUrl, URI progressUrl) {
    return new PortalProfile(
        Style.PLAIN_ARRAYS,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        url(createUrl, "createUrl"),
        url(updateUrl, "updateUrl"),
        url(progressUrl, "progressUrl"));
  }

  /** A copy that sends the optional {@code dstcode} header on login (style A only). */
  public PortalProfile withDstCode(String dstCode) {
    if (style != Style.ADAPTER) {
      throw new IllegalStateException("dstCode: only the style A login takes it");
    }
    return new PortalProfile(
        style,
        adapter,
        authPath,
        integrationPath,
        username,
        password,
        unit,
        text(dstCode, "dstCode"),
        null,
        null,
        null);
  }

  public Style style() {
    return style;
  }

  URI loginUri() {
    return URI.create(adapter + authPath);
  }

  URI integrationUri() {
    return URI.create(adapter + integrationPath);
  }

  String username() {
    return username;
  }

  Secret password() {
    return password;
  }

  String unit() {
    return unit;
  }

  String dstCode() {
    return dstCode;
  }

  URI createUri() {
    return create;
  }

  URI updateUri() {
    return update;
  }

  URI progressUri() {
    return progress;
  }

  /** The style and URLs; never the password. */
  @Override
  public String toString() {
    return style == Style.ADAPTER
        ? "PortalProfile[ADAPTER " + integrationUri() + ", unit " + unit + "]"
        : "PortalProfile[PLAIN_ARRAYS " + create + ", " + update + ", " + progress + "]";
  }

  private static URI url(URI uri, String field) {
    Objects.requireNonNull(uri, field);
    if (!uri.isAbsolute() || uri.getHost() == null) {
      throw new IllegalArgumentException(field + ": must be an absolute http(s) URL, was " + uri);
    }
    return uri;
  }

  private static String path(String path, String field) {
    String p = text(path, field);
    if (!p.startsWith("/")) {
      throw new IllegalArgumentException(field + ": must start with /, was " + p);
    }
    return p;
  }

  private static String text(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
    return value.strip();
  }
}
