package vn.connector.civilregistry;

import vn.connector.civilregistry.internal.UnitCatalogue;
import vn.connector.civilregistry.model.Address;
import vn.connector.civilregistry.model.BirthRegistration;
import vn.connector.civilregistry.model.DeathRegistration;
import vn.connector.civilregistry.model.MarriageRegistration;
import vn.connector.civilregistry.model.Parent;
import vn.connector.civilregistry.model.Registration;
import vn.connector.civilregistry.model.Spouse;

/**
 * Checks every unit code of a registration against the administrative-unit lists before anything is
 * sent; the error names the field ({@code mother.residence.commune: …}).
 */
final class UnitCheck {

  private final UnitCatalogue units = UnitCatalogue.get();

  void check(Registration registration) {
    var unit = registration.dossier().registeringUnit();
    if (!units.knowsUnit(unit)) {
      throw new IllegalArgumentException(
          "dossier.registeringUnit: no district or commune " + unit.value());
    }
    if (registration instanceof BirthRegistration b) {
      optional(b.child().birthPlace(), "child.birthPlace");
      optional(b.child().hometown(), "child.hometown");
      parent(b.mother(), "mother");
      if (b.father() != null) {
        parent(b.father(), "father");
      }
      units.check(b.requester().residence(), "requester.residence");
    } else if (registration instanceof DeathRegistration d) {
      units.check(d.deceased().residence(), "deceased.residence");
      units.check(d.deceased().placeOfDeath(), "deceased.placeOfDeath");
      units.check(d.requester().residence(), "requester.residence");
    } else {
      MarriageRegistration m = (MarriageRegistration) registration;
      spouse(m.husband(), "husband");
      spouse(m.wife(), "wife");
    }
  }

  private void parent(Parent p, String field) {
    units.check(p.residence(), field + ".residence");
  }

  private void spouse(Spouse s, String field) {
    units.check(s.residence(), field + ".residence");
  }

  private void optional(Address a, String field) {
    if (a != null) {
      units.check(a, field);
    }
  }
}
