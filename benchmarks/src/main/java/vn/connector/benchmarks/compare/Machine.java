package vn.connector.benchmarks.compare;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What the figures were measured on. */
final class Machine {

  private Machine() {}

  static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2] + " (1, 5, 15 min)";
    } catch (java.io.IOException e) {
      return String.format(
          Locale.ROOT,
          "%.2f (1 min)",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  static String cpuModel() {
    try (var lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("unknown");
    } catch (java.io.IOException e) {
      return System.getProperty("os.arch");
    }
  }

  static String describe() {
    return String.format(
        Locale.ROOT,
        "%d processors (%s), %s %s, %s %s, max heap %d MiB",
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("os.name"),
        System.getProperty("os.version"),
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
