-- People are keyed by their NFC-normalized name; BINARY collation compares
-- UTF-8 bytes, which orders names by code point, as the contract promises.
CREATE TABLE people (
  name TEXT PRIMARY KEY COLLATE BINARY,
  email TEXT NOT NULL,
  comment TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Only the SHA-256 hash of a key is kept: a stolen database yields no usable key.
CREATE TABLE api_keys (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE,
  capabilities TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
) STRICT;

-- Bumped with every change to api_keys, so that every instance can notice a
-- revocation with one cheap query instead of reloading all keys.
CREATE TABLE revisions (
  topic TEXT PRIMARY KEY,
  revision INTEGER NOT NULL
) STRICT;

INSERT INTO revisions (topic, revision) VALUES ('keys', 0);
