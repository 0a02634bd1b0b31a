package vn.connector.examples.business;

import java.io.PrintStream;
import vn.connector.business.model.EnterpriseSummary;
import vn.connector.testkit.business.BusinessRegistrySimulator;

/**
 * Searches enterprises by name and prints every hit, fetching pages as it goes.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=vn.connector.examples.business.SearchEnterprises -Dexec.args="Phần mềm"
 * </pre>
 *
 * Runs against the embedded simulator unless {@code CONNECTOR_CONFIG} names a properties file (see
 * {@link BusinessSetup}). Prints at most 100 hits.
 */
public final class SearchEnterprises {

  private static final int MAX_HITS = 100;

  private SearchEnterprises() {}

  public static void main(String[] args) {
    run(args, System.getenv("CONNECTOR_CONFIG"), System.out);
  }

  static void run(String[] args, String configFile, PrintStream out) {
    String name = args.length > 0 ? String.join(" ", args) : BusinessRegistrySimulator.SEARCH_TEXT;
    try (BusinessSetup setup = BusinessSetup.from(configFile)) {
      long[] count = {0};
      setup
          .client()
          .searchAll(name)
          .limit(MAX_HITS)
          .forEach(
              hit -> {
                count[0]++;
                out.println(line(hit));
              });
      out.println(count[0] + " enterprise(s) match \"" + name + "\".");
    }
  }

  private static String line(EnterpriseSummary hit) {
    return String.format("%-15s %-24s %s", hit.code().value(), hit.status().kind(), hit.name());
  }
}
