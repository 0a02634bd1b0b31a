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
  static final String PUBLIC_ADMINISTRATION_SERVICE = "HCC";

  private final PostalProfile profile;
  private final URI endpoint;
  private final String customerCode;
  private final ObjectMapper mapper = Json.mapper();

  public PostalWire(PostalProfile profile, URI endpoint, String customerCode) {
    this.profile = profile;
    this.endpoint = endpoint;
    this.customerCode = customerCode;
  }

  /** The URL of {@code operation} with {@code query}, on this profile. */
  public URI uri(String operation, Map<String, String> query) {
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

  /** The {@code orderpost} body; {@code waybill} null for the endpoint where VNPost assigns it. */
  public byte[] order(PostalOrder order, Waybill waybill, VnPostUnits from, VnPostUnits to) {
    ObjectNode o = mapper.createObjectNode();
    o.put("CustomerCode", customerCode);
    if (waybill != null) {
      o.put("ItemCode", waybill.value());
    }
    o.put("OrderNumber", order.orderNumber().value());
    o.put("CODAmount", order.cashOnDelivery());
    Party s = order.sender();
    o.put("SenderProvince", from.provinceNumber());
    o.put("SenderDistrict", from.districtNumber());
    o.put("SenderAddress", s.address());
    o.put("SenderName", s.name());
    o.put("SenderEmail", s.email() == null ? "" : s.email());
    o.put("SenderTel", s.phone());
    o.put("SenderDesc", "");
    o.put("Description", order.description());
    Party r = order.receiver();
    o.put("ReceiverName", r.name());
    o.put("ReceiverAddress", r.address());
    o.put("ReceiverTel", r.phone());
    o.put("ReceiverProvince", to.provinceNumber());
    o.put("ReceiverDistrict", to.districtNumber());
    o.put("ReceiverEmail", r.email() == null ? "" : r.email());
    o.put("FlagConfig", FLAG_CONFIG);
    return Json.write(o);
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
