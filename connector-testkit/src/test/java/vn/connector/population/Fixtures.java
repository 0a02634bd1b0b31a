package vn.connector.population;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;
import vn.connector.testkit.population.PopulationSimulator;

/** Shared test values. */
final class Fixtures {

  static final CallContext CONTEXT =
      CallContext.of(
          "CB-0042",
          "000.00.01.H56",
          DossierCode.parse("000.00.01.H56-240115-0001"),
          Purpose.IDENTITY_VERIFICATION);
  private static final Pattern MA_YEU_CAU = Pattern.compile("MaYeuCau\"?[>:]\"?([^<\"]+)");

  private Fixtures() {}

  /** Service requests (token requests left out), oldest first. */
  static List<LoggedRequest> requests(PopulationSimulator simulator) {
    List<LoggedRequest> newestFirst =
        simulator.wireMock().getAllServeEvents().stream()
            .map(e -> e.getRequest())
            .filter(r -> !r.getUrl().endsWith("/token"))
            .collect(java.util.stream.Collectors.toList());
    java.util.Collections.reverse(newestFirst);
    return newestFirst;
  }

  static String maYeuCau(LoggedRequest r) {
    Matcher m = MA_YEU_CAU.matcher(r.getBodyAsString());
    return m.find() ? m.group(1) : null;
  }
}
