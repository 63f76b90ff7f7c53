-- Keys are listed in the order they were made, a page at a time, each page
-- after the last key of the one before. created_at cannot keep that order:
-- it is read off the clock of whichever instance made the key, and a key
-- made by an instance whose clock runs behind would land before a page a
-- client had already read, and never be shown to it. So the store numbers
-- each key as it arrives. Every key writer locks the keys' revision row
-- before it inserts (keys.ts), so the numbers follow the order of commits.
ALTER TABLE api_keys ADD COLUMN seq bigint;

-- The keys made before the numbering, numbered in the order they were listed in.
UPDATE api_keys SET seq = numbered.seq
FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS seq FROM api_keys) AS numbered
WHERE api_keys.id = numbered.id;

-- A default rather than the INSERT, so that instances still on the previous
-- version number the keys they make while a new one migrates.
CREATE SEQUENCE api_keys_seq OWNED BY api_keys.seq;
SELECT setval('api_keys_seq', coalesce((SELECT max(seq) FROM api_keys), 0) + 1, false);
ALTER TABLE api_keys ALTER COLUMN seq SET DEFAULT nextval('api_keys_seq');
ALTER TABLE api_keys ALTER COLUMN seq SET NOT NULL;

CREATE UNIQUE INDEX api_keys_by_seq ON api_keys (seq);
