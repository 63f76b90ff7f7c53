-- Switches that were flipped at run time; a switch without a row is at its
-- default, which lives in the code (src/switches/switch-names.ts).
CREATE TABLE switches (
  name text COLLATE "C" PRIMARY KEY,
  enabled boolean NOT NULL,
  changed_at timestamptz NOT NULL
);

INSERT INTO revisions (topic, revision) VALUES ('switches', 0);
