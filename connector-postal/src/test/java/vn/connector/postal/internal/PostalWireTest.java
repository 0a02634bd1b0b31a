package vn.connector.postal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.HttpResponse;
import vn.connector.core.Money;
import vn.connector.core.Verdict;
import vn.connector.core.internal.Json;
import vn.connector.core.internal.MalformedAnswerException;
import vn.connector.postal.PostalProfile;
import vn.connector.postal.internal.UnitResolver.VnPostUnits;
import vn.connector.postal.model.Location;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.ParcelStatus;
import vn.connector.postal.model.Party;
import vn.connector.postal.model.PostalOrder;
import vn.connector.postal.model.PriceQuery;
import vn.connector.postal.model.TrackingPage;
import vn.connector.postal.model.Waybill;

class PostalWireTest {

  private static final VnPostUnits BAC_GIANG = new VnPostUnits(code("24"), code("213"));
  private static final VnPostUnits BA_DINH = new VnPostUnits(code("01"), code("001"));

  @Test
  void aTrackingIdIsTwentyFourLowerCaseHexDigitsAsTheFeedAndItsEventsBothRequire() {
    assertThat(PostalWire.isTrackingId("65a1f0c2e4b0a1b2c3d4e5f6")).isTrue();
    assertThat(PostalWire.isTrackingId("000000000000000000000000")).isTrue();
    assertThat(PostalWire.isTrackingId("65A1F0C2E4B0A1B2C3D4E5F6")).isFalse(); // upper case
    assertThat(PostalWire.isTrackingId("65a1f0c2e4b0a1b2c3d4e5f")).isFalse(); // 23 digits
    assertThat(PostalWire.isTrackingId("65a1f0c2e4b0a1b2c3d4e5f60")).isFalse(); // 25 digits
    assertThat(PostalWire.isTrackingId("65a1f0c2e4b0a1b2c3d4e5fg")).isFalse(); // not hex
    assertThat(PostalWire.isTrackingId("")).isFalse();
  }

  @Test
  void attachesTheOperationAsAPathSegmentOnTheVnPostApi() {
    PostalWire wire =
        new PostalWire(PostalProfile.VNPOST_API, URI.create("https://v.vn/api/"), "C1");
    Map<String, String> q = new LinkedHashMap<>();
    q.put("pagesize", "50");
    q.put("lastId", TrackingPage.START);
    assertThat(wire.uri("ordertracking", q))
        .hasToString("https://v.vn/api/ordertracking?pagesize=50&lastId=000000000000000000000000");
    assertThat(wire.uri("orderpost", Map.of())).hasToString("https://v.vn/api/orderpost");
  }

  @Test
  void attachesTheOperationAsTheServiceParameterOnTheLgsp() {
    PostalWire wire =
        new PostalWire(PostalProfile.LGSP, URI.create("https://lgsp.vn/vnpost"), "C1");
    assertThat(wire.uri("ordercancel", Map.of("OrderNumber", "H22-1 2")))
        .hasToString("https://lgsp.vn/vnpost?service=ordercancel&OrderNumber=H22-1+2");
  }

  @Test
  void writesTheOrderWithTheContractsFieldsAndIntegerUnitsAndCod() throws Exception {
    PostalWire wire = new PostalWire(PostalProfile.VNPOST_API, URI.create("https://v.vn"), "C1");
    PostalOrder order =
        PostalOrder.delivery(
                OrderNumber.of("H22-241115-0001"), party("Một cửa"), party("Nguyễn Văn An"))
            .cashOnDelivery(Money.vnd(50_000))
            .description("Kết quả")
            .build();
    JsonNode o =
        Json.mapper().readTree(wire.order(order, Waybill.of("EB000000001VN"), BAC_GIANG, BA_DINH));
    assertThat(o.path("ItemCode").asText()).isEqualTo("EB000000001VN");
    assertThat(o.path("CODAmount").isIntegralNumber()).isTrue();
    assertThat(o.path("CODAmount").asLong()).isEqualTo(50_000);
    assertThat(o.path("SenderProvince").isInt()).isTrue();
    assertThat(o.path("SenderDistrict").asInt()).isEqualTo(213);
    assertThat(o.path("ReceiverProvince").asInt()).isEqualTo(1);
    assertThat(o.path("ReceiverDistrict").asInt()).isEqualTo(1);
    assertThat(o.path("SenderName").asText()).isEqualTo("Một cửa");
    assertThat(o.path("ReceiverName").asText()).isEqualTo("Nguyễn Văn An");
    assertThat(o.path("FlagConfig").asInt()).isEqualTo(2);
    assertThat(o.fieldNames())
        .toIterable()
        .containsExactly(
            "CustomerCode",
            "ItemCode",
            "OrderNumber",
            "CODAmount",
            "SenderProvince",
            "SenderDistrict",
            "SenderAddress",
            "SenderName",
            "SenderEmail",
            "SenderTel",
            "SenderDesc",
            "Description",
            "ReceiverName",
            "ReceiverAddress",
            "ReceiverTel",
            "ReceiverProvince",
            "ReceiverDistrict",
            "ReceiverEmail",
            "FlagConfig");
    JsonNode assigned = Json.mapper().readTree(wire.order(order, null, BAC_GIANG, BA_DINH));
    assertThat(assigned.has("ItemCode")).isFalse();
  }

  @Test
  void writesThePriceQueryWithCodesAsTheListWritesThem() throws Exception {
    PostalWire wire = new PostalWire(PostalProfile.VNPOST_API, URI.create("https://v.vn"), "C1");
    Location any = Location.before2025July(code("24"), code("213"));
    JsonNode q =
        Json.mapper().readTree(wire.price(new PriceQuery(500, any, any, true), BAC_GIANG, BA_DINH));
    assertThat(q.toString())
        .isEqualTo(
            "{\"weight\":500,\"mainSrv\":\"HCC\",\"isreturn\":1,"
                + "\"sender\":{\"provCode\":\"24\",\"distCode\":\"213\"},"
                + "\"receiver\":{\"provCode\":\"01\",\"distCode\":\"001\"}}");
  }

  @Test
  void classifiesStatusAsStringOrNumber() {
    assertThat(classify("{\"Status\":\"100\",\"Message\":\"ok\"}").kind())
        .isEqualTo(Verdict.Kind.OK);
    assertThat(classify("{\"Status\":101,\"Message\":\"đã tồn tại\"}").kind())
        .isEqualTo(Verdict.Kind.ALREADY_DONE);
    Verdict refused = classify("{\"Status\":\"104\",\"Message\":\"ItemCode sai\"}");
    assertThat(refused.kind()).isEqualTo(Verdict.Kind.REFUSE);
    assertThat(refused.code()).contains("104");
    // No Status at all: the handler refuses it as malformed rather than as VNPost's word.
    assertThat(classify("{\"Message\":\"x\"}").kind()).isEqualTo(Verdict.Kind.OK);
    assertThatThrownBy(() -> PostalAnswers.status(json("{\"Message\":\"x\"}")))
        .isInstanceOf(MalformedAnswerException.class);
  }

  private static Verdict classify(String body) {
    return PostalAnswers.STATUS.classify(
        new HttpResponse(200, Map.of(), body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void readsAPageWithEpochMillisInVietnamsZone() throws Exception {
    TrackingPage page =
        PostalAnswers.page(
            json(
                "{\"_size\":120,\"_total_pages\":3,\"_returned\":1,\"_embedded\":{\"rh:doc\":[{\"_id\":"
                    + "{\"$oid\":\"65A1B2C3D4E5F60718293A4B\"},\"CustomerCode\":\"C1\",\"OrderNumber\":"
                    + "\"H22-1\",\"EventTime\":1764558000000,\"POSID\":\"100000\",\"ItemCode\":"
                    + "\"EB1VN00\",\"StatusCode\":\"5\",\"StatusMessage\":\"Phát thành công\","
                    + "\"Notes\":\"\"}]}}"),
            TrackingPage.START);
    assertThat(page.lastId()).isEqualTo("65a1b2c3d4e5f60718293a4b");
    assertThat(page.total()).isEqualTo(120);
    var event = page.events().get(0);
    assertThat(event.status()).isEqualTo(ParcelStatus.DELIVERED);
    assertThat(event.time().getZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
    assertThat(event.time().toLocalDateTime()).hasToString("2025-12-01T10:00");
    assertThat(event.collectionState().code()).isEqualTo(3);
  }

  @Test
  void keepsAnUnknownStatusCode() throws Exception {
    TrackingPage page = PostalAnswers.page(json(doc("\"StatusCode\":42")), TrackingPage.START);
    assertThat(page.events().get(0).status()).isEqualTo(ParcelStatus.UNKNOWN);
    assertThat(page.events().get(0).statusCode()).isEqualTo(42);
    assertThat(page.events().get(0).collectionState()).isNull();
  }

  @Test
  void refusesAPageWithAnUnreadableEventRatherThanLoseIt() {
    assertThatThrownBy(
            () -> PostalAnswers.page(json(doc("\"StatusCode\":\"x\"")), TrackingPage.START))
        .isInstanceOf(MalformedAnswerException.class)
        .hasMessageStartingWith("event 0 of the page");
  }

  @Test
  void anEmptyPageStaysWhereItWasRead() throws Exception {
    String from = "0000000000000000000000ff";
    assertThat(PostalAnswers.page(json("{\"_size\":0,\"_returned\":0}"), from).lastId())
        .isEqualTo(from);
  }

  @Test
  void readsAWholePriceAsStringOrNumber() throws Exception {
    assertThat(PostalAnswers.price(json("{\"content\":{\"price\":\"23000\"}}"))).isEqualTo(23_000);
    assertThat(PostalAnswers.price(json("{\"content\":{\"price\":23000}}"))).isEqualTo(23_000);
    assertThatThrownBy(() -> PostalAnswers.price(json("{\"content\":{\"price\":\"23.5\"}}")))
        .isInstanceOf(MalformedAnswerException.class);
  }

  @Test
  void refusesAnythingButAJsonObject() {
    PostalWire wire = new PostalWire(PostalProfile.VNPOST_API, URI.create("https://v.vn"), "C1");
    assertThatThrownBy(() -> wire.read("<html>".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedAnswerException.class);
    assertThatThrownBy(() -> wire.read("[1]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedAnswerException.class);
  }

  private static String doc(String status) {
    return "{\"_embedded\":{\"rh:doc\":[{\"_id\":{\"$oid\":\"65a1b2c3d4e5f60718293a4b\"},"
        + "\"OrderNumber\":\"H22-1\",\"EventTime\":1764558000000,\"ItemCode\":\"EB1VN00\","
        + status
        + "}]}}";
  }

  private static Party party(String name) {
    return new Party(
        name, "0912345678", null, "Số 1", Location.before2025July(code("24"), code("213")));
  }

  private static JsonNode json(String text) throws Exception {
    return Json.mapper().readTree(text);
  }

  private static AdministrativeUnitCode code(String value) {
    return AdministrativeUnitCode.parse(value);
  }
}
