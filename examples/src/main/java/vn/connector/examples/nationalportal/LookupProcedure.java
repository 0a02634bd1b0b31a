package vn.connector.examples.nationalportal;

import java.io.PrintStream;
import java.util.Optional;
import vn.connector.core.ProcedureCode;
import vn.connector.nationalportal.NationalPortalClient;
import vn.connector.nationalportal.PortalProfile;
import vn.connector.nationalportal.model.CatalogueItem;
import vn.connector.nationalportal.model.Procedure;
import vn.connector.testkit.nationalportal.NationalPortalSimulator;

/**
 * Looks a procedure up in the national catalogue (CSDL quốc gia về TTHC) and prints its fields of
 * practice, steps, channels and documents.
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.mainClass=vn.connector.examples.nationalportal.LookupProcedure -Dexec.args=1.001193
 * </pre>
 */
public final class LookupProcedure {

  private LookupProcedure() {}

  public static void main(String[] args) {
    run(args, System.out);
  }

  static void run(String[] args, PrintStream out) {
    ProcedureCode code =
        ProcedureCode.parse(args.length > 0 ? args[0] : NationalPortalSimulator.BIRTH_REGISTRATION);
    try (NationalPortalSimulator portal = NationalPortalSimulator.start();
        NationalPortalClient client = portal.clientBuilder(PortalProfile.Style.ADAPTER).build()) {
      Optional<Procedure> found = client.procedure(code);
      if (found.isEmpty()) {
        out.println("No procedure " + code.value() + " in the national catalogue.");
        return;
      }
      Procedure p = found.get();
      out.println(p.code().value() + " " + p.name());
      for (CatalogueItem field : p.fields()) {
        out.println("  field of practice: " + field.code() + " " + field.name());
      }
      out.println("  steps:\n    " + p.steps().replace("\n", "\n    "));
      out.println("  channels: " + p.channels().replace("\n", "; "));
      out.println("  documents: " + p.requiredDocuments().replace("\n", "; "));
      out.println(client.procedures().size() + " procedure(s) in the catalogue.");
    }
  }
}
