package vn.connector.outbox;

import javax.sql.DataSource;

/** The two databases every test runs on. */
enum Db {
  H2,
  POSTGRESQL;

  DataSource fresh() {
    return this == H2 ? TestDatabases.h2() : TestDatabases.postgres();
  }
}
