package vn.connector.civilregistry;

import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;

/** The call context of the civil registry's tests. */
final class Contexts {

  static final CallContext OFFICER =
      CallContext.of(
          "canbo.hotich",
          "000.00.01.H22",
          DossierCode.parse("000.00.01.H22-261201-0001"),
          Purpose.PROCEDURE_HANDLING);

  private Contexts() {}
}
