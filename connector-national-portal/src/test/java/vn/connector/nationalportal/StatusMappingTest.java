package vn.connector.nationalportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.connector.nationalportal.model.DossierStatus;

class StatusMappingTest {

  @Test
  void mapsSeveralLocalStatesOntoOneNationalState() {
    StatusMapping m =
        StatusMapping.builder()
            .map("DA_KY_DUYET", DossierStatus.PROCESSED)
            .map("CHO_TRA_KET_QUA", DossierStatus.PROCESSED)
            .build();

    assertThat(m.toNational("DA_KY_DUYET")).isEqualTo(DossierStatus.PROCESSED);
    assertThat(m.toNational(" CHO_TRA_KET_QUA ")).isEqualTo(DossierStatus.PROCESSED);
  }

  @Test
  void refusesAnUnmappedLocalState() {
    StatusMapping m = StatusMapping.builder().map("DA_TIEP_NHAN", DossierStatus.RECEIVED).build();

    assertThat(m.maps("DANG_XU_LY")).isFalse();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> m.toNational("DANG_XU_LY"))
        .withMessageStartingWith("localState: 'DANG_XU_LY' is not mapped");
  }

  @Test
  void readsCodesAndNamesFromProperties() throws Exception {
    Properties p = new Properties();
    p.load(new StringReader("DA_TIEP_NHAN=2\nDANG_THAM_DINH=IN_PROGRESS\nĐÃ_TRẢ=10\n"));

    StatusMapping m = StatusMapping.fromProperties(p);

    assertThat(m.toNational("DA_TIEP_NHAN")).isEqualTo(DossierStatus.RECEIVED);
    assertThat(m.toNational("DANG_THAM_DINH")).isEqualTo(DossierStatus.IN_PROGRESS);
    assertThat(m.toNational("ĐÃ_TRẢ")).isEqualTo(DossierStatus.RESULT_RETURNED);
  }

  @Test
  void refusesANationalValueOffTheList() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StatusMapping.fromMap(Map.of("XONG", "11")))
        .withMessageStartingWith("localState: 'XONG' maps to '11'");
  }

  @Test
  void refusesALocalStateMappedTwiceAndAnEmptyMapping() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                StatusMapping.builder()
                    .map("A", DossierStatus.NEW)
                    .map("A", DossierStatus.RECEIVED))
        .withMessageStartingWith("localState: 'A' is mapped twice");
    assertThatIllegalStateException().isThrownBy(() -> StatusMapping.builder().build());
  }
}
