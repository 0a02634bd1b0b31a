package vn.connector.postal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import vn.connector.core.internal.Json;
import vn.connector.core.internal.MalformedAnswerException;
import vn.connector.postal.PostalProfile;
import vn.connector.postal.internal.UnitResolver.VnPostUnits;
import vn.connector.postal.model.Party;
import vn.connector.postal.model.PostalOrder;
import vn.connector.postal.model.PriceQuery;
import vn.connector.postal.model.Waybill;

/**
 * The postal contract on the wire: operation URLs of both profiles and the JSON of the orders and
 * the price. The only place the wire names live. Readings of the contract kept here:
 *
 * <ul>
 *   <li>the create endpoint without {@code ItemCode} is modelled as {@value #ORDER_ASSIGNED}, and
 *       its answer as carrying the assigned number in {@code ItemCode} (also on a {@code 101});
 *   <li>{@code FlagConfig} is sent as {@code 2} as in the contract's example: its meaning is not
 *       public, and the direction is told by who sends;
 *   <li>{@code getprice} takes the province and district codes as strings the way the list writes
 *       them ({@code "01"}, {@code "001"}); {@code orderpost} takes them as integers.
 * </ul>
 */
public final class PostalWire {

  public static final String ORDER = "orderpost";
  public static final String ORDER_ASSIGNED = "orderpostnoitemcode";
  public static final String CANCEL = "ordercancel";
  public static final String TRACKING = "ordertracking";
  public static final String PRICE = "getprice";
  static final int FLAG_CONFIG = 2;

  /** A tracking event's id and the feed's cursor: a MongoDB ObjectId, 24 lower-case hex digits. */
  private static final java.util.regex.Pattern TRACKING_ID =
      java.util.regex.Pattern.compile("[0-9a-f]{24}");

  static final String PUBLIC_ADMINISTRATION_SERVICE = "HCC";

  private final PostalProfile profile;
  private final URI endpoint;
  private final String customerCode;
  private final ObjectMapper mapper = Json.mapper();
  // Each operation's URL without a query, made once: built per call, it was 5% of an order.
  private final Map<String, URI> bare;

  /** Whether {@code id} has the shape of a tracking event's id (the feed's cursor is one). */
  public static boolean isTrackingId(String id) {
    return TRACKING_ID.matcher(id).matches();
  }

  public PostalWire(PostalProfile profile, URI endpoint, String customerCode) {
    this.profile = profile;
    this.endpoint = endpoint;
    this.customerCode = customerCode;
    Map<String, URI> urls = new java.util.HashMap<>();
    for (String operation : new String[] {ORDER, ORDER_ASSIGNED, CANCEL, TRACKING, PRICE}) {
      urls.put(operation, build(operation, Map.of()));
    }
    this.bare = Map.copyOf(urls);
  }

  /** The URL of {@code operation} with {@code query}, on this profile. */
  public URI uri(String operation, Map<String, String> query) {
    URI made = query.isEmpty() ? bare.get(operation) : null;
    return made != null ? made : build(operation, query);
  }

  private URI build(String operation, Map<String, String> query) {
    Map<String, String> all = new LinkedHashMap<>();
    String base = endpoint.toString();
    if (profile == PostalProfile.LGSP) {
      all.put("service", operation);
    } else {
      base = (base.endsWith("/") ? base : base + "/") + operation;
    }
    all.putAll(query);
    if (all.isEmpty()) {
      return URI.create(base);
    }
    String q =
        all.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return URI.create(base + (base.contains("?") ? "&" : "?") + q);
  }

  public String customerCode() {
    return customerCode;
  }

  /**
   * The {@code orderpost} body; {@code waybill} null for the endpoint where VNPost assigns it.
   * Written field by field (the tree built first and then written was a tenth of an order, issue
   * 16; {@code OrderTree} in the tests is that tree, and the bytes are compared).
   */
  public byte[] order(PostalOrder order, Waybill waybill, VnPostUnits from, VnPostUnits to) {
    Party s = order.sender();
    Party r = order.receiver();
    return Json.bytes(
        g -> {
          g.writeStartObject();
          g.writeStringField("CustomerCode", customerCode);
          if (waybill != null) {
            g.writeStringField("ItemCode", waybill.value());
          }
          g.writeStringField("OrderNumber", order.orderNumber().value());
          g.writeNumberField("CODAmount", order.cashOnDelivery());
          g.writeNumberField("SenderProvince", from.provinceNumber());
          g.writeNumberField("SenderDistrict", from.districtNumber());
          g.writeStringField("SenderAddress", s.address());
          g.writeStringField("SenderName", s.name());
          g.writeStringField("SenderEmail", s.email() == null ? "" : s.email());
          g.writeStringField("SenderTel", s.phone());
          g.writeStringField("SenderDesc", "");
          g.writeStringField("Description", order.description());
          g.writeStringField("ReceiverName", r.name());
          g.writeStringField("ReceiverAddress", r.address());
          g.writeStringField("ReceiverTel", r.phone());
          g.writeNumberField("ReceiverProvince", to.provinceNumber());
          g.writeNumberField("ReceiverDistrict", to.districtNumber());
          g.writeStringField("ReceiverEmail", r.email() == null ? "" : r.email());
          g.writeNumberField("FlagConfig", FLAG_CONFIG);
          g.writeEndObject();
        });
  }

  /** The {@code getprice} body. */
  public byte[] price(PriceQuery query, VnPostUnits from, VnPostUnits to) {
    ObjectNode o = mapper.createObjectNode();
    o.put("weight", query.weightGrams());
    o.put("mainSrv", PUBLIC_ADMINISTRATION_SERVICE);
    o.put("isreturn", query.withReturn() ? 1 : 0);
    o.set("sender", units(from));
    o.set("receiver", units(to));
    return Json.write(o);
  }

  private ObjectNode units(VnPostUnits units) {
    return mapper
        .createObjectNode()
        .put("provCode", units.province().value())
        .put("distCode", units.district().value());
  }

  /** Parses a JSON answer, refusing anything else. */
  public JsonNode read(byte[] body) throws MalformedAnswerException {
    try {
      JsonNode node = mapper.readTree(body);
      if (node == null || !node.isObject()) {
        throw new MalformedAnswerException("the answer is not a JSON object");
      }
      return node;
    } catch (IOException e) {
      throw new MalformedAnswerException("the answer is not JSON: " + e.getClass().getSimpleName());
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
