package vn.connector.criminalrecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import vn.connector.core.Auth;
import vn.connector.core.ClientBuilder;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.Secret;
import vn.connector.criminalrecord.internal.Province;
import vn.connector.criminalrecord.internal.ReportWire;

/**
 * Builds a {@link CriminalRecordClient}: the shared options of {@link ClientBuilder} (endpoint,
 * timeouts, TLS, retries, audit, clock, sleeper, secured profile) plus the LLTP ones. Setters check
 * their argument, {@link #build()} the whole.
 *
 * <p>Configuration keys read by {@link #configure} besides the shared ones: {@code
 * criminal-record.authKey} (with {@code criminal-record.auth=body-auth-key}, or alone), {@code
 * criminal-record.province.code}, {@code criminal-record.province.name}, {@code
 * criminal-record.codeTable} (path of the CSV), {@code criminal-record.submitPath}, {@code
 * criminal-record.statusPath}.
 */
public final class CriminalRecordClientBuilder extends ClientBuilder<CriminalRecordClientBuilder> {

  Province province;
  CodeTable codes;
  String submitPath = "/v2/lyLichTuPhap/nhanHoSoLLTP";
  String statusPath = "/v2/lyLichTuPhap/traCuuTrangThaiHoSoLLTP";

  CriminalRecordClientBuilder() {
    super(LltpCalls.SYSTEM);
  }

  /** The key the ministry issued to the province, sent as {@code authKey} in every body. */
  public CriminalRecordClientBuilder authKey(Secret authKey) {
    return auth(Auth.bodyAuthKey(Objects.requireNonNull(authKey, "authKey")));
  }

  /** maTinh and tenTinh of the province, in every body. */
  public CriminalRecordClientBuilder province(String code, String name) {
    this.province = new Province(code, name);
    return this;
  }

  /** The province's nationality and ethnicity codes mapped to the ministry's. */
  public CriminalRecordClientBuilder codeTable(CodeTable codes) {
    this.codes = Objects.requireNonNull(codes, "codeTable");
    return this;
  }

  /**
   * Path of the submission under the endpoint. The default is a modelled name: the paths are
   * configuration in the code seen, so set what your LGSP publishes.
   */
  public CriminalRecordClientBuilder submitPath(String path) {
    this.submitPath = path(path, "submitPath");
    return this;
  }

  /** Path of the status call (default modelled, as {@link #submitPath}). */
  public CriminalRecordClientBuilder statusPath(String path) {
    this.statusPath = path(path, "statusPath");
    return this;
  }

  @Override
  protected void configureSystem(ConnectorConfig config) {
    String s = system();
    config.optional(s + ".authKey").ifPresent(k -> authKey(config.secret(s + ".authKey")));
    if (config.optional(s + ".province.code").isPresent()) {
      province(config.string(s + ".province.code"), config.string(s + ".province.name"));
    }
    config.optional(s + ".codeTable").ifPresent(file -> codeTable(load(Path.of(file))));
    config.optional(s + ".submitPath").ifPresent(this::submitPath);
    config.optional(s + ".statusPath").ifPresent(this::statusPath);
  }

  public CriminalRecordClient build() {
    URI endpoint = endpoint();
    if (province == null) {
      throw new IllegalStateException("province is required");
    }
    if (codes == null) {
      throw new IllegalStateException("codeTable is required");
    }
    String base = endpoint.toString().replaceAll("/+$", "");
    LltpCalls calls =
        new LltpCalls(
            transport(),
            URI.create(base + submitPath),
            URI.create(base + statusPath),
            URI.create(base + ReportWire.PATH));
    return new CriminalRecordClient(calls, province, codes);
  }

  private static CodeTable load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return CodeTable.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("criminal-record.codeTable: cannot read " + file, e);
    }
  }

  private static String path(String path, String field) {
    Objects.requireNonNull(path, field);
    if (!path.startsWith("/") || path.contains("?") || path.contains("#")) {
      throw new IllegalArgumentException(
          field + ": must start with / and have no query, was " + path);
    }
    return path;
  }
}
