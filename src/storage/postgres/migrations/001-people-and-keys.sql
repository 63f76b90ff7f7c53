-- People are keyed by their NFC-normalized name. COLLATE "C" compares the
-- UTF-8 bytes, which orders names by code point, as the contract promises,
-- whatever locale the database was created with.
CREATE TABLE people (
  name text COLLATE "C" PRIMARY KEY,
  email text NOT NULL,
  comment text,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL
);

-- Only the SHA-256 hash of a key is kept: a stolen database yields no usable key.
CREATE TABLE api_keys (
  id text COLLATE "C" PRIMARY KEY,
  name text NOT NULL,
  hash text NOT NULL UNIQUE,
  capabilities jsonb NOT NULL,
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);

-- Bumped with every change to api_keys, so that every instance can notice a
-- revocation with one cheap query instead of reloading all keys. Its row is
-- also the lock that key writers take first (see keys.ts).
CREATE TABLE revisions (
  topic text PRIMARY KEY,
  revision bigint NOT NULL
);

INSERT INTO revisions (topic, revision) VALUES ('keys', 0);
