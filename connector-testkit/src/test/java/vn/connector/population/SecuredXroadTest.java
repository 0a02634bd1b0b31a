package vn.connector.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.connector.population.Fixtures.CONTEXT;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.connector.core.BirthDate;
import vn.connector.core.Gender;
import vn.connector.core.SignatureException;
import vn.connector.population.model.CitizenQuery;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.population.PopulationSimulator;
import vn.connector.testkit.population.PopulationSimulatorExtension;
import vn.connector.testkit.population.SecuredSimulator;
import vn.connector.testkit.security.SecurityFault;

/**
 * X-Road headers under the secured profile: one xroad:id, signed, echoed and bound to the answer.
 */
@ExtendWith(PopulationSimulatorExtension.class)
@SecuredSimulator
class SecuredXroadTest {

  private static final CitizenQuery AN =
      CitizenQuery.of("001090012345", "Nguyễn Văn An", BirthDate.of(1990, 1, 15), Gender.MALE);

  @Test
  void signedRequestCarriesOneXroadIdAndTheSignedAnswerEchoesTheBlock(
      PopulationSimulator simulator) {
    try (PopulationClient client = client(simulator)) {
      assertThat(client.verify(CONTEXT, AN).matched()).isTrue();
    }

    ServeEvent event = simulator.wireMock().getAllServeEvents().get(0);
    String sent = event.getRequest().getBodyAsString();
    assertThat(sent.split("xroad:id", -1)).hasSize(3);
    assertThat(sent)
        .contains(
            "SignatureValue",
            ">" + Fixtures.maYeuCau(event.getRequest()) + "</xroad:id>",
            ">4.0</xroad:protocolVersion>");
    assertThat(new String(event.getResponse().getBody(), StandardCharsets.UTF_8))
        .contains(
            "SignatureValue",
            "xroad:client",
            ">" + Fixtures.maYeuCau(event.getRequest()) + "</xroad:id>");
  }

  @Test
  void answerReplayedFromAnEarlierCallIsRefusedWithXroadHeaders(PopulationSimulator simulator) {
    try (PopulationClient client = client(simulator)) {
      client.verify(CONTEXT, AN);
      simulator.nextSecurityFaults(SecurityFault.REPLAYED_RESPONSE);

      assertThatThrownBy(() -> client.verify(CONTEXT, AN))
          .isInstanceOf(SignatureException.class)
          .hasMessageContaining("xroad:id");
    }
  }

  private static PopulationClient client(PopulationSimulator simulator) {
    return simulator
        .clientBuilder(PopulationProfile.DIRECT)
        .sleeper(new RecordingSleeper())
        .xRoadIdentifiers(
            XRoadIdentifiers.parse(
                simulator.credentials().xRoadClient(), "VN/GOV/000.00.00.C06/dancu", "v1"))
        .build();
  }
}
