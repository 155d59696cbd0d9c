-- People who sign in. Email is stored lower-cased (see heard_app::account::normalise_email).
CREATE TABLE accounts (
    id              INTEGER PRIMARY KEY,
    email           TEXT    NOT NULL UNIQUE,
    password_hash   TEXT    NOT NULL,           -- argon2id PHC string
    locale          TEXT,                        -- chosen language tag, NULL until chosen
    reading_options TEXT,                        -- ReadingOptions::encode(), NULL until chosen
    created_at      INTEGER NOT NULL             -- unix seconds
);

-- Failed sign-in attempts, for the rate limit. Kept in the database so several server
-- instances share one count.
CREATE TABLE sign_in_failures (
    id           INTEGER PRIMARY KEY,
    email        TEXT    NOT NULL,
    address      TEXT    NOT NULL,
    attempted_at INTEGER NOT NULL                -- unix seconds
);
CREATE INDEX sign_in_failures_by_email ON sign_in_failures (email, attempted_at);
CREATE INDEX sign_in_failures_by_address ON sign_in_failures (address, attempted_at);
