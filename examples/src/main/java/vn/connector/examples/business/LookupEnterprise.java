package vn.connector.examples.business;

import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import vn.connector.business.model.EnterpriseForm;
import vn.connector.core.EnterpriseCode;
import vn.connector.testkit.business.BusinessRegistrySimulator;

/**
 * Looks up an enterprise by code and prints the fields a dossier form is pre-filled with.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=vn.connector.examples.business.LookupEnterprise -Dexec.args=0100109106
 * </pre>
 *
 * Runs against the embedded simulator unless {@code CONNECTOR_CONFIG} names a properties file (see
 * {@link BusinessSetup}).
 */
public final class LookupEnterprise {

  private LookupEnterprise() {}

  public static void main(String[] args) {
    run(args, System.getenv("CONNECTOR_CONFIG"), System.out);
  }

  static void run(String[] args, String configFile, PrintStream out) {
    EnterpriseCode code =
        EnterpriseCode.parse(args.length > 0 ? args[0] : BusinessRegistrySimulator.ACTIVE);
    try (BusinessSetup setup = BusinessSetup.from(configFile)) {
      Optional<EnterpriseForm> form = setup.client().prefill(BusinessSetup.CONTEXT, code);
      if (form.isEmpty()) {
        out.println("No enterprise with code " + code.value() + " (không tìm thấy doanh nghiệp).");
        return;
      }
      out.println("Pre-filled form for " + code.value() + ":");
      for (Map.Entry<String, String> field : form.get().asMap().entrySet()) {
        out.printf("  %-36s %s%n", field.getKey(), field.getValue());
      }
    }
  }
}
