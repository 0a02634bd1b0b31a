package vn.connector.testkit.nationalportal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the national portal refuses in a {@code HoSo} or {@code TienDo}, written independently of
 * the SDK's own checks so that a test catches an SDK that lets a bad dossier through. Every value
 * must be a JSON string (national-portal.md: "every value a string").
 */
final class NationalChecks {

  private static final Pattern CODE =
      Pattern.compile("([0-9A-Z]{2,3}(?:\\.[0-9A-Z]{2,3}){1,3})-([0-9]{6})-([0-9]{4,})");
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("uuMMdd").withResolverStyle(ResolverStyle.STRICT);

  /** Required in every HoSo (modelled; the same list as docs/connectors/national-portal.md). */
  static final List<String> REQUIRED =
      List.of(
          "MaHoSo",
          "MaTTHC",
          "TenTTHC",
          "MaLinhVuc",
          "TenLinhVuc",
          "KenhThucHien",
          "ChuHoSo",
          "LoaiDoiTuong",
          "TrichYeuHoSo",
          "TrangThaiHoSo",
          "DonViXuLy",
          "NoiNopHoSo");

  /** Required by state: the dates a state needs. */
  private static final Map<String, List<String>> BY_STATE =
      Map.of(
          "3", List.of("NgayTuChoi"),
          "9", List.of("NgayTiepNhan", "NgayHenTra", "NgayKetThucXuLy"),
          "10", List.of("NgayTiepNhan", "NgayHenTra", "NgayKetThucXuLy", "NgayTra"));

  private static final Set<String> TIMES =
      Set.of(
          "NgayTiepNhan",
          "NgayHenTra",
          "NgayTra",
          "NgayKetThucXuLy",
          "NgayTuChoi",
          "NgayNopHoSo",
          "ThoiDiemXuLy",
          "NgayBatDau",
          "NgayKetThucTheoQuyDinh",
          "NgayXuLy");

  private static final List<String> PROGRESS_REQUIRED =
      List.of("MaHoSo", "NguoiXuLy", "ThoiDiemXuLy", "NoiDungXuLy", "TrangThai");

  private final Catalogue catalogue;

  NationalChecks(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  Optional<Refusal> dossier(JsonNode hoSo) {
    if (hoSo == null || !hoSo.isObject()) {
      return Optional.of(new Refusal(Refusal.BAD_REQUEST, "Dữ liệu hồ sơ không hợp lệ"));
    }
    Optional<Refusal> shape = stringsOnly(hoSo);
    if (shape.isPresent()) {
      return shape;
    }
    Optional<Refusal> code = code(text(hoSo, "MaHoSo"));
    if (code.isPresent()) {
      return code;
    }
    String procedure = text(hoSo, "MaTTHC");
    if (procedure != null && !catalogue.knows(procedure)) {
      return Optional.of(
          new Refusal(
              Refusal.UNKNOWN_PROCEDURE, "Mã TTHC " + procedure + " không có trong CSDL TTHC"));
    }
    String state = text(hoSo, "TrangThaiHoSo");
    if (state != null && !isState(state)) {
      return Optional.of(Refusal.invalid("TrangThaiHoSo", "phải từ 1 đến 10"));
    }
    for (String field : required(state)) {
      if (text(hoSo, field) == null) {
        return Optional.of(Refusal.missing(field));
      }
    }
    return times(hoSo);
  }

  Optional<Refusal> progress(JsonNode tienDo) {
    if (tienDo == null || !tienDo.isObject()) {
      return Optional.of(new Refusal(Refusal.BAD_REQUEST, "Dữ liệu tiến độ không hợp lệ"));
    }
    Optional<Refusal> shape = stringsOnly(tienDo);
    if (shape.isPresent()) {
      return shape;
    }
    Optional<Refusal> code = code(text(tienDo, "MaHoSo"));
    if (code.isPresent()) {
      return code;
    }
    for (String field : PROGRESS_REQUIRED) {
      if (text(tienDo, field) == null) {
        return Optional.of(Refusal.missing(field));
      }
    }
    if (!isState(text(tienDo, "TrangThai"))) {
      return Optional.of(Refusal.invalid("TrangThai", "phải từ 1 đến 10"));
    }
    return times(tienDo);
  }

  /** {unit}-{yyMMdd}-{sequence}, the date a real one. */
  static Optional<Refusal> code(String maHoSo) {
    if (maHoSo == null) {
      return Optional.of(Refusal.missing("MaHoSo"));
    }
    Matcher m = CODE.matcher(maHoSo);
    boolean ok = m.matches();
    if (ok) {
      try {
        LocalDate.parse(m.group(2), DAY);
      } catch (RuntimeException e) {
        ok = false;
      }
    }
    return ok
        ? Optional.empty()
        : Optional.of(
            new Refusal(Refusal.MALFORMED_CODE, "Mã hồ sơ " + maHoSo + " không đúng định dạng"));
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || !v.isTextual() || v.asText().isBlank() ? null : v.asText();
  }

  private static List<String> required(String state) {
    List<String> extra = BY_STATE.get(state);
    boolean received = state != null && state.matches("[2456]");
    if (extra == null && received) {
      extra = List.of("NgayTiepNhan", "NgayHenTra");
    }
    if (extra == null) {
      return REQUIRED;
    }
    return java.util.stream.Stream.concat(REQUIRED.stream(), extra.stream()).toList();
  }

  private static boolean isState(String state) {
    return state != null && state.matches("[1-9]|10");
  }

  private static Optional<Refusal> stringsOnly(JsonNode node) {
    var fields = node.fields();
    while (fields.hasNext()) {
      var f = fields.next();
      JsonNode v = f.getValue();
      if (!(v.isTextual() || v.isNull() || v.isArray() || v.isObject())) {
        return Optional.of(Refusal.invalid(f.getKey(), "phải là chuỗi"));
      }
    }
    return Optional.empty();
  }

  private static Optional<Refusal> times(JsonNode node) {
    for (String field : TIMES) {
      String t = text(node, field);
      if (t == null) {
        continue;
      }
      try {
        LocalDateTime.parse(t, TIME);
      } catch (RuntimeException e) {
        return Optional.of(Refusal.invalid(field, "phải theo định dạng yyyyMMddHHmmss"));
      }
    }
    return Optional.empty();
  }
}
