package vn.connector.nationalportal.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.connector.core.Answers;
import vn.connector.core.ProcedureCode;
import vn.connector.nationalportal.model.CatalogueItem;
import vn.connector.nationalportal.model.Procedure;

/**
 * The catalogue services' upper-case answers. {@code LayDanhSachTTHC} → {@code MATTHC}, {@code
 * TENTTHC}; {@code LayDVC} → {@code MADVC}, {@code TENDVC}; {@code LayDanhMucCoQuan} → {@code
 * MACOQUAN}, {@code TENCOQUAN}; {@code LayDanhMucLinhVuc} → {@code MALINHVUC}, {@code TENLINHVUC}
 * (the keys of the last three are modelled on the first: the contract names the services only). An
 * entry without a code or name is skipped rather than failing the whole list.
 */
final class CatalogueReader {

  private CatalogueReader() {}

  static List<CatalogueItem> items(JsonNode result, String codeField, String nameField) {
    List<CatalogueItem> out = new ArrayList<>();
    for (JsonNode n : AdapterCalls.items(result)) {
      Optional<String> code = Answers.stringOrNumber(n, codeField);
      Optional<String> name = Answers.stringOrNumber(n, nameField);
      if (code.isPresent() && name.isPresent()) {
        out.add(new CatalogueItem(code.get(), name.get()));
      }
    }
    return List.copyOf(out);
  }

  static Procedure procedure(JsonNode n) {
    return new Procedure(
        ProcedureCode.parse(Answers.stringOrNumber(n, "MATTHC").orElse("")),
        Answers.stringOrNumber(n, "TENTTHC").orElse(null),
        items(n.get("LINHVUCTHUCHIEN"), "MALINHVUC", "TENLINHVUC"),
        text(n.get("TRINHTUTHUCHIEN")),
        text(n.get("CACHTHUCTHUCHIEN")),
        text(n.get("THANHPHANHOSO")));
  }

  /** A text field, or a list whose items' texts are joined by new lines. */
  static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return "";
    }
    if (n.isValueNode()) {
      return Answers.nfc(n.asText());
    }
    List<String> parts = new ArrayList<>();
    for (JsonNode item : n) {
      if (item.isValueNode()) {
        parts.add(Answers.nfc(item.asText()));
      } else {
        List<String> values = new ArrayList<>();
        item.forEach(v -> values.add(v.isValueNode() ? v.asText() : v.toString()));
        parts.add(Answers.nfc(String.join(" ", values)));
      }
    }
    return String.join("\n", parts);
  }
}
