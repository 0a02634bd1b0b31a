package vn.connector.civilregistry.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
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
 *
 * <p>Written straight to a generator in the order of the calls (a record names each field once),
 * not into a tree written out afterwards (issue 16).
 */
final class FieldsOut {

  private final JsonGenerator g;

  FieldsOut(JsonGenerator g) {
    this.g = g;
  }

  FieldsOut text(String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
    return this;
  }

  FieldsOut number(String name, int value) throws IOException {
    g.writeNumberField(name, value);
    return this;
  }

  FieldsOut code(String name, CatalogueCode code) throws IOException {
    return text(name, code == null ? null : code.value());
  }

  FieldsOut name(String name, PersonName person) throws IOException {
    return text(name, person == null ? null : person.value());
  }

  FieldsOut date(String name, LocalDate date) throws IOException {
    return text(name, WireDates.recordDate(date));
  }

  FieldsOut date(String name, BirthDate date) throws IOException {
    return text(name, WireDates.recordDate(date));
  }

  FieldsOut id(String name, CitizenId id) throws IOException {
    return text(name, id == null ? null : id.value());
  }

  FieldsOut address(String name, Address address) throws IOException {
    if (address == null) {
      return this;
    }
    g.writeObjectFieldStart(name);
    g.writeStringField("maTinh", address.province().value());
    g.writeStringField("maHuyen", address.district() == null ? "" : address.district().value());
    g.writeStringField("maXa", address.commune().value());
    g.writeStringField("dcChiTiet", address.detail() == null ? "" : address.detail());
    g.writeEndObject();
    return this;
  }

  /** {@code <prefix>LoaiGiayToTuyThan}, {@code SoGiayToTuyThan} and, with dates, ngày/nơi cấp. */
  FieldsOut document(PersonFields names, IdentityDocument document, boolean withIssue)
      throws IOException {
    if (document == null) {
      return this;
    }
    code(names.documentType, document.type());
    text(names.documentNumber, document.number());
    if (withIssue) {
      date(names.documentIssuedOn, document.issuedOn());
      text(names.documentIssuedBy, document.issuedBy());
    }
    return this;
  }
}
