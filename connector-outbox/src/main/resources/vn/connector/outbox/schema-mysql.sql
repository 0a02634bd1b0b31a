-- connector-outbox schema, version 1, MySQL 8.0 or later (InnoDB, utf8mb4). DOCUMENTED, NOT TESTED:
-- the SDK runs on PostgreSQL and H2 only today; this file shows the tables for a port.
-- Run it with the portal's migrations (Flyway: copy as V<n>__connector_outbox.sql), or let
-- Outbox.builder().createSchema(true) run it at start-up. Times are epoch milliseconds (UTC) of
-- the nodes' clocks, which must agree to well within the dispatcher's lease.

-- One row per ordering key: next_seq numbers the key's items (gapless among committed ones),
-- head_seq is the number it delivers next. Enqueuers and the dispatcher both lock this row, so
-- concurrent enqueuers of one key commit one after the other and an item's "ready" flag (head of
-- its key and pending) is always set by whichever of enqueue and delivery commits second.
CREATE TABLE IF NOT EXISTS outbox_key (
  system_name        VARCHAR(64)  NOT NULL,
  item_key           VARCHAR(200) NOT NULL,
  next_seq           BIGINT       NOT NULL,
  head_seq           BIGINT       NOT NULL,
  PRIMARY KEY (system_name, item_key)
);


CREATE TABLE IF NOT EXISTS outbox_item (
  id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
  system_name        VARCHAR(64)   NOT NULL,
  item_key           VARCHAR(200)  NOT NULL,
  seq                BIGINT        NOT NULL,
  type               VARCHAR(64)   NOT NULL,
  payload            MEDIUMTEXT    NOT NULL,
  idempotency_key    VARCHAR(200)  NOT NULL,
  state              VARCHAR(16)   NOT NULL,  -- PENDING, DELIVERED, PARKED
  ready              INTEGER       NOT NULL,  -- 1: pending head of its key, claimable
  attempts           INTEGER       NOT NULL,
  created_at_ms      BIGINT        NOT NULL,
  next_attempt_at_ms BIGINT        NOT NULL,
  lease_owner        VARCHAR(100),
  lease_until_ms     BIGINT,
  delivered_at_ms    BIGINT,
  last_error         VARCHAR(1000),
  national_code      VARCHAR(1000),
  national_text      VARCHAR(1000),
  parked_at_ms       BIGINT,
  -- W3C traceparent of the span that enqueued the item (optional: older tables lack it;
  -- add it with ALTER TABLE outbox_item ADD trace_parent VARCHAR(55)).
  trace_parent       VARCHAR(55),
  CONSTRAINT outbox_item_seq UNIQUE (system_name, item_key, seq),
  CONSTRAINT outbox_item_idempotency UNIQUE (system_name, item_key, idempotency_key)
);
CREATE INDEX outbox_item_state ON outbox_item (state);
CREATE INDEX outbox_item_ready ON outbox_item (ready, next_attempt_at_ms);
CREATE INDEX outbox_item_delivered ON outbox_item (delivered_at_ms);

CREATE TABLE IF NOT EXISTS outbox_tracker (
  id               BIGINT AUTO_INCREMENT PRIMARY KEY,
  system_name        VARCHAR(64)   NOT NULL,
  item_key         VARCHAR(200)  NOT NULL,
  reference        VARCHAR(200)  NOT NULL,
  state            VARCHAR(16)   NOT NULL,  -- POLLING, FINAL, ERROR, EXPIRED
  polls            INTEGER       NOT NULL,
  failures         INTEGER       NOT NULL,
  started_at_ms    BIGINT        NOT NULL,
  next_poll_at_ms  BIGINT        NOT NULL,
  lease_owner      VARCHAR(100),
  lease_until_ms   BIGINT,
  last_status      VARCHAR(1000),
  finished_at_ms   BIGINT,
  CONSTRAINT outbox_tracker_reference UNIQUE (system_name, reference)
);
CREATE INDEX outbox_tracker_due ON outbox_tracker (state, next_poll_at_ms);

CREATE TABLE IF NOT EXISTS outbox_feed (
  feed           VARCHAR(100) NOT NULL PRIMARY KEY,
  position       VARCHAR(200),
  updated_at_ms  BIGINT       NOT NULL
);

CREATE TABLE IF NOT EXISTS outbox_feed_event (
  feed           VARCHAR(100) NOT NULL,
  event_id       VARCHAR(200) NOT NULL,
  applied_at_ms  BIGINT       NOT NULL,
  PRIMARY KEY (feed, event_id)
);
