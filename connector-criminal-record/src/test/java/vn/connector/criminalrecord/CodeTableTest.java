package vn.connector.criminalrecord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CodeTableTest {

  private static CodeTable of(String csv) {
    return CodeTable.load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void mapsLocalCodesToTheMinistrys() {
    CodeTable codes = Samples.codes();
    assertThat(codes.nationality("3106")).contains(new CodeTable.Entry("VN", "Việt Nam"));
    assertThat(codes.ethnicity("55305")).contains(new CodeTable.Entry("01", "Kinh"));
    assertThat(codes.nationality("9999")).isEmpty();
    assertThat(codes.ethnicity("3106")).isEmpty();
  }

  @Test
  void refusesAWrongHeaderAMalformedLineAndAnUnknownCategory() {
    assertThatThrownBy(() -> of("local,ministry\n")).hasMessageStartingWith("csv: line 1");
    assertThatThrownBy(() -> of("category,local,ministry,name\nnationality,3106\n"))
        .hasMessageStartingWith("csv: line 2");
    assertThatThrownBy(() -> of("category,local,ministry,name\nreligion,1,01,x\n"))
        .hasMessageContaining("unknown category religion");
  }

  @Test
  void refusesALocalCodeGivenTwice() {
    assertThatThrownBy(
            () ->
                of("category,local,ministry,name\nnationality,3106,VN,a\nnationality,3106,LA,b\n"))
        .hasMessageContaining("line 3")
        .hasMessageContaining("given twice");
  }
}
