package vn.connector.population;

import static org.junit.platform.engine.discovery.ClassNameFilter.excludeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Runs the population connector's whole suite in a JVM of its own with every SDK logger ({@code
 * vn.connector}) at DEBUG, for {@link DebugLogPrivacyTest}: the log level must be set before the
 * first logger exists, which a test inside the build's JVM cannot do. Prints only counts, never a
 * failure's message (it could hold the very data the run is looking for).
 */
final class DebugLogSuite {

  private DebugLogSuite() {}

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
    System.setProperty("slf4j.internal.verbosity", "WARN");
    System.setProperty("org.slf4j.simpleLogger.log.vn.connector", "debug");
    System.setProperty("org.slf4j.simpleLogger.log.vn.connector.audit", "debug");
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectPackage("vn.connector.population"))
            .filters(excludeClassNamePatterns(".*DebugLog.*"))
            .build();
    Launcher launcher = LauncherFactory.create();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    System.out.println(
        "DEBUG-SUITE found="
            + summary.getTestsFoundCount()
            + " succeeded="
            + summary.getTestsSucceededCount()
            + " failed="
            + summary.getTestsFailedCount());
    System.exit(0);
  }
}
