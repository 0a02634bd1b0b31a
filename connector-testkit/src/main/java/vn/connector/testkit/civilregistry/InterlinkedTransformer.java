package vn.connector.testkit.civilregistry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import vn.connector.testkit.FaultInjector;
import vn.connector.testkit.WireMockFaults;

/** Answers the interlinked service's calls: tokens, list, dossier, acknowledgement, statuses. */
final class InterlinkedTransformer implements ResponseDefinitionTransformerV2 {

  static final String TOKEN = "/GetToken";
  static final String REFRESH = "/RefreshToken";
  static final String LIST = "/LayDanhSachHoSo";
  static final String DOSSIER = "/api/lienthongdvclt/hosolienthong/";
  static final String ACK = "/CapNhatDaNhanHoSo";
  static final String STATUS = "/CapNhatTrangThai";
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

  private final ObjectMapper mapper;
  private final InterlinkedBook book;
  private final DvcltTokens tokens;
  private final FaultInjector faults;
  private final StatusCheck statusCheck = new StatusCheck();
  private final String userName;
  private final String password;

  InterlinkedTransformer(
      ObjectMapper mapper,
      InterlinkedBook book,
      DvcltTokens tokens,
      FaultInjector faults,
      String userName,
      String password) {
    this.mapper = mapper;
    this.book = book;
    this.tokens = tokens;
    this.faults = faults;
    this.userName = userName;
    this.password = password;
  }

  @Override
  public String getName() {
    return "dvc-lien-thong";
  }

  @Override
  public ResponseDefinition transform(ServeEvent event) {
    Request r = event.getRequest();
    String path = r.getUrl().split("\\?", 2)[0];
    if (TOKEN.equals(path)) {
      return login(r);
    }
    if (REFRESH.equals(path)) {
      return refresh(r);
    }
    if (!tokens.accepts(r.getHeader("Authorization"))) {
      return WireMock.aResponse().withStatus(401).withBody("Unauthorized").build();
    }
    ResponseDefinition normal = operation(path, r);
    return faults
        .draw()
        .map(f -> WireMockFaults.apply(f, normal, normal.getByteBody()))
        .orElse(normal);
  }

  private ResponseDefinition operation(String path, Request r) {
    String method = r.getMethod().getName();
    if (LIST.equals(path) && "GET".equals(method)) {
      return list();
    }
    if (path.startsWith(DOSSIER) && "GET".equals(method)) {
      return dossier(path.substring(DOSSIER.length()));
    }
    if (ACK.equals(path) && "PUT".equals(method)) {
      JsonNode b = parse(r);
      boolean ok =
          b != null
              && b.path("daNhan").asBoolean(false)
              && book.acknowledge(b.path("maHoSo").asText());
      return text(ok ? 200 : 400, ok ? "Cập nhật thành công" : "Hồ sơ không hợp lệ");
    }
    if (STATUS.equals(path) && "POST".equals(method)) {
      JsonNode b = parse(r);
      String problem = statusCheck.problem(b);
      if (problem != null) {
        return text(200, "Logic xử lý không hợp lệ: " + problem);
      }
      String answer = book.status(b.path("maHoSo").asText(), b.path("trangThai").asInt());
      return text(answer.toLowerCase().contains("server error") ? 500 : 200, answer);
    }
    return text(404, "Không tìm thấy");
  }

  private ResponseDefinition login(Request r) {
    JsonNode b = parse(r);
    if (b == null
        || !userName.equals(b.path("userName").asText())
        || !password.equals(b.path("password").asText())) {
      return text(401, "Sai tên đăng nhập hoặc mật khẩu");
    }
    return pair(tokens.login());
  }

  private ResponseDefinition refresh(Request r) {
    JsonNode b = parse(r);
    DvcltTokens.Pair p = tokens.refresh(b == null ? null : b.path("refreshToken").asText(null));
    return p == null ? text(401, "Refresh token không hợp lệ") : pair(p);
  }

  private ResponseDefinition pair(DvcltTokens.Pair p) {
    ObjectNode o = mapper.createObjectNode();
    o.put("token", p.token());
    o.put("refreshToken", p.refreshToken());
    o.put("refreshTokenExpiryTime", TIME.format(p.refreshExpiry().atZone(ResultAnswer.ZONE)));
    return json(o);
  }

  private ResponseDefinition list() {
    ObjectNode o = mapper.createObjectNode();
    ArrayNode data = o.putArray("data");
    for (InterlinkedBook.Entry e : book.waiting()) {
      summary(data.addObject(), e).put("id", e.id());
    }
    return json(o);
  }

  private ResponseDefinition dossier(String id) {
    return book.find(id)
        .map(
            e -> {
              ObjectNode o = mapper.createObjectNode();
              ObjectNode data = summary(o.putObject("data"), e);
              data.put("data", Payloads.inner(mapper, e));
              data.putArray("fileDinhKem");
              return json(o);
            })
        .orElseGet(() -> text(404, "Hồ sơ không tồn tại"));
  }

  private ObjectNode summary(ObjectNode o, InterlinkedBook.Entry e) {
    // maDonVi is an integer on the wire (3 digits a district, 5 a commune).
    o.put("maDonVi", e.unit());
    o.put("maTTHC", e.procedureCode());
    o.put("module", e.module());
    o.put("maHoSo", e.dossierCode());
    o.put("ngayTiepNhan", TIME.format(e.receivedAt()));
    o.put("techId", "tech-" + e.id());
    return o;
  }

  private JsonNode parse(Request r) {
    try {
      JsonNode n = mapper.readTree(r.getBody());
      return n != null && n.isObject() ? n : null;
    } catch (IOException e) {
      return null;
    }
  }

  private ResponseDefinition json(ObjectNode body) {
    return WireMock.aResponse()
        .withStatus(200)
        .withHeader("Content-Type", "application/json; charset=utf-8")
        .withBody(body.toString())
        .build();
  }

  private static ResponseDefinition text(int status, String body) {
    return WireMock.aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "text/plain; charset=utf-8")
        .withBody(body)
        .build();
  }
}
