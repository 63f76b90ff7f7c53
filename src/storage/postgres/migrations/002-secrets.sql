-- Secrets shared by every instance on this database, made on first use
-- (the key that signs list cursors, for one).
CREATE TABLE secrets (
  name text PRIMARY KEY,
  value bytea NOT NULL
);
