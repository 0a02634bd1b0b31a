package vn.connector.population.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import vn.connector.core.Call;
import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.HttpRequest;
import vn.connector.core.Purpose;
import vn.connector.population.XRoadIdentifiers;

class XroadHeaderInterceptorTest {

  private static final String SOAP = "http://schemas.xmlsoap.org/soap/envelope/";
  private static final String XROAD = "http://x-road.eu/xsd/xroad.xsd";
  private static final String ID = "http://x-road.eu/xsd/identifiers";
  private static final String BARE =
      "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
          + "<soap:Body><q:TraCuuThongTinCongDan xmlns:q=\"http://dancuquocgia.bca\"><q:MaYeuCau>%s</q:MaYeuCau>"
          + "</q:TraCuuThongTinCongDan></soap:Body></soap:Envelope>";
  private static final XRoadIdentifiers IDS =
      XRoadIdentifiers.parse("VN/GOV/000.00.01.H56/portal", "VN/GOV/000.00.00.C06/dancu", "v1");

  private final CallContext context =
      CallContext.of(
          "001090012345",
          "000.00.01.H56",
          DossierCode.parse("000.00.01.H56-240115-0001"),
          Purpose.IDENTITY_VERIFICATION);
  private final Call call =
      Call.builder("population", "TraCuuThongTinCongDan").context(context).idempotent(true).build();

  @Test
  void addsOnlyTheRequestIdWithoutIdentifiers() {
    String sent = send(null, bare());

    assertThat(sent)
        .contains(
            "<soap:Header><xroad:id xmlns:xroad=\"http://x-road.eu/xsd/xroad.xsd\">"
                + call.requestId()
                + "</xroad:id></soap:Header><soap:Body>");
  }

  @Test
  void keepsExistingHeadersAndTheSameIdOnEveryAttempt() {
    String withHeader =
        bare()
            .replace(
                "<soap:Body>",
                "<soap:Header><h:Other xmlns:h=\"urn:h\"/></soap:Header><soap:Body>");
    String first = send(IDS, withHeader);

    assertThat(first)
        .contains("<h:Other xmlns:h=\"urn:h\"/><xroad:client")
        .contains(call.requestId());
    assertThat(send(IDS, withHeader)).isEqualTo(first);
  }

  @Test
  void writesTheProtocolFourHeaderBlockInItsNamespaces() throws Exception {
    Element header = header(parse(send(IDS, bare())));

    assertThat(names(header))
        .containsExactly("client", "service", "userId", "id", "protocolVersion");
    assertThat(header.getElementsByTagNameNS(XROAD, "*").getLength()).isEqualTo(5);
    Element client = child(header, XROAD, "client");
    assertThat(client.getAttributeNS(ID, "objectType")).isEqualTo("SUBSYSTEM");
    assertThat(identifiers(client))
        .containsExactly(
            "xRoadInstance=VN",
            "memberClass=GOV",
            "memberCode=000.00.01.H56",
            "subsystemCode=portal");
    Element service = child(header, XROAD, "service");
    assertThat(service.getAttributeNS(ID, "objectType")).isEqualTo("SERVICE");
    assertThat(identifiers(service))
        .containsExactly(
            "xRoadInstance=VN",
            "memberClass=GOV",
            "memberCode=000.00.00.C06",
            "subsystemCode=dancu",
            "serviceCode=TraCuuThongTinCongDan",
            "serviceVersion=v1");
    assertThat(child(header, XROAD, "userId").getTextContent()).isEqualTo("001090012345");
    assertThat(child(header, XROAD, "protocolVersion").getTextContent()).isEqualTo("4.0");
  }

  @Test
  void xroadIdIsTheMaYeuCauOfTheBody() throws Exception {
    Document envelope = parse(send(IDS, bare()));

    String maYeuCau =
        envelope
            .getElementsByTagNameNS("http://dancuquocgia.bca", "MaYeuCau")
            .item(0)
            .getTextContent();
    assertThat(child(header(envelope), XROAD, "id").getTextContent())
        .isEqualTo(maYeuCau)
        .isEqualTo(call.requestId());
  }

  @Test
  void leavesServiceVersionOutWhenNotConfigured() throws Exception {
    XRoadIdentifiers noVersion = new XRoadIdentifiers(IDS.client(), IDS.service(), null);

    Element service = child(header(parse(send(noVersion, bare()))), XROAD, "service");

    assertThat(identifiers(service)).last().isEqualTo("serviceCode=TraCuuThongTinCongDan");
  }

  private String bare() {
    return String.format(BARE, call.requestId());
  }

  private String send(XRoadIdentifiers ids, String envelope) {
    HttpRequest request =
        HttpRequest.post(URI.create("https://c06.example/dancu"))
            .body(envelope.getBytes(StandardCharsets.UTF_8), "application/xml")
            .build();
    return new String(
        new XroadHeaderInterceptor(ids).beforeSend(call, request).body(), StandardCharsets.UTF_8);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Element header(Document envelope) {
    return child(envelope.getDocumentElement(), SOAP, "Header");
  }

  private static Element child(Element parent, String ns, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && ns.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        return e;
      }
    }
    throw new AssertionError("no {" + ns + "}" + name);
  }

  private static List<String> names(Element parent) {
    List<String> names = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        names.add(e.getLocalName());
      }
    }
    return names;
  }

  /** Children as name=text, each checked to be in the identifiers namespace. */
  private static List<String> identifiers(Element parent) {
    List<String> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        assertThat(e.getNamespaceURI()).isEqualTo(ID);
        out.add(e.getLocalName() + "=" + e.getTextContent());
      }
    }
    return out;
  }
}
