package vn.connector.population.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.connector.population.internal.ws.answer.KetQua;

/** The verification answer reads into the same {@link KetQua} as JAXB's unmarshaller makes. */
class VerificationXmlTest {

  private static final String[] FIELDS = {"TonTai", "SoDinhDanhTonTai", "GioiTinh"};

  private static final String[] TEXTS = {
    "true",
    "false",
    "1",
    "0",
    "2",
    " true ",
    "",
    "\n\t",
    "Nữ",
    "a &amp; b",
    "&lt;x&gt;",
    "&#x1EA1;",
    "<![CDATA[<tr>ue]]>",
    "tr<!-- note -->ue",
    "t<?pi x?>rue",
    "tr<b>x</b>ue",
    "<b/>",
    "😀",
    "001090012345",
  };

  private static final String[] OPENERS = {
    "<%s>",
    "<p:%s xmlns:p=\"urn:other\">",
    "<%s xmlns=\"" + AnswerNamespace.ANSWER_NS + "\">",
    "<%s a=\"1\">",
    "<%s xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:nil=\"true\">",
  };

  @Test
  void readsWhatJaxbReadsOverRandomAnswers() {
    Random random = new Random(16);
    for (int n = 0; n < 3_000; n++) {
      String payload = payload(random);
      byte[] envelope = envelope(payload);

      KetQua byJaxb = read(envelope, SoapMessages.answer(KetQua.class));
      KetQua byHand = read(envelope, SoapMessages.VERIFICATION);

      assertThat(byHand).as(payload).usingRecursiveComparison().isEqualTo(byJaxb);
    }
  }

  @Test
  void readsTheThreeFieldsAndLeavesWhatIsAbsentNull() {
    KetQua k =
        read(
            envelope("<KetQuaXacThuc><TonTai>true</TonTai><GioiTinh>2</GioiTinh></KetQuaXacThuc>"),
            SoapMessages.VERIFICATION);

    assertThat(k.getTonTai()).isEqualTo("true");
    assertThat(k.getGioiTinh()).isEqualTo("2");
    assertThat(k.getSoDinhDanhTonTai()).isNull();
  }

  @Test
  void aFieldInsideAnUnknownElementIsNotTheAnswers() {
    KetQua k =
        read(
            envelope("<KetQuaXacThuc><Extra><TonTai>true</TonTai></Extra></KetQuaXacThuc>"),
            SoapMessages.VERIFICATION);

    assertThat(k.getTonTai()).isNull();
  }

  @Test
  void anAnswerCutOffInsideTheFieldsIsRefused() {
    String cut =
        new String(
                envelope("<KetQuaXacThuc><TonTai>true</TonTai></KetQuaXacThuc>"),
                StandardCharsets.UTF_8)
            .replace("</TonTai></KetQuaXacThuc></soapenv:Body></soapenv:Envelope>", "");

    assertThatThrownBy(() -> SoapCodec.read(cut, SoapMessages.VERIFICATION))
        .isInstanceOf(AnswerFormatException.class);
  }

  private static String payload(Random random) {
    StringBuilder b = new StringBuilder(String.format(pick(random, OPENERS), "KetQuaXacThuc"));
    int children = random.nextInt(6);
    for (int i = 0; i < children; i++) {
      int kind = random.nextInt(5);
      if (kind < 3) {
        element(b, random, pick(random, FIELDS), pick(random, TEXTS));
      } else if (kind == 3) {
        element(b, random, "Extra", pick(random, TEXTS));
      } else {
        // an unknown element holding a field of the same name: not the answer's
        b.append("<Nested>");
        element(b, random, pick(random, FIELDS), "true");
        b.append("</Nested>");
      }
      if (random.nextInt(4) == 0) {
        b.append(random.nextBoolean() ? " \n " : "<!-- between -->");
      }
    }
    return b.append(closer(b.toString())).toString();
  }

  private static void element(StringBuilder b, Random random, String name, String text) {
    String opener = String.format(pick(random, OPENERS), name);
    if (text.isEmpty() && random.nextBoolean()) {
      b.append(opener, 0, opener.length() - 1).append("/>");
      return;
    }
    b.append(opener).append(text).append(closer(opener));
  }

  /** The end tag of the last opener in {@code text}'s prefix style. */
  private static String closer(String opened) {
    String open = opened.startsWith("<p:") ? opened.substring(1) : opened.substring(1);
    String name = open.split("[ >]", 2)[0];
    return "</" + name + ">";
  }

  private static String pick(Random random, String[] from) {
    return from[random.nextInt(from.length)];
  }

  private static byte[] envelope(String payload) {
    return ("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\">"
            + "<soapenv:Body>"
            + payload
            + "</soapenv:Body></soapenv:Envelope>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static KetQua read(byte[] envelope, SoapCodec.PayloadReader<KetQua> reader) {
    return ((SoapAnswer.Payload<KetQua>) SoapCodec.read(envelope, reader)).value();
  }
}
