-- Sessions (server/src/storage/sessions.rs), in the same database so every server instance reads the
-- same ones. `data` is the session encoded as MessagePack; `expiry_date` is unix seconds.
CREATE TABLE sessions (
    id          TEXT PRIMARY KEY NOT NULL,
    data        BYTEA NOT NULL,
    expiry_date BIGINT NOT NULL
);
CREATE INDEX sessions_by_expiry ON sessions (expiry_date);
