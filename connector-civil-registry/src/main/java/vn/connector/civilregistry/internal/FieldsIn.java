package vn.connector.civilregistry.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import vn.connector.civilregistry.model.Address;
import vn.connector.civilregistry.model.CatalogueCode;
import vn.connector.civilregistry.model.IdentityDocument;
import vn.connector.core.AdministrativeUnitCode;
import vn.connector.core.BirthDate;
import vn.connector.core.CitizenId;
import vn.connector.core.PersonName;

/** Reads the flat registration record back: the mirror of {@link FieldsOut}. */
final class FieldsIn {

  private final JsonNode node;

  FieldsIn(JsonNode node) {
    this.node = node;
  }

  String text(String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull() || v.isContainerNode()) {
      return null;
    }
    String t = v.asText().strip();
    return t.isEmpty() ? null : t;
  }

  int number(String name, int otherwise) {
    String t = text(name);
    return t == null ? otherwise : Integer.parseInt(t);
  }

  CatalogueCode code(String name) {
    String t = text(name);
    return t == null ? null : CatalogueCode.of(t);
  }

  PersonName name(String name) {
    String t = text(name);
    return t == null ? null : PersonName.of(t);
  }

  LocalDate date(String name) {
    return WireDates.parseRecordDate(text(name));
  }

  BirthDate birthDate(String name) {
    return WireDates.parseBirthDate(text(name));
  }

  CitizenId id(String name) {
    String t = text(name);
    return t == null ? null : CitizenId.parse(t);
  }

  Address address(String name) {
    JsonNode a = node.get(name);
    if (a == null || !a.isObject()) {
      return null;
    }
    FieldsIn in = new FieldsIn(a);
    String district = in.text("maHuyen");
    return new Address(
        AdministrativeUnitCode.parse(in.text("maTinh")),
        district == null ? null : AdministrativeUnitCode.parse(district),
        AdministrativeUnitCode.parse(in.text("maXa")),
        in.text("dcChiTiet"));
  }

  IdentityDocument document(String prefix) {
    String number = text(prefix + "SoGiayToTuyThan");
    if (number == null) {
      return null;
    }
    return IdentityDocument.of(
        code(prefix + "LoaiGiayToTuyThan"),
        number,
        date(prefix + "NgayCapGiayToTuyThan"),
        text(prefix + "NoiCapGiayToTuyThan"));
  }
}
