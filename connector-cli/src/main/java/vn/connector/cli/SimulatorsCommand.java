package vn.connector.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.connector.testkit.SimulatorsMain;

/**
 * {@code simulators}: the testkit's standalone simulators ({@link SimulatorsMain}), with their
 * printout of URLs, test credentials and a {@code curl} line per system; runs until Ctrl+C.
 */
@Command(
    name = "simulators",
    mixinStandardHelpOptions = true,
    description = {
      "Chạy các giả lập trên 127.0.0.1 tới khi Ctrl+C / Runs the simulators on 127.0.0.1 until"
          + " Ctrl+C.",
      "Test credentials and made-up personas only."
    })
final class SimulatorsCommand implements Callable<Integer> {

  @Option(names = "--population-port", paramLabel = "PORT", description = "0: a free port")
  Integer populationPort;

  @Option(names = "--business-port", paramLabel = "PORT", description = "0: a free port")
  Integer businessPort;

  @Option(names = "--payment-port", paramLabel = "PORT", description = "0: a free port")
  Integer paymentPort;

  @Override
  public Integer call() throws InterruptedException {
    SimulatorsMain.main(arguments());
    return 0;
  }

  /** The options as {@link SimulatorsMain} takes them. */
  String[] arguments() {
    List<String> out = new ArrayList<>();
    if (populationPort != null) {
      out.add("--population-port=" + populationPort);
    }
    if (businessPort != null) {
      out.add("--business-port=" + businessPort);
    }
    if (paymentPort != null) {
      out.add("--payment-port=" + paymentPort);
    }
    return out.toArray(new String[0]);
  }
}
