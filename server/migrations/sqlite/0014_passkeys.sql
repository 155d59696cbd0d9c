-- Passkeys (server/src/passkeys.rs): a person signs in with one instead of a password. Deleting an
-- account deletes its passkeys with it.

-- The WebAuthn user handle of an account: random, so a passkey reveals nothing about the account,
-- and the same for each of its passkeys, so a device keeps one passkey per account.
CREATE TABLE passkey_users (
    account_id  INTEGER NOT NULL PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    user_handle TEXT    NOT NULL UNIQUE             -- a UUID
) STRICT;

CREATE TABLE passkeys (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    credential_id TEXT    NOT NULL UNIQUE,          -- base64url, as the browser names it
    name          TEXT    NOT NULL,                 -- what the person called it
    credential    TEXT    NOT NULL,                 -- webauthn-rs's Passkey as JSON: public key, counter
    added_at      INTEGER NOT NULL,                 -- unix seconds
    last_used_at  INTEGER                           -- unix seconds; NULL until first used
) STRICT;
CREATE INDEX passkeys_by_account ON passkeys (account_id);
