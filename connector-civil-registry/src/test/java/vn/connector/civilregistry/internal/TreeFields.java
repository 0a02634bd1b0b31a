package vn.connector.civilregistry.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import vn.connector.civilregistry.model.Address;
import vn.connector.civilregistry.model.CatalogueCode;
import vn.connector.civilregistry.model.IdentityDocument;
import vn.connector.core.BirthDate;
import vn.connector.core.CitizenId;
import vn.connector.core.PersonName;

/** The old tree-building field writer, reference for {@code RecordWireTest} (see RecordTree). */
final class TreeFields {

  private final ObjectNode node;

  TreeFields(ObjectNode node) {
    this.node = node;
  }

  TreeFields text(String name, String value) {
    if (value != null) {
      node.put(name, value);
    }
    return this;
  }

  TreeFields number(String name, int value) {
    node.put(name, value);
    return this;
  }

  TreeFields code(String name, CatalogueCode code) {
    return text(name, code == null ? null : code.value());
  }

  TreeFields name(String name, PersonName person) {
    return text(name, person == null ? null : person.value());
  }

  TreeFields date(String name, LocalDate date) {
    return text(name, WireDates.recordDate(date));
  }

  TreeFields date(String name, BirthDate date) {
    return text(name, WireDates.recordDate(date));
  }

  TreeFields id(String name, CitizenId id) {
    return text(name, id == null ? null : id.value());
  }

  TreeFields address(String name, Address address) {
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
  TreeFields document(String prefix, IdentityDocument document, boolean withIssue) {
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
