package vn.connector.cli;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import vn.connector.core.ConnectorConfig;
import vn.connector.core.TlsSettings;

/**
 * Runs every check on one configuration: the shared key stores once, then per configured system DNS
 * and TLS to each endpoint, the clock, the token fetch and the harmless call. Checks never stop at
 * the first failure: the night before go-live, every problem should show at once.
 */
final class Doctor {

  private final ConnectorConfig config;
  private final Clock clock;

  Doctor(ConnectorConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  List<Finding> run() {
    Instant now = clock.instant();
    List<Finding> out = new ArrayList<>(KeyMaterial.check(config, now));
    List<SystemConfig> systems = SystemConfig.configured(config);
    if (systems.isEmpty()) {
      out.add(
          Finding.fail(
              "config",
              Checks.CONFIG,
              Text.of("không có hệ thống nào được cấu hình", "no system is configured"),
              Text.of(
                  "Khai báo ít nhất <hệ thống>.endpoint, ví dụ population.endpoint",
                  "Set at least <system>.endpoint, such as population.endpoint")));
    }
    Optional<TlsSettings> tls = readableTls();
    TlsProbe tlsProbe =
        new TlsProbe(tls, config.duration("http.connectTimeout", Duration.ofSeconds(5)));
    for (SystemConfig system : systems) {
      out.addAll(system(system, tls.isPresent(), tlsProbe));
    }
    return out;
  }

  private List<Finding> system(SystemConfig system, boolean tlsSet, TlsProbe tlsProbe) {
    String s = system.prefix();
    List<Finding> out = new ArrayList<>();
    boolean dedicated;
    try {
      dedicated = config.flag(s + ".dedicatedNetwork", false);
    } catch (IllegalArgumentException e) {
      out.add(configProblem(s, e));
      dedicated = false;
    }
    for (Map.Entry<String, URI> origin : system.origins().entrySet()) {
      Finding dns = EndpointChecks.dns(s, origin.getValue());
      out.add(dns);
      if (dns.result() != Result.FAIL) {
        out.addAll(
            EndpointChecks.tls(
                s,
                origin.getKey(),
                origin.getValue(),
                tlsProbe,
                dedicated,
                tlsSet,
                clock.instant()));
      }
    }
    Probe probe;
    try {
      probe = new Probe(config, s, clock);
    } catch (RuntimeException e) {
      out.add(configProblem(s, e));
      return out;
    }
    try (probe) {
      out.add(
          guarded(
              s,
              Checks.CLOCK,
              () ->
                  EndpointChecks.clock(
                      s, system.mainKey(), system.mainUrl(), probe, clock.instant())));
      out.add(guarded(s, Checks.TOKEN, () -> TokenCheck.run(config, s, probe, clock.instant())));
    }
    out.add(guarded(s, Checks.TRIAL_CALL, () -> TrialCalls.run(config, s)));
    return out;
  }

  /**
   * A check that broke on something unforeseen is a FAIL row of its own, never the end of the
   * doctor: the other checks still run and print.
   */
  private static Finding guarded(String s, Text check, Supplier<Finding> run) {
    try {
      return run.get();
    } catch (RuntimeException e) {
      return Finding.fail(
          s,
          check,
          Text.same(e.getClass().getSimpleName() + ": " + Problems.describe(e)),
          Text.of(
              "Xem thông báo; sửa khóa cấu hình của " + s,
              "See the message; fix the " + s + ".* keys"));
    }
  }

  /** The TLS settings when they can be read; their problem is reported under {@code tls}. */
  private Optional<TlsSettings> readableTls() {
    try {
      return config.tls();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Finding configProblem(String s, RuntimeException e) {
    return Finding.fail(
        s,
        Checks.CONFIG,
        Text.same(Problems.describe(e)),
        Text.of("Sửa khóa cấu hình được nêu", "Fix the configuration key named"));
  }

  /** Whether nothing found would fail in production. */
  static boolean passes(List<Finding> findings) {
    return findings.stream().noneMatch(f -> f.result() == Result.FAIL);
  }
}
