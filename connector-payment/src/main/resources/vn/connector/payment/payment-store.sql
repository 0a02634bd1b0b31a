-- Schema of PaymentStore.jdbc(DataSource), for reference on other databases (Oracle: NUMBER(19)
-- for BIGINT). PostgreSQL and H2 run payment-store-postgresql.sql / payment-store-h2.sql, each
-- table absent created on first use; create them yourself (own naming, tablespace) if the
-- application's database user may not run DDL. transaction_id holds MaGiaoDich, or
-- "sha256:<hex>" of one longer than 100 characters.
-- Times are epoch milliseconds (UTC) so no driver or session time zone can shift them.

-- One row per payment attempt (one MaThamChieu), written before INIT is sent.
CREATE TABLE payment_attempt (
  reference      VARCHAR(64)  NOT NULL PRIMARY KEY,
  dossier        VARCHAR(100) NOT NULL,
  amount         BIGINT       NOT NULL,
  started_at_ms  BIGINT       NOT NULL,
  state          VARCHAR(16)  NOT NULL
);

-- One row per payment being applied or applied (a CONFIRM, or a payment reconciliation found):
-- state APPLYING while the portal's listener runs, then APPLIED. Its primary key is what makes a
-- repeated CONFIRM apply once.
CREATE TABLE payment_confirmation (
  reference       VARCHAR(64)  NOT NULL,
  transaction_id  VARCHAR(100) NOT NULL,
  state           VARCHAR(16)  NOT NULL,
  marked_at_ms    BIGINT       NOT NULL,
  PRIMARY KEY (reference, transaction_id)
);

-- Migration from versions before the APPLYING/APPLIED marks, whose payment_confirmation had
-- applied_at_ms and no state (every row an applied payment). PaymentStore.jdbc refuses such a
-- table until it is migrated; run once, with no node running (syntax of H2, PostgreSQL, MySQL 8;
-- Oracle: ADD (state VARCHAR2(16) DEFAULT 'APPLIED' NOT NULL)):
--   ALTER TABLE payment_confirmation ADD COLUMN state VARCHAR(16) DEFAULT 'APPLIED' NOT NULL;
--   ALTER TABLE payment_confirmation RENAME COLUMN applied_at_ms TO marked_at_ms;
