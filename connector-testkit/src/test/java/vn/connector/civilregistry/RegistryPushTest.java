package vn.connector.civilregistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.connector.civilregistry.model.Address;
import vn.connector.civilregistry.model.BirthRegistration;
import vn.connector.civilregistry.model.PushReceipt;
import vn.connector.core.RetryPolicy;
import vn.connector.core.ServiceException;
import vn.connector.testkit.RecordingSleeper;
import vn.connector.testkit.SimulatorFault;
import vn.connector.testkit.TestClock;
import vn.connector.testkit.civilregistry.CivilRegistrySimulator;
import vn.connector.testkit.civilregistry.SampleRegistrations;

class RegistryPushTest {

  private static final String CODE = "000.00.01.H22-261201-0001";

  private final TestClock clock = TestClock.at(Instant.parse("2026-12-01T02:00:00Z"));
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final CivilRegistrySimulator registry = CivilRegistrySimulator.start(clock);
  private final CivilRegistryClient client =
      registry.clientBuilder().clock(clock).sleeper(sleeper).build();

  @AfterEach
  void close() {
    client.close();
    registry.close();
  }

  @Test
  void pushesABirthWithTheRecordAsAFlatJsonStringAndLeavesCancelledPapersOut() throws Exception {
    PushReceipt receipt = client.push(Contexts.OFFICER, SampleRegistrations.birth(CODE));

    assertThat(receipt.alreadyReceived()).isFalse();
    assertThat(receipt.attachmentsSent()).isEqualTo(1);
    assertThat(registry.attachments(CODE)).isEqualTo(1);
    JsonNode body = lastBody();
    assertThat(body.path("module").asText()).isEqualTo("LTKS");
    assertThat(body.path("maDonVi").asText()).isEqualTo("00004");
    assertThat(body.path("ngayTiepNhan").asText()).isEqualTo("01/12/2026 09:00:00");
    assertThat(body.path("data").isTextual()).isTrue();
    JsonNode record = new ObjectMapper().readTree(body.path("data").asText());
    assertThat(record.path("nksNgaySinh").asText()).isEqualTo("20.11.2026");
    assertThat(record.path("chaNgaySinh").asText()).isEqualTo("1993");
    assertThat(record.path("nksNoiSinh").path("maHuyen").asText()).isEqualTo("001");
    assertThat(record.path("meNoiCuTru").path("maHuyen").asText()).isEmpty();
    assertThat(record.path("nksHoTen").asText()).isEqualTo("Nguyễn Minh An");
    JsonNode file = body.path("fileDinhKem").get(0);
    assertThat(file.path("id").isInt()).isTrue();
    assertThat(file.path("huyGiayTo").asInt()).isZero();
    assertThat(body.path("fileDinhKem")).hasSize(1);
  }

  @Test
  void theSameInterlinkedCodeTwiceIsOneDossierAndTheRepeatIsSuccess() {
    client.push(Contexts.OFFICER, SampleRegistrations.birth(CODE));
    PushReceipt again = client.push(Contexts.OFFICER, SampleRegistrations.birth(CODE));

    assertThat(again.alreadyReceived()).isTrue();
    assertThat(registry.dossiers()).isEqualTo(1);
    assertThat(registry.pushes(CODE)).isEqualTo(2);
  }

  @Test
  void aPushWhoseAnswerWasLostIsResentAndStaysOneDossier() {
    registry.faults().next(SimulatorFault.connectionReset());
    client.push(Contexts.OFFICER, SampleRegistrations.death(CODE));
    // The reset came after the registry stored it? No: faults replace the answer, so the
    // registry did take the first push; the resend is answered "đã được tiếp nhận".
    assertThat(registry.dossiers()).isEqualTo(1);
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  @Test
  void keepsTheMinistrysCodeAndTextOfARefusal() {
    registry.refuseNextPush(CODE, "Giấy chứng sinh không hợp lệ");

    assertThatThrownBy(() -> client.push(Contexts.OFFICER, SampleRegistrations.birth(CODE)))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.nationalCode()).contains("E02");
              assertThat(e.nationalMessage()).contains("Giấy chứng sinh không hợp lệ");
              assertThat(e.isRetryable()).isFalse();
            });
    assertThat(registry.dossiers()).isZero();
  }

  @Test
  void refusesAnAddressWhoseCommuneIsNotInItsDistrictBeforeSending() {
    BirthRegistration sample = SampleRegistrations.birth(CODE);
    Address wrong = Address.of("01", "001", "00097", "Số 1");
    BirthRegistration bad =
        new BirthRegistration(
            sample.dossier(),
            sample.details(),
            sample.child(),
            new vn.connector.civilregistry.model.Parent(
                sample.mother().fullName(),
                sample.mother().birthDate(),
                sample.mother().ethnicity(),
                null,
                sample.mother().nationality(),
                null,
                sample.mother().residenceType(),
                wrong,
                null,
                null,
                null,
                false),
            null,
            sample.requester(),
            List.of());

    assertThatThrownBy(() -> client.push(Contexts.OFFICER, bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("mother.residence.commune: 00097 is not a commune of district 001");
    assertThat(registry.callCount()).isZero();
  }

  @Test
  void pushesADeathAndAMarriage() {
    client.push(Contexts.OFFICER, SampleRegistrations.death("000.00.01.H22-261201-0002"));
    client.push(Contexts.OFFICER, SampleRegistrations.marriage("000.00.01.H22-261201-0003"));

    assertThat(registry.dossiers()).isEqualTo(2);
  }

  @Test
  void aServiceUnavailableWithRetryAfterIsWaitedOutOnTheSleeper() {
    registry.faults().next(SimulatorFault.serviceUnavailable(Duration.ofSeconds(2)));

    client.push(Contexts.OFFICER, SampleRegistrations.birth(CODE));

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
    assertThat(registry.dossiers()).isEqualTo(1);
  }

  @Test
  void aMalformedAnswerIsAResponseException() {
    registry.faults().next(SimulatorFault.malformedBody());
    CivilRegistryClient once = registry.clientBuilder().retryPolicy(RetryPolicy.none()).build();

    assertThatThrownBy(() -> once.push(Contexts.OFFICER, SampleRegistrations.birth(CODE)))
        .isInstanceOf(vn.connector.core.ResponseException.class)
        .hasMessageContaining("not JSON");
    once.close();
  }

  private JsonNode lastBody() throws Exception {
    var events = WireMock.create().port(registry.baseUrl().getPort()).build().getServeEvents();
    return new ObjectMapper().readTree(events.get(0).getRequest().getBody());
  }
}
