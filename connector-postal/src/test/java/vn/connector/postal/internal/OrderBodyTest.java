package vn.connector.postal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.Money;
import vn.connector.postal.PostalProfile;
import vn.connector.postal.internal.UnitResolver.VnPostUnits;
import vn.connector.postal.model.Location;
import vn.connector.postal.model.OrderNumber;
import vn.connector.postal.model.Party;
import vn.connector.postal.model.PostalOrder;
import vn.connector.postal.model.Waybill;

/**
 * The order written field by field gives the bytes its tree gave; the URLs made once are the same.
 */
class OrderBodyTest {

  private static final String LETTERS = "abcXYZ019 ăâđêôơưÁÀẢÃẠấầẩẫậĐịỉọỏụủỳỹ\"\\/<>&'+%€😀";
  private static final VnPostUnits BAC_GIANG = new VnPostUnits(code("24"), code("213"));
  private static final VnPostUnits BA_DINH = new VnPostUnits(code("01"), code("001"));

  @Test
  void theOrderBodyIsTheTreesBytesOverRandomOrders() {
    Random random = new Random(16);
    PostalWire wire = new PostalWire(PostalProfile.VNPOST_API, URI.create("https://v.vn"), "C1");
    for (int i = 0; i < 500; i++) {
      PostalOrder.Builder b =
          PostalOrder.delivery(
              OrderNumber.of("H22-241115-" + (1000 + random.nextInt(9000))),
              party(random),
              party(random));
      if (random.nextBoolean()) {
        b.cashOnDelivery(Money.vnd(1_000L * random.nextInt(1_000_000)));
      }
      if (random.nextBoolean()) {
        b.description(words(random));
      }
      PostalOrder order = b.build();
      Waybill waybill =
          random.nextBoolean() ? Waybill.of("EB00000000" + random.nextInt(10) + "VN") : null;
      VnPostUnits from = random.nextBoolean() ? BAC_GIANG : BA_DINH;
      VnPostUnits to = random.nextBoolean() ? BAC_GIANG : BA_DINH;

      assertThat(text(wire.order(order, waybill, from, to)))
          .isEqualTo(text(OrderTree.order("C1", order, waybill, from, to)));
    }
  }

  @Test
  void eachBareUrlIsMadeOnceAndPrefixesTheSameOperationsUrlWithAQuery() {
    for (PostalProfile profile : PostalProfile.values()) {
      PostalWire once = new PostalWire(profile, URI.create("https://v.vn/api?x=1"), "C1");
      for (String op :
          new String[] {
            PostalWire.ORDER,
            PostalWire.ORDER_ASSIGNED,
            PostalWire.CANCEL,
            PostalWire.TRACKING,
            PostalWire.PRICE
          }) {
        URI bare = once.uri(op, Map.of());
        assertThat(once.uri(op, Map.of("a", "b")).toString())
            .startsWith(bare.toString())
            .endsWith("a=b");
        assertThat(bare).isSameAs(once.uri(op, Map.of()));
      }
    }
    // the bare URL as the per-call builder wrote it (the plain profile's is in PostalWireTest)
    assertThat(
            new PostalWire(PostalProfile.LGSP, URI.create("https://lgsp.vn/vnpost?x=1"), "C1")
                .uri(PostalWire.ORDER, Map.of()))
        .hasToString("https://lgsp.vn/vnpost?x=1&service=" + PostalWire.ORDER);
  }

  private static Party party(Random random) {
    return new Party(
        words(random),
        "09" + (10_000_000 + random.nextInt(89_999_999)),
        random.nextBoolean() ? null : "a" + random.nextInt(100) + "@b.vn",
        words(random),
        Location.before2025July(code("24"), code("213")));
  }

  private static String words(Random random) {
    StringBuilder b = new StringBuilder("x");
    int n = 1 + random.nextInt(40);
    int count = LETTERS.codePointCount(0, LETTERS.length());
    for (int i = 0; i < n; i++) {
      b.appendCodePoint(LETTERS.codePointAt(LETTERS.offsetByCodePoints(0, random.nextInt(count))));
    }
    return b.toString();
  }

  private static AdministrativeUnitCode code(String value) {
    return AdministrativeUnitCode.parse(value);
  }

  private static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }
}
