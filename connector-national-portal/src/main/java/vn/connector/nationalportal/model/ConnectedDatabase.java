package vn.connector.nationalportal.model;

/**
 * A national database the dossier was checked against ({@code DSKetNoiCSDL}: {@code MaCSDL}).
 *
 * <pre>{@code
 * ConnectedDatabase population = new ConnectedDatabase("CSDLQGDC");
 * }</pre>
 *
 * @param code {@code MaCSDL}
 */
public record ConnectedDatabase(String code) {

  public ConnectedDatabase {
    code = Text.code(code, "connectedDatabases.code");
  }
}
