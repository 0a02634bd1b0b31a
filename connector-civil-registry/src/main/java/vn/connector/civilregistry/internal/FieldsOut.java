package vn.connector.civilregistry.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import vn.connector.civilregistry.model.Address;
import vn.connector.civilregistry.model.CatalogueCode;
import vn.connector.civilregistry.model.IdentityDocument;
import vn.connector.core.BirthDate;
import vn.connector.core.CitizenId;
import vn.connector.core.PersonName;

/**
 * Writes the flat registration record: one JSON property per field, absent values left out, an
 * address as the object {@code {maTinh, maHuyen, maXa, dcChiTiet}}.
 *
 * <p>Reading of the contract: "a flat JSON object" means the people are flattened by prefix ({@code
 * nks*}, {@code me*}, {@code cha*}, ...) rather than nested, while each "(address)" field holds the
 * contract's four-field address object. An address of the two-level list (no district) is sent with
 * {@code "maHuyen": ""} so that every address carries the four keys (modelled).
 */
final class FieldsOut {

  private final ObjectNode node;

  FieldsOut(ObjectNode node) {
    this.node = node;
  }

  FieldsOut text(String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
    return this;
  }

  FieldsOut number(String name, int value) {
    node.put(name, value);
    return this;
  }

  FieldsOut code(String name, CatalogueCode code) {
    return text(name, code == null ? null : code.value());
  }

  FieldsOut name(String name, PersonName person) {
    return text(name, person == null ? null : person.value());
  }

  FieldsOut date(String name, LocalDate date) {
    return text(name, WireDates.recordDate(date));
  }

  FieldsOut date(String name, BirthDate date) {
    return text(name, WireDates.recordDate(date));
  }

  FieldsOut id(String name, CitizenId id) {
    return text(name, id == null ? null : id.value());
  }

  FieldsOut address(String name, Address address) {
    if (address == null) {
      return this;
    }
    ObjectNode a = node.putObject(name);
    a.put("maTinh", address.province().value());
    a.put("maHuyen", address.district() == null ? "" : address.district().value());
    a.put("maXa", address.commune().value());
    a.put("dcChiTiet", address.detail() == null ? "" : address.detail());
    return this;
  }

  /** {@code <prefix>LoaiGiayToTuyThan}, {@code SoGiayToTuyThan} and, with dates, ngày/nơi cấp. */
  FieldsOut document(String prefix, IdentityDocument document, boolean withIssue) {
    if (document == null) {
      return this;
    }
    code(prefix + "LoaiGiayToTuyThan", document.type());
    text(prefix + "SoGiayToTuyThan", document.number());
    if (withIssue) {
      date(prefix + "NgayCapGiayToTuyThan", document.issuedOn());
      text(prefix + "NoiCapGiayToTuyThan", document.issuedBy());
    }
    return this;
  }
}
