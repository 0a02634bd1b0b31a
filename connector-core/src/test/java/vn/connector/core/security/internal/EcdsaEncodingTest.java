package vn.connector.core.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EcdsaEncodingTest {

  @Test
  void refusesZeroOutOfRangeAndWrongLengthSignatures() {
    assertThatThrownBy(() -> EcdsaEncoding.rawToDer(new byte[64]))
        .hasMessage("signature: r out of range");
    assertThatThrownBy(() -> EcdsaEncoding.rawToDer(new byte[63]))
        .hasMessage("signature: must be 64 bytes, was 63");
    byte[] rTooBig = new byte[64];
    Arrays.fill(rTooBig, (byte) 0xFF);
    assertThatThrownBy(() -> EcdsaEncoding.rawToDer(rTooBig))
        .hasMessage("signature: r out of range");
  }

  @Test
  void roundTripsBetweenRawAndDer() {
    byte[] raw = new byte[64];
    raw[31] = 3;
    raw[32] = (byte) 0x80;
    raw[63] = 1;
    assertThat(EcdsaEncoding.derToRaw(EcdsaEncoding.rawToDer(raw))).isEqualTo(raw);
  }
}
