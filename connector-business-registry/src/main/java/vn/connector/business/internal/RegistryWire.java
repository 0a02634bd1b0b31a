package vn.connector.business.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.connector.business.GatewayProfile;
import vn.connector.business.model.Enterprise;
import vn.connector.business.model.EnterpriseSummary;
import vn.connector.business.model.SearchPage;
import vn.connector.core.EnterpriseCode;
import vn.connector.core.internal.MalformedAnswerException;

/**
 * The registry's wire format for one gateway profile: request URIs and answer readers. Every
 * modelled choice of business-registry.md about paths lives here:
 *
 * <ul>
 *   <li>search by name is modelled on NGSP as {@code apiCSDLDKDN/1.0/timKiemDoanhNghiep};
 *   <li>on the LGSP adapter, search is modelled as {@code category=timKiemDoanhNghiep&version=1.1}
 *       with the same parameters and answer (the adapter forwards NGSP's categories);
 *   <li>the provincial variant offers no search.
 * </ul>
 *
 * Read from the contract, not modelled: {@code msdn} carries "the 10 or 13-digit code", so a branch
 * ({@code 0100109106-001}) is sent as its 13 digits ({@code 0100109106001}).
 *
 * <p>Immutable and thread-safe.
 */
public final class RegistryWire {

  private static final String NGSP_DETAILS = "/apiCSDLDKDN/1.0/chiTietDoanhNghiep";
  private static final String NGSP_SEARCH = "/apiCSDLDKDN/1.0/timKiemDoanhNghiep";
  private static final String PROVINCIAL_DETAILS = "/apiDKKD/DoanhNghiep/chiTietDoanhNghiep";
  private static final String ADAPTER_VERSION = "1.1";

  private final GatewayProfile profile;
  private final String endpoint;
  private final ObjectMapper mapper;

  public RegistryWire(GatewayProfile profile, URI endpoint, ObjectMapper mapper) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.endpoint = endpoint.toString().replaceAll("/+$", "");
    this.mapper = Objects.requireNonNull(mapper, "mapper");
  }

  /** Whether this profile offers search by name. */
  public boolean supportsSearch() {
    return profile != GatewayProfile.PROVINCIAL_LGSP;
  }

  /** The GET URI of enterprise details for {@code code}. */
  public URI detailsUri(EnterpriseCode code) {
    // The contract sends "the 10 or 13-digit code": a branch goes as 13 digits, without its dash.
    String msdn = "msdn=" + code.digits();
    switch (profile) {
      case LGSP_ADAPTER:
        return adapter("category=chiTietDoanhNghiep&version=" + ADAPTER_VERSION + "&" + msdn);
      case PROVINCIAL_LGSP:
        return URI.create(endpoint + PROVINCIAL_DETAILS + "?" + msdn);
      default:
        return URI.create(endpoint + NGSP_DETAILS + "?" + msdn);
    }
  }

  /** The GET URI of one page of a search by name. */
  public URI searchUri(String name, int page, int pageSize) {
    if (!supportsSearch()) {
      throw new UnsupportedOperationException("search: not offered by the " + profile + " profile");
    }
    String query = "ten=" + encode(name) + "&trang=" + page + "&soBanGhi=" + pageSize;
    return profile == GatewayProfile.LGSP_ADAPTER
        ? adapter("category=timKiemDoanhNghiep&version=" + ADAPTER_VERSION + "&" + query)
        : URI.create(endpoint + NGSP_SEARCH + "?" + query);
  }

  /** Reads a 200 answer of enterprise details; empty when it says "not found". */
  public Optional<Enterprise> readDetails(byte[] body) {
    JsonNode root = parse(body);
    try {
      return profile == GatewayProfile.PROVINCIAL_LGSP
          ? ProvincialAnswers.details(root)
          : NgspAnswers.details(root);
    } catch (IllegalArgumentException e) {
      throw new MalformedAnswerException("answer breaks a rule of the model: " + e.getMessage(), e);
    }
  }

  /** Reads a 200 answer of a search; {@code {"Data":null}} is an empty page. */
  public SearchPage readSearch(byte[] body, String name, int page, int pageSize) {
    JsonNode data = NgspAnswers.data(parse(body));
    if (data.isNull()) {
      return new SearchPage(name, page, pageSize, 0, List.of());
    }
    List<EnterpriseSummary> items = new ArrayList<>();
    try {
      for (JsonNode main : WireValues.array(data, "DanhSach")) {
        items.add(NgspAnswers.summary(main));
      }
    } catch (IllegalArgumentException e) {
      throw new MalformedAnswerException("answer breaks a rule of the model: " + e.getMessage(), e);
    }
    long total = Math.max(WireValues.count(data, "TongSo"), items.size());
    return new SearchPage(name, page, pageSize, total, items);
  }

  private JsonNode parse(byte[] body) {
    try {
      JsonNode root = mapper.readTree(body);
      if (root == null || !root.isObject()) {
        throw new MalformedAnswerException("answer is not a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new MalformedAnswerException("answer is not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new MalformedAnswerException("answer could not be read", e);
    }
  }

  private URI adapter(String query) {
    return URI.create(endpoint + (endpoint.contains("?") ? "&" : "?") + query);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
