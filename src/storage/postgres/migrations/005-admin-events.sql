-- Every change to keys and switches, who asked for it and when, written in
-- the change's own transaction. Never updated, never deleted by the API.
CREATE TABLE admin_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  request_id text,
  action text NOT NULL,
  target text NOT NULL,
  detail jsonb NOT NULL
);
