-- When a key stops working, and when it was last used; NULL for a key that
-- never expires, or was never used. Columns that may be NULL let instances
-- still on the previous version go on writing keys while a new one
-- migrates: theirs simply never expire, and their uses are not written down.
ALTER TABLE api_keys ADD COLUMN expires_at TEXT;
ALTER TABLE api_keys ADD COLUMN last_used_at TEXT;
