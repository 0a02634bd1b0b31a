-- The national-portal connector's one table, beside the outbox's: the last national state sent
-- for each dossier, so that a status move the national list does not allow is refused before it
-- is enqueued, and the first version of a dossier goes out as new, the later ones as updates.
-- Written in the portal's own transaction, with the outbox item. PostgreSQL and H2.
CREATE TABLE IF NOT EXISTS national_portal_dossier (
  dossier_code VARCHAR(200) NOT NULL PRIMARY KEY,
  status VARCHAR(2) NOT NULL,
  versions BIGINT NOT NULL
);
