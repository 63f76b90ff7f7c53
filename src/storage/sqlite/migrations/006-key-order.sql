-- Keys are listed in the order they were made, a page at a time, each page
-- after the last key of the one before. created_at cannot keep that order:
-- it is read off the clock of whichever instance made the key, and a key
-- made by an instance whose clock runs behind would land before a page a
-- client had already read, and never be shown to it. So the store numbers
-- each key as it arrives. A writer holds SQLite's one write lock, so the
-- numbers follow the order in which keys were stored.
ALTER TABLE api_keys ADD COLUMN seq INTEGER;

-- The keys made before the numbering, numbered in the order they were listed in.
UPDATE api_keys SET seq = (
  SELECT count(*) FROM api_keys AS earlier
  WHERE earlier.created_at < api_keys.created_at
    OR (earlier.created_at = api_keys.created_at AND earlier.id <= api_keys.id)
);

CREATE UNIQUE INDEX api_keys_by_seq ON api_keys (seq);

-- A trigger rather than the INSERT, so that instances still on the previous
-- version number the keys they make while a new one migrates.
CREATE TRIGGER api_keys_numbered AFTER INSERT ON api_keys WHEN NEW.seq IS NULL
BEGIN
  UPDATE api_keys SET seq = (SELECT coalesce(max(seq), 0) + 1 FROM api_keys) WHERE id = NEW.id;
END;
