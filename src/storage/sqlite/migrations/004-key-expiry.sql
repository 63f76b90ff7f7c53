-- When a key stops working; NULL for a key that never does. A column that
-- may be NULL lets instances still on the previous version go on writing
-- keys while a new one migrates: theirs simply never expire.
ALTER TABLE api_keys ADD COLUMN expires_at TEXT;
