package vn.connector.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnswersTest {

  private static JsonNode json(String text) {
    return Answers.json(new HttpResponse(200, Map.of(), text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsAValueThatTravelsAsAStringOrANumber() {
    JsonNode n = json("{\"a\":\"100\",\"b\":100,\"c\":null,\"d\":1.50}");
    assertThat(Answers.stringOrNumber(n, "a")).hasValue("100");
    assertThat(Answers.stringOrNumber(n, "b")).hasValue("100");
    assertThat(Answers.stringOrNumber(n, "c")).isEmpty();
    assertThat(Answers.stringOrNumber(n, "missing")).isEmpty();
    assertThat(Answers.stringOrNumber(n, "d")).hasValue("1.5");
    assertThatThrownBy(() -> Answers.stringOrNumber(json("{\"a\":{}}"), "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a:");
  }

  @Test
  void normalisesVietnameseTextToNfc() {
    String nfd = "Nguye\u0302\u0303n  Va\u0306n An ";
    assertThat(Answers.nfc(nfd)).isEqualTo("Nguyễn Văn An");
  }

  @Test
  void readsTheNationalDateFormatsStrictly() {
    assertThat(Answers.date("15.01.1990", "dd.MM.yyyy", "ngaySinh"))
        .isEqualTo(LocalDate.of(1990, 1, 15));
    assertThat(Answers.date("19900115", "yyyyMMdd", "NgaySinh"))
        .isEqualTo(LocalDate.of(1990, 1, 15));
    assertThatThrownBy(() -> Answers.date("31/02/2024", "dd/MM/yyyy", "ngayCap"))
        .hasMessageStartingWith("ngayCap:");
    assertThat(Answers.dateTime("20241115143000", "yyyyMMddHHmmss", "ThoiGianGD").toInstant())
        .isEqualTo(Instant.parse("2024-11-15T07:30:00Z"));
    assertThat(Answers.epochMillis(json("{\"t\":1764558000000}").get("t"), "EventTime"))
        .isEqualTo(Instant.ofEpochMilli(1764558000000L));
  }

  @Test
  void readsVndFromNumbersAndStringsAndRefusesFractions() {
    JsonNode n = json("{\"a\":23000,\"b\":\"23000\",\"c\":23000.0,\"d\":23000.5,\"e\":-1}");
    assertThat(
            List.of(
                Answers.vnd(n.get("a"), "a"),
                Answers.vnd(n.get("b"), "b"),
                Answers.vnd(n.get("c"), "c")))
        .containsOnly(23000L);
    assertThatThrownBy(() -> Answers.vnd(n.get("d"), "d")).hasMessageStartingWith("d:");
    assertThatThrownBy(() -> Answers.vnd(n.get("e"), "e")).hasMessageStartingWith("e:");
    assertThatThrownBy(() -> Answers.vnd("1.000", "CODAmount"))
        .hasMessageStartingWith("CODAmount:");
  }

  @Test
  void acceptsOnlyPdfDocumentsAndDigestsThem() {
    byte[] pdf = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);
    assertThat(Answers.requirePdf(pdf)).isSameAs(pdf);
    assertThatThrownBy(() -> Answers.requirePdf("<html>".getBytes(StandardCharsets.US_ASCII)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Answers.sha256Hex("abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void theReadersOfOneAnswerShareOneTreeAndAnotherAnswerGetsItsOwn() {
    HttpResponse answer = new HttpResponse(200, java.util.Map.of(), bytes("{\"a\":1}"));
    HttpResponse other = new HttpResponse(200, java.util.Map.of(), bytes("{\"a\":1}"));

    com.fasterxml.jackson.databind.JsonNode first = Answers.json(answer);

    assertThat(Answers.json(answer)).isSameAs(first);
    assertThat(Answers.json(other)).isNotSameAs(first).isEqualTo(first);
  }

  @Test
  void anAnswerReadAsAnObjectSaysWhichAnswerIsNotJsonOrNotAnObject() {
    HttpResponse object = new HttpResponse(200, java.util.Map.of(), bytes("{\"status\":1}"));
    assertThat(vn.connector.core.internal.AnswerReaders.object(object, "NhanDKHT answer"))
        .isSameAs(Answers.json(object));
    for (String body : List.of("[1]", "not json")) {
      HttpResponse r = new HttpResponse(200, java.util.Map.of(), bytes(body));
      assertThatThrownBy(
              () -> vn.connector.core.internal.AnswerReaders.object(r, "NhanDKHT answer"))
          .as(body)
          .isInstanceOf(vn.connector.core.internal.MalformedAnswerException.class)
          .hasMessageStartingWith("NhanDKHT answer: is not");
    }
  }

  @Test
  void refusesAnAnswerWithAKeyTwiceAtAnyDepth() {
    for (String twice :
        List.of(
            "{\"soTien\":1,\"soTien\":2}",
            "{\"a\":{\"trangThai\":\"1\",\"trangThai\":\"0\"}}",
            "{\"ds\":[{\"x\":1},{\"x\":1,\"x\":2}]}")) {
      HttpResponse answer = new HttpResponse(200, java.util.Map.of(), bytes(twice));
      assertThatThrownBy(() -> Answers.json(answer))
          .as(twice)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("body: not JSON");
    }
    HttpResponse once =
        new HttpResponse(200, java.util.Map.of(), bytes("{\"a\":{\"x\":1},\"x\":2}"));
    assertThat(Answers.json(once).path("a").path("x").asInt()).isEqualTo(1);
  }

  @Test
  void parsesCallbacksStrictly() {
    assertThat(Answers.strictJson(bytes("{\"a\":1}"), 100).get("a").asInt()).isEqualTo(1);
    for (String bad :
        List.of("{\"a\":1} x", "{\"a\":1}{\"a\":2}", "{\"a\":1,\"a\":2}", "[1]", "")) {
      assertThatThrownBy(() -> Answers.strictJson(bytes(bad), 100))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("body:");
    }
    assertThatThrownBy(() -> Answers.strictJson(new byte[] {'{', (byte) 0xC3, '}'}, 100))
        .hasMessageContaining("UTF-8");
    assertThatThrownBy(() -> Answers.strictJson(bytes("{\"a\":\"" + "x".repeat(200) + "\"}"), 100))
        .hasMessageContaining("larger than 100");
  }

  @Test
  void matchesPhrasesInNfcIgnoringCaseAfterCodesAndPairs() {
    AnswerTable table =
        AnswerTable.builder()
            .code(r -> Optional.of(r.header("X-Code").orElse("")).filter(c -> !c.isEmpty()))
            .text(r -> Optional.of(r.bodyAsString()))
            .onStatus(404, Verdict.ok())
            .on("3", "đã tồn tại", Verdict.alreadyDone("exists"))
            .onCode("0", Verdict.ok())
            .onPhrase("chưa cập nhật trạng thái", Verdict.retry("not yet"))
            .build();
    assertThat(table.classify(answer(200, "3", "Hồ sơ ĐÃ TỒN TẠI")).kind())
        .isEqualTo(Verdict.Kind.ALREADY_DONE);
    assertThat(table.classify(answer(200, null, "Chu\u031bA cập nhật trạng thái")).kind())
        .isEqualTo(Verdict.Kind.RETRY);
    assertThat(table.classify(answer(404, "9", "")).kind()).isEqualTo(Verdict.Kind.OK);
    Verdict other = table.classify(answer(200, "3", "Mã TTHC sai"));
    assertThat(other.kind()).isEqualTo(Verdict.Kind.REFUSE);
    assertThat(other.code()).hasValue("3");
    assertThat(other.text()).hasValue("Mã TTHC sai");
    assertThat(other.toString()).doesNotContain("TTHC");
  }

  private static HttpResponse answer(int status, String code, String body) {
    Map<String, List<String>> headers = code == null ? Map.of() : Map.of("X-Code", List.of(code));
    return new HttpResponse(status, headers, bytes(body));
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
