package vn.connector.postal.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import vn.connector.core.internal.Json;
import vn.connector.postal.internal.UnitResolver.VnPostUnits;
import vn.connector.postal.model.Party;
import vn.connector.postal.model.PostalOrder;
import vn.connector.postal.model.Waybill;

/**
 * The {@code orderpost} body as the wire layer built it before it was written field by field: a
 * Jackson tree. Kept here only as the reference the streaming writer is compared with.
 */
final class OrderTree {

  private OrderTree() {}

  static byte[] order(
      String customerCode, PostalOrder order, Waybill waybill, VnPostUnits from, VnPostUnits to) {
    ObjectNode o = Json.mapper().createObjectNode();
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
    o.put("FlagConfig", PostalWire.FLAG_CONFIG);
    return Json.write(o);
  }
}
