package vn.connector.testkit.business;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Renders book entries into the registry's wire shapes (business-registry.md): the NGSP shape
 * ({@code Data.MainInformation}, {@code HOAdress}, …), which the LGSP adapter answers too, and the
 * provincial {@code GetEntCert} shape. Values keep the literal form stored in the book, so the
 * variants (dates with time, counts as strings, flags as 1/0) reach the wire unchanged.
 */
final class RegistryAnswers {

  private final ObjectMapper mapper;

  RegistryAnswers(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** {@code {"Data": …}}, with JSON null when {@code enterprise} is null. */
  ObjectNode ngsp(JsonNode enterprise) {
    ObjectNode root = mapper.createObjectNode();
    if (enterprise == null) {
      root.putNull("Data");
      return root;
    }
    ObjectNode data = root.putObject("Data");
    data.set("MainInformation", mainInformation(enterprise));
    data.putObject("HOAdress").set("AddressFullText", enterprise.get("address"));
    ArrayNode representatives = data.putArray("Representatives");
    for (JsonNode name : enterprise.path("representatives")) {
      representatives.addObject().set("FULL_NAME", name);
    }
    ArrayNode activities = data.putArray("BusinessActivities");
    for (JsonNode line : enterprise.path("lines")) {
      ObjectNode activity = activities.addObject();
      activity.set("CODE", line.get("code"));
      activity.set("NAME", line.get("name"));
      activity.set("IS_MAIN", line.get("main"));
    }
    return root;
  }

  /** One {@code MainInformation} object, as in details and in search hits. */
  ObjectNode mainInformation(JsonNode enterprise) {
    ObjectNode main = mapper.createObjectNode();
    main.set("NAME", enterprise.get("name"));
    copy(enterprise, "shortName", main, "SHORT_NAME");
    copy(enterprise, "foreignName", main, "NAME_F");
    main.put("ENTERPRISE_GDT_CODE", enterprise.get("code").asText());
    main.put("IMP_BUSINESS_CODE", enterprise.get("code").asText().replace("-", ""));
    main.set("ENTERPRISE_STATUS_ID", enterprise.get("statusId"));
    main.set("ENTERPRISE_STATUS_NAME", enterprise.get("statusName"));
    copy(enterprise, "foundingDate", main, "FOUNDING_DATE");
    copy(enterprise, "lastAmendDate", main, "LAST_AMEND_DATE");
    main.set("NUMBER_CHANGES", enterprise.get("changes"));
    main.set("ENTERPRISE_TYPE_NAME", enterprise.get("legalForm"));
    return main;
  }

  /** {@code {"GetEntCert": [ … ]}}, with JSON null when {@code enterprise} is null. */
  ObjectNode provincial(JsonNode enterprise) {
    ObjectNode root = mapper.createObjectNode();
    if (enterprise == null) {
      root.putNull("GetEntCert");
      return root;
    }
    ObjectNode cert = root.putArray("GetEntCert").addObject();
    cert.put("MaSoDoanhNghiep", enterprise.get("code").asText());
    cert.set("TenTiengViet", enterprise.get("name"));
    copy(enterprise, "foreignName", cert, "TenNuocNgoai");
    copy(enterprise, "shortName", cert, "TenVietTat");
    cert.set("LoaiHinhDN", enterprise.get("legalForm"));
    copy(enterprise, "foundingDate", cert, "NgayDangKyLanDau");
    cert.set("SoLanDangKyThayDoi", enterprise.get("changes"));
    ObjectNode status = cert.putArray("TinhTrangPhapLy").addObject();
    status.set("MaTinhTrangPhapLy", enterprise.get("statusId"));
    status.set("TinhTrangPhapLy", enterprise.get("statusName"));
    ArrayNode representatives = cert.putArray("DaiDienPhapLuat");
    for (JsonNode name : enterprise.path("representatives")) {
      representatives.addObject().putArray("ThongTinCaNhan").addObject().set("HoVaTen", name);
    }
    ArrayNode address = cert.putArray("DiaChiTruSo").addObject().putArray("DiaChi");
    for (String part : enterprise.get("address").asText().split(", ")) {
      address.add(part);
    }
    ArrayNode lines = cert.putArray("NganhNgheKinhDoanh");
    for (JsonNode line : enterprise.path("lines")) {
      ObjectNode out = lines.addObject();
      out.set("MaNganh", line.get("code"));
      out.set("TenNganh", line.get("name"));
      out.put("LaNganhChinh", isMain(line.get("main")) ? 1 : 0);
    }
    return root;
  }

  /** {@code {"Data":{"TongSo":n,"DanhSach":[MainInformation…]}}}. */
  ObjectNode searchPage(List<JsonNode> page, int total) {
    ObjectNode root = mapper.createObjectNode();
    ObjectNode data = root.putObject("Data");
    data.put("TongSo", total);
    ArrayNode list = data.putArray("DanhSach");
    page.forEach(enterprise -> list.add(mainInformation(enterprise)));
    return root;
  }

  private static boolean isMain(JsonNode flag) {
    return flag != null && (flag.asBoolean() || "1".equals(flag.asText()));
  }

  private static void copy(JsonNode from, String field, ObjectNode to, String wireName) {
    JsonNode value = from.get(field);
    if (value != null) {
      to.set(wireName, value);
    }
  }
}
