package vn.connector.business;

import vn.connector.core.CallContext;
import vn.connector.core.DossierCode;
import vn.connector.core.Purpose;

/** Call contexts for the tests. */
final class Contexts {

  static final CallContext OFFICER =
      CallContext.of(
          "canbo.nguyenvana",
          "000.00.01.H22",
          DossierCode.parse("000.00.01.H22-241115-0001"),
          Purpose.PROCEDURE_HANDLING);

  private Contexts() {}
}
