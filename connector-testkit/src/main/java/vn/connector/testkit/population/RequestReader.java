package vn.connector.testkit.population;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads and checks population requests, SOAP or lgsp-json, as strictly as the contract reads. */
final class RequestReader {

  static final String SOAP_NS = "http://schemas.xmlsoap.org/soap/envelope/";
  static final String REQUEST_NS = "http://dancuquocgia.bca";
  static final Set<String> OPERATIONS =
      Set.of("TraCuuThongTinCongDan", "XacThucThongTinCongDan", "CungCapThongTinHoGiaDinh");
  private static final DateTimeFormatter YYYYMMDD =
      DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
  private static final ObjectMapper JSON = new ObjectMapper();

  private RequestReader() {}

  /**
   * The SOAP body element; for the direct profile MaDonVi, TaiKhoan and SoDienThoai are required.
   */
  static WireQuery soap(byte[] body, boolean direct) {
    Element op = bodyElement(parse(body));
    if (!REQUEST_NS.equals(op.getNamespaceURI()) || !OPERATIONS.contains(op.getLocalName())) {
      throw new BadRequest("Unknown operation {" + op.getNamespaceURI() + "}" + op.getLocalName());
    }
    if (direct) {
      for (String field : new String[] {"MaDonVi", "TaiKhoan", "SoDienThoai"}) {
        required(op, field);
      }
    }
    Element date = child(op, "NgayThangNamSinh");
    if (date == null) {
      throw new BadRequest("Thiếu NgayThangNamSinh");
    }
    required(op, "MaCanBo");
    return check(
        op.getLocalName(),
        required(op, "MaYeuCau"),
        text(op, "SoDinhDanh"),
        text(op, "SoCMND"),
        text(op, "HoVaTen"),
        text(date, "NgayThangNam"),
        text(date, "Nam"));
  }

  /** The lgsp-json request; the operation comes from the URL. */
  static WireQuery json(String operation, byte[] body) {
    JsonNode n;
    try {
      n = JSON.readTree(body);
    } catch (java.io.IOException e) {
      throw new BadRequest("Yêu cầu không phải JSON");
    }
    if (n == null || !n.isObject()) {
      throw new BadRequest("Yêu cầu không phải JSON object");
    }
    textOrThrow(n, "MaCanBo");
    return check(
        operation,
        textOrThrow(n, "MaYeuCau"),
        n.path("SoDinhDanh").textValue(),
        n.path("SoCMND").textValue(),
        n.path("HoVaTen").textValue(),
        n.path("NgayThangNam").textValue(),
        n.path("Nam").textValue());
  }

  private static WireQuery check(
      String op,
      String maYeuCau,
      String soDinhDanh,
      String soCMND,
      String hoVaTen,
      String ngayThangNam,
      String nam) {
    if ((soDinhDanh == null) == (soCMND == null)) {
      throw new BadRequest("Cần đúng một trong SoDinhDanh, SoCMND");
    }
    if (soDinhDanh != null && !soDinhDanh.matches("[0-9]{12}")) {
      throw new BadRequest("SoDinhDanh phải gồm 12 chữ số");
    }
    if (soCMND != null && !soCMND.matches("[0-9]{9}")) {
      throw new BadRequest("SoCMND phải gồm 9 chữ số");
    }
    if (hoVaTen == null || hoVaTen.isBlank()) {
      throw new BadRequest("Thiếu HoVaTen");
    }
    if ((ngayThangNam == null) == (nam == null)) {
      throw new BadRequest("Cần đúng một trong NgayThangNam, Nam");
    }
    if (ngayThangNam != null && !isDate(ngayThangNam)) {
      throw new BadRequest("NgayThangNam phải theo dạng yyyyMMdd");
    }
    if (nam != null && !nam.matches("[0-9]{4}")) {
      throw new BadRequest("Nam phải gồm 4 chữ số");
    }
    return new WireQuery(op, maYeuCau, soDinhDanh, soCMND, hoVaTen, ngayThangNam, nam);
  }

  private static boolean isDate(String s) {
    try {
      LocalDate.parse(s, YYYYMMDD);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  private static Document parse(byte[] body) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(new ByteArrayInputStream(body));
    } catch (Exception e) {
      throw new BadRequest("Yêu cầu không phải XML hợp lệ");
    }
  }

  private static Element bodyElement(Document doc) {
    Element env = doc.getDocumentElement();
    if (!SOAP_NS.equals(env.getNamespaceURI()) || !"Envelope".equals(env.getLocalName())) {
      throw new BadRequest("Không phải SOAP 1.1 Envelope");
    }
    for (Node n = env.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && SOAP_NS.equals(e.getNamespaceURI())
          && "Body".equals(e.getLocalName())) {
        Element first = firstElement(e);
        if (first == null) {
          throw new BadRequest("SOAP Body rỗng");
        }
        return first;
      }
    }
    throw new BadRequest("Thiếu SOAP Body");
  }

  private static Element firstElement(Node parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        return e;
      }
    }
    return null;
  }

  private static Element child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && REQUEST_NS.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().strip();
  }

  private static String required(Element parent, String name) {
    String value = text(parent, name);
    if (value == null || value.isEmpty()) {
      throw new BadRequest("Thiếu " + name);
    }
    return value;
  }

  private static String textOrThrow(JsonNode n, String name) {
    String value = n.path(name).textValue();
    if (value == null || value.isBlank()) {
      throw new BadRequest("Thiếu " + name);
    }
    return value;
  }
}
