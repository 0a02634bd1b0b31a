package vn.connector.skeleton.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.connector.core.AgencyCode;
import vn.connector.core.Answers;
import vn.connector.core.DossierCode;
import vn.connector.core.HttpRequest;
import vn.connector.core.HttpResponse;
import vn.connector.core.internal.Json;
import vn.connector.skeleton.model.DossierStatus;
import vn.connector.skeleton.model.Submission;

/**
 * The wire layer: the only place that knows field names, paths and formats. Modelled choices (a
 * vendor holding the official specification changes them here): paths {@code /NhanHoSo} and {@code
 * /TraCuuHoSo}; {@code trangThai} 1 received, 2 processing, 3 supplement requested, 4 result;
 * {@code ngayCapNhat} as {@code dd/MM/yyyy HH:mm:ss}. Immutable and thread-safe.
 */
public final class SkeletonWire {

  static final String SUBMIT = "/NhanHoSo";
  static final String STATUS = "/TraCuuHoSo";

  private final String base;
  private final AgencyCode unit;

  public SkeletonWire(URI endpoint, AgencyCode unit) {
    this.base = endpoint.toString().replaceAll("/+$", "");
    this.unit = unit;
  }

  public HttpRequest submit(Submission s) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("maHoSo", s.dossier().value());
    body.put("maDonVi", unit.value());
    body.put("trichYeu", s.summary());
    return post(SUBMIT, body);
  }

  public HttpRequest status(DossierCode dossier) {
    return post(STATUS, Map.of("maHoSo", dossier.value()));
  }

  /** Reads an accepted status answer; throws IllegalArgumentException naming the bad field. */
  public DossierStatus readStatus(DossierCode dossier, HttpResponse response) {
    JsonNode body = Answers.json(response);
    String state = Answers.stringOrNumber(body, "trangThai").orElse("");
    return new DossierStatus(
        dossier,
        state(state),
        Answers.dateTime(
            body.path("ngayCapNhat").asText(null), "dd/MM/yyyy HH:mm:ss", "ngayCapNhat"));
  }

  private static DossierStatus.State state(String code) {
    switch (code) {
      case "1":
        return DossierStatus.State.RECEIVED;
      case "2":
        return DossierStatus.State.PROCESSING;
      case "3":
        return DossierStatus.State.SUPPLEMENT_REQUESTED;
      case "4":
        return DossierStatus.State.RESULT;
      default:
        throw new IllegalArgumentException("trangThai: unknown state '" + code + "'");
    }
  }

  private HttpRequest post(String path, Map<String, String> body) {
    return HttpRequest.post(URI.create(base + path))
        .header("Accept", "application/json")
        .body(Json.write(body), "application/json; charset=utf-8")
        .build();
  }
}
