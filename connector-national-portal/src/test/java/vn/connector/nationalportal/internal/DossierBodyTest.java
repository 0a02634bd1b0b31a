package vn.connector.nationalportal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.connector.core.internal.Json;
import vn.connector.nationalportal.model.Dossier;

/** The dossier written field by field gives the bytes the tree it was built as gave. */
class DossierBodyTest {

  private static byte[] oldBody(String unit, Dossier d, boolean update) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.putNull("session");
    body.put("madonvi", unit).put("service", "DongBoHoSoMC");
    body.put("isUpdating", update ? "True" : "False");
    body.putArray("data").add(DossierTree.dossier(d));
    return Json.write(body);
  }

  @Test
  void theSyncBodyIsTheTreesBytesForCreateAndUpdate() {
    for (boolean update : new boolean[] {false, true}) {
      Dossier d = DossierWireTest.full();
      byte[] streamed = AdapterCalls.dossierBody("000.00.01.H22", d, update);

      assertThat(new String(streamed, StandardCharsets.UTF_8))
          .isEqualTo(new String(oldBody("000.00.01.H22", d, update), StandardCharsets.UTF_8));
    }
  }

  @Test
  void theOutboxTreeIsTheOldTree() {
    Dossier d = DossierWireTest.full();

    assertThat(DossierWire.write(d)).isEqualTo(DossierTree.dossier(d));
  }

  @Test
  void aDossierWithItsOptionalPartsAbsentIsWrittenTheSame() {
    Dossier d = DossierWireTest.minimal();

    assertThat(new String(AdapterCalls.dossierBody("U", d, false), StandardCharsets.UTF_8))
        .isEqualTo(new String(oldBody("U", d, false), StandardCharsets.UTF_8));
    assertThat(DossierWire.write(d)).isEqualTo(DossierTree.dossier(d));
  }
}
