-- Switches that were flipped at run time; a switch without a row is at its
-- default, which lives in the code (src/switches/switch-names.ts).
CREATE TABLE switches (
  name TEXT PRIMARY KEY,
  enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  changed_at TEXT NOT NULL
) STRICT;

INSERT INTO revisions (topic, revision) VALUES ('switches', 0);
