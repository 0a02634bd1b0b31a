-- Schema of PaymentStore.jdbc(DataSource) on PostgreSQL (tested on 14); created if absent.
-- Times are epoch milliseconds (UTC) so no driver or session time zone can shift them.

-- One row per payment attempt (one MaThamChieu), written before INIT is sent.
CREATE TABLE IF NOT EXISTS payment_attempt (
  reference      VARCHAR(64)  NOT NULL PRIMARY KEY,
  dossier        VARCHAR(100) NOT NULL,
  amount         BIGINT       NOT NULL,
  started_at_ms  BIGINT       NOT NULL,
  state          VARCHAR(16)  NOT NULL
);

-- One row per payment being applied or applied: APPLYING while the portal's listener runs (its
-- marked_at_ms renewed as the lease), then APPLIED. The primary key makes a repeated CONFIRM apply
-- once; transaction_id is MaGiaoDich, or "sha256:<hex>" of one longer than 100 characters.
CREATE TABLE IF NOT EXISTS payment_confirmation (
  reference       VARCHAR(64)  NOT NULL,
  transaction_id  VARCHAR(100) NOT NULL,
  state           VARCHAR(16)  NOT NULL,
  marked_at_ms    BIGINT       NOT NULL,
  PRIMARY KEY (reference, transaction_id)
);
