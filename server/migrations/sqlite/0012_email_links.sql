-- Email checked at sign-up, links sent by email, and signing out everywhere (server/src/accounts/).
--
-- An email address is unique only among confirmed accounts, so signing up with an address that
-- already has an account makes a new unconfirmed one, and the page tells a stranger nothing. SQLite
-- cannot drop the UNIQUE of `accounts.email` inside a migration's transaction without cascading
-- deletes, so `storage::open` makes the table again once, with foreign keys off (see
-- `storage::sqlite_email_unique_among_confirmed`), and adds the partial unique index then.
ALTER TABLE accounts ADD COLUMN confirmed_at INTEGER;            -- unix seconds; NULL until confirmed
ALTER TABLE accounts ADD COLUMN session_epoch INTEGER NOT NULL DEFAULT 0; -- raised to end every session
-- Accounts made before email was checked count as confirmed: their owners have used them.
UPDATE accounts SET confirmed_at = created_at;

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
