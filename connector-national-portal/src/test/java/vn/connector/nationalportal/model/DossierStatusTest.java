package vn.connector.nationalportal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DossierStatusTest {

  @Test
  void readsTheTenNationalCodes() {
    assertThat(DossierStatus.fromCode("1")).isEqualTo(DossierStatus.NEW);
    assertThat(DossierStatus.fromCode(" 10 ")).isEqualTo(DossierStatus.RESULT_RETURNED);
    assertThat(DossierStatus.values()).hasSize(10);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "11", "", "đã tiếp nhận"})
  void refusesCodesOffTheNationalList(String code) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DossierStatus.fromCode(code))
        .withMessageStartingWith("status: must be a national state 1-10");
  }

  @Test
  void allowsTheUsualPath() {
    assertThat(DossierStatus.NEW.canMoveTo(DossierStatus.RECEIVED)).isTrue();
    assertThat(DossierStatus.RECEIVED.canMoveTo(DossierStatus.IN_PROGRESS)).isTrue();
    assertThat(DossierStatus.IN_PROGRESS.canMoveTo(DossierStatus.SUPPLEMENT_REQUESTED)).isTrue();
    assertThat(DossierStatus.SUPPLEMENT_REQUESTED.canMoveTo(DossierStatus.IN_PROGRESS)).isTrue();
    assertThat(DossierStatus.IN_PROGRESS.canMoveTo(DossierStatus.PROCESSED)).isTrue();
    assertThat(DossierStatus.PROCESSED.canMoveTo(DossierStatus.RESULT_RETURNED)).isTrue();
  }

  @Test
  void refusesMovesTheListDoesNotAllow() {
    assertThat(DossierStatus.NEW.canMoveTo(DossierStatus.PROCESSED)).isFalse();
    assertThat(DossierStatus.RESULT_RETURNED.canMoveTo(DossierStatus.IN_PROGRESS)).isFalse();
    assertThat(DossierStatus.NOT_RECEIVED.canMoveTo(DossierStatus.RECEIVED)).isFalse();
    assertThat(DossierStatus.PROCESSED.canMoveTo(DossierStatus.IN_PROGRESS)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(DossierStatus.class)
  void alwaysAllowsStayingInTheSameState(DossierStatus status) {
    assertThat(status.canMoveTo(status)).isTrue();
  }

  @Test
  void onlyRefusalAndReturnedResultAreFinal() {
    assertThat(DossierStatus.NOT_RECEIVED.isFinal()).isTrue();
    assertThat(DossierStatus.RESULT_RETURNED.isFinal()).isTrue();
    assertThat(DossierStatus.PROCESSED.isFinal()).isFalse();
  }
}
