-- Devices a person has signed in on before (see server/src/known_device.rs). A sign-in from one of
-- them has its own allowance of wrong passwords, so a stranger's guesses elsewhere do not lock the
-- owner out. Only a hash of the device cookie is kept.
CREATE TABLE known_devices (
    device_hash       TEXT    NOT NULL,            -- SHA-256 of the device cookie, hex
    account_id        INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    last_signed_in_at INTEGER NOT NULL,            -- unix seconds
    PRIMARY KEY (device_hash, account_id)
) STRICT;
CREATE INDEX known_devices_by_account ON known_devices (account_id);

-- A wrong password from a device known for that account is counted against that device only.
-- NULL: from anywhere else.
ALTER TABLE sign_in_failures ADD COLUMN device_hash TEXT;
CREATE INDEX sign_in_failures_by_device ON sign_in_failures (email, device_hash, attempted_at);
CREATE INDEX sign_in_failures_by_time ON sign_in_failures (attempted_at);

-- Accounts asked for, per client address, for the sign-up limit. In the database so that every
-- server instance shares one count.
CREATE TABLE sign_ups (
    id      INTEGER PRIMARY KEY,
    address TEXT    NOT NULL,
    made_at INTEGER NOT NULL                       -- unix seconds
) STRICT;
CREATE INDEX sign_ups_by_address ON sign_ups (address, made_at);
