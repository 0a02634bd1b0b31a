package vn.connector.testkit.nationalportal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Style A, the adapter with a session (OpenCPS): login, then every service on one integration path
 * with {@code {"session","madonvi","service", …}} and answers {@code
 * {"error_code","message","result"}}.
 */
final class AdapterService {

  private final ObjectMapper mapper;
  private final PortalBook book;
  private final NationalChecks checks;
  private final Catalogue catalogue;
  private final String username;
  private final String password;

  AdapterService(
      ObjectMapper mapper, PortalBook book, Catalogue catalogue, String username, String password) {
    this.mapper = mapper;
    this.book = book;
    this.catalogue = catalogue;
    this.checks = new NationalChecks(catalogue);
    this.username = username;
    this.password = password;
  }

  ObjectNode login(JsonNode body) {
    ObjectNode answer = mapper.createObjectNode();
    if (!username.equals(NationalChecks.text(body, "username"))
        || !password.equals(NationalChecks.text(body, "password"))) {
      return answer.put("error_code", 1).put("message", "Sai tên đăng nhập hoặc mật khẩu");
    }
    return answer.put("error_code", 0).put("session", book.issueSession());
  }

  ObjectNode integrate(JsonNode body) {
    if (!book.sessionValid(NationalChecks.text(body, "session"))) {
      return refused(
          new Refusal(Refusal.SESSION_EXPIRED, "Phiên làm việc không hợp lệ hoặc đã hết hạn"));
    }
    if (NationalChecks.text(body, "madonvi") == null) {
      return refused(Refusal.missing("madonvi"));
    }
    String service = String.valueOf(NationalChecks.text(body, "service"));
    return switch (service) {
      case "DongBoHoSoMC" -> syncDossiers(body);
      case "CapNhatTienDoHoSoMC" -> progress(body);
      case "TraCuuHoSo" -> findDossier(body);
      case "DongBoTrangThaiHoSo" -> notice(body);
      case "TraCuuTechID" -> techId(body);
      case "LayDanhSachTTHC" -> ok(summaries());
      case "LayThuTuc" -> procedure(body);
      case "LayDVC" -> ok(catalogue.list("services").deepCopy());
      case "LayDanhMucCoQuan" -> ok(catalogue.list("agencies").deepCopy());
      case "LayDanhMucLinhVuc" -> ok(catalogue.list("fields").deepCopy());
      default ->
          refused(new Refusal(Refusal.BAD_REQUEST, "Dịch vụ " + service + " không được hỗ trợ"));
    };
  }

  private ObjectNode syncDossiers(JsonNode body) {
    String updating = NationalChecks.text(body, "isUpdating");
    if (!"True".equals(updating) && !"False".equals(updating)) {
      return refused(Refusal.invalid("isUpdating", "phải là \"True\" hoặc \"False\""));
    }
    JsonNode data = body.get("data");
    if (data == null || !data.isArray() || data.isEmpty()) {
      return refused(Refusal.missing("data"));
    }
    Optional<Refusal> refusal = DossierIntake.take(checks, book, data, "True".equals(updating));
    return refusal.isPresent() ? refused(refusal.get()) : ok(null);
  }

  private ObjectNode progress(JsonNode body) {
    JsonNode data = body.get("data");
    if (data == null || !data.isArray() || data.isEmpty()) {
      return refused(Refusal.missing("data"));
    }
    for (JsonNode entry : data) {
      Optional<Refusal> refusal = checks.progress(entry);
      if (refusal.isPresent()) {
        return refused(refusal.get());
      }
    }
    data.forEach(book::acceptProgress);
    return ok(null);
  }

  private ObjectNode findDossier(JsonNode body) {
    String code = NationalChecks.text(body, "mahoso");
    if (code == null) {
      return refused(Refusal.missing("mahoso"));
    }
    ArrayNode result = mapper.createArrayNode();
    JsonNode latest = book.latest(code, mapper);
    if (latest != null) {
      result.add(latest);
    }
    return ok(result);
  }

  private ObjectNode notice(JsonNode body) {
    JsonNode data = body.get("data");
    if (!"2".equals(NationalChecks.text(body, "type"))) {
      return refused(Refusal.invalid("type", "phải là \"2\""));
    }
    if (data == null || !data.isObject()) {
      return refused(Refusal.missing("data"));
    }
    Optional<Refusal> code = NationalChecks.code(NationalChecks.text(data, "MaHoSo"));
    if (code.isPresent()) {
      return refused(code.get());
    }
    for (String field : new String[] {"MaHoSoDonVi", "NoiDung", "NgayXuLy", "TrangThai"}) {
      if (NationalChecks.text(data, field) == null) {
        return refused(Refusal.missing(field));
      }
    }
    String state = NationalChecks.text(data, "TrangThai");
    if (!state.equals("2") && !state.equals("5")) {
      return refused(Refusal.invalid("TrangThai", "phải là \"2\" hoặc \"5\""));
    }
    book.acceptNotice(data);
    return ok(null);
  }

  private ObjectNode techId(JsonNode body) {
    if (!"wso2is".equals(NationalChecks.text(body, "provider"))) {
      return refused(Refusal.invalid("provider", "phải là \"wso2is\""));
    }
    String id = NationalChecks.text(body, "mstorcmnd");
    if (id == null) {
      return refused(Refusal.missing("mstorcmnd"));
    }
    ArrayNode result = mapper.createArrayNode();
    catalogue.techId(id).ifPresent(t -> result.addObject().put("TECHNICALID", t));
    return ok(result);
  }

  private ArrayNode summaries() {
    ArrayNode out = mapper.createArrayNode();
    for (JsonNode p : catalogue.procedures()) {
      out.addObject()
          .put("MATTHC", p.get("MATTHC").asText())
          .put("TENTTHC", p.get("TENTTHC").asText());
    }
    return out;
  }

  private ObjectNode procedure(JsonNode body) {
    String code = NationalChecks.text(body, "maTTHC");
    Optional<JsonNode> p = code == null ? Optional.empty() : catalogue.procedure(code);
    if (p.isEmpty()) {
      return refused(
          new Refusal(Refusal.UNKNOWN_PROCEDURE, "Mã TTHC " + code + " không có trong CSDL TTHC"));
    }
    return ok(mapper.createArrayNode().add(p.get().deepCopy()));
  }

  private ObjectNode ok(JsonNode result) {
    ObjectNode answer =
        mapper.createObjectNode().put("error_code", "0").put("message", "Thực hiện thành công");
    answer.set("result", result);
    return answer;
  }

  private ObjectNode refused(Refusal r) {
    ObjectNode answer =
        mapper.createObjectNode().put("error_code", r.code()).put("message", r.message());
    answer.putNull("result");
    return answer;
  }
}
