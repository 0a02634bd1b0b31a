package vn.connector.nationalportal.model;

/**
 * A code and its name from the national procedure catalogue (CSDL quốc gia về TTHC): a procedure
 * summary, a public service, an agency or a field of practice.
 *
 * <pre>{@code
 * for (CatalogueItem agency : client.agencies()) {
 *   System.out.println(agency.code() + " " + agency.name());
 * }
 * }</pre>
 *
 * @param code the national code
 * @param name the national name
 */
public record CatalogueItem(String code, String name) {

  public CatalogueItem {
    code = Text.code(code, "code");
    name = Text.required(name, "name", Text.LONG);
  }
}
