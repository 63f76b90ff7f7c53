-- Every change to keys and switches, who asked for it and when, written in
-- the change's own transaction. Never updated, never deleted by the API.
CREATE TABLE admin_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  request_id TEXT,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  detail TEXT NOT NULL
) STRICT;
