package vn.connector.examples.criminalrecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import vn.connector.core.ConnectorConfig;
import vn.connector.criminalrecord.CodeTable;
import vn.connector.criminalrecord.CriminalRecordClient;
import vn.connector.testkit.criminalrecord.CriminalRecordSimulator;

/** What both criminal-record examples share: the client from configuration, the database. */
final class CriminalRecordSetup {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private CriminalRecordSetup() {}

  /**
   * The client for {@code config} ({@code criminal-record.*} keys); the code table from {@code
   * criminal-record.codeTable} when given, else the simulator's sample table.
   */
  static CriminalRecordClient client(ConnectorConfig config) {
    CodeTable codes =
        config
            .optional("criminal-record.codeTable")
            .map(CriminalRecordSetup::load)
            .orElseGet(CriminalRecordSimulator::codeTable);
    return CriminalRecordClient.builder().codeTable(codes).configure(config).build();
  }

  /** An embedded H2 database for the outbox: use the portal's own PostgreSQL in production. */
  static DataSource database() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:lltp-example" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  private static CodeTable load(String file) {
    try (InputStream in = Files.newInputStream(Path.of(file))) {
      return CodeTable.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("criminal-record.codeTable: cannot read " + file, e);
    }
  }
}
