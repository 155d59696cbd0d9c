-- no-transaction
-- Email checked at sign-up, links sent by email, and signing out everywhere (server/src/accounts/).
--
-- An email address is unique only among confirmed accounts, so signing up with an address that
-- already has an account makes a new unconfirmed one, and the page tells a stranger nothing. SQLite
-- cannot drop the UNIQUE of `accounts.email`, so the table is made again; foreign keys are off
-- meanwhile (outside the transaction, where SQLite allows it), so the tables that point at accounts
-- keep their rows and point at the new table by name.
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TABLE accounts_new (
    id              INTEGER PRIMARY KEY,
    email           TEXT    NOT NULL,
    password_hash   TEXT    NOT NULL,           -- argon2id PHC string
    locale          TEXT,                        -- chosen language tag, NULL until chosen
    reading_options TEXT,                        -- ReadingOptions::encode(), NULL until chosen
    created_at      INTEGER NOT NULL,            -- unix seconds
    name            TEXT    NOT NULL DEFAULT '',
    confirmed_at    INTEGER,                     -- unix seconds; NULL until the email is confirmed
    session_epoch   INTEGER NOT NULL DEFAULT 0   -- raised to end every session of the account
);
-- Accounts made before email was checked count as confirmed: their owners have used them.
INSERT INTO accounts_new (id, email, password_hash, locale, reading_options, created_at, name, confirmed_at)
    SELECT id, email, password_hash, locale, reading_options, created_at, name, created_at FROM accounts;
DROP TABLE accounts;
ALTER TABLE accounts_new RENAME TO accounts;
CREATE UNIQUE INDEX accounts_confirmed_email ON accounts (email) WHERE confirmed_at IS NOT NULL;
CREATE INDEX accounts_by_email ON accounts (email);
CREATE INDEX accounts_unconfirmed ON accounts (created_at) WHERE confirmed_at IS NULL;

-- Links sent by email: confirm a sign-up, confirm a new address, make a new password. Only a hash of
-- the link's secret is kept; each is used once, before it expires.
CREATE TABLE email_links (
    token_hash TEXT    PRIMARY KEY,               -- SHA-256 of the secret in the link, hex
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    purpose    TEXT    NOT NULL,                  -- confirm-sign-up, confirm-new-email, reset-password
    new_email  TEXT,                              -- for confirm-new-email: the address to change to
    created_at INTEGER NOT NULL,                  -- unix seconds
    expires_at INTEGER NOT NULL,                  -- unix seconds
    used_at    INTEGER                            -- unix seconds; NULL until used
) STRICT;
CREATE INDEX email_links_by_account ON email_links (account_id, purpose, created_at);
CREATE INDEX email_links_by_expiry ON email_links (expires_at);

-- Emails asked for by someone not signed in (a new password), per address typed and per client
-- address, for their limits. In the database so every instance shares one count.
CREATE TABLE email_link_asks (
    id      INTEGER PRIMARY KEY,
    email   TEXT    NOT NULL,
    address TEXT    NOT NULL,
    made_at INTEGER NOT NULL                      -- unix seconds
) STRICT;
CREATE INDEX email_link_asks_by_email ON email_link_asks (email, made_at);
CREATE INDEX email_link_asks_by_address ON email_link_asks (address, made_at);
PRAGMA foreign_key_check;
COMMIT;
PRAGMA foreign_keys = ON;
