-- Sessions (server/src/storage/sessions.rs). The table was made by tower-sessions-sqlx-store before,
-- which kept `expiry_date` as RFC 3339 text; Heard's own store keeps unix seconds on both databases,
-- so sessions already here are converted and go on working.
CREATE TABLE IF NOT EXISTS sessions (
    id          TEXT PRIMARY KEY NOT NULL,
    data        BLOB NOT NULL,
    expiry_date INTEGER NOT NULL
);
UPDATE sessions SET expiry_date = CAST(strftime('%s', expiry_date) AS INTEGER)
WHERE typeof(expiry_date) = 'text';
CREATE INDEX IF NOT EXISTS sessions_by_expiry ON sessions (expiry_date);
