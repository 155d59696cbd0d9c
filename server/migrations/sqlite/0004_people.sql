-- People and consent: names, young people's own accounts, invitations, what is shared with advocates,
-- and who has seen what. Dates are ISO 8601 text; times are unix seconds.

-- The name a person gives, shown to the others who see the same record ("written by Sam").
ALTER TABLE accounts ADD COLUMN name TEXT NOT NULL DEFAULT '';

-- The young person's own account, and since when they decide who sees their record (from 16).
ALTER TABLE children ADD COLUMN young_person_account INTEGER REFERENCES accounts (id) ON DELETE SET NULL;
ALTER TABLE children ADD COLUMN young_person_in_control_since INTEGER;
CREATE UNIQUE INDEX children_by_young_person ON children (young_person_account);

-- A link a family sent. `token` is the secret in the link. A used, cancelled or out-of-date link
-- grants nothing, but stays, so the person who follows it again is told which it is.
CREATE TABLE invitations (
    id             INTEGER PRIMARY KEY,
    token          TEXT UNIQUE,
    family_id      INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    role           TEXT    NOT NULL,              -- heard_app::people::Role code
    for_name       TEXT    NOT NULL DEFAULT '',    -- who it is for, in the family's words
    child_id       INTEGER REFERENCES children (id) ON DELETE CASCADE, -- NULL: the whole family
    parts          TEXT    NOT NULL DEFAULT '',    -- RecordPart codes joined by spaces (advocate)
    may_change     INTEGER NOT NULL DEFAULT 0,
    share_until    TEXT,                           -- the advocate's last day, if the family set one
    invited_by     INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    created_at     INTEGER NOT NULL,
    expires_at     INTEGER NOT NULL,
    used_at        INTEGER,
    used_by        INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    cancelled_at   INTEGER
) STRICT;
CREATE INDEX invitations_by_family ON invitations (family_id);

-- What a family shared with an advocate, one row per child. Withdrawing keeps the row (the family
-- can see it ended), and access stops at once: every request checks this table.
CREATE TABLE shares (
    id           INTEGER PRIMARY KEY,
    child_id     INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    parts        TEXT    NOT NULL,                 -- RecordPart codes joined by spaces
    may_change   INTEGER NOT NULL DEFAULT 0,
    until        TEXT,                             -- last day, inclusive; NULL: until withdrawn
    invited_by   INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    started_at   INTEGER NOT NULL,
    withdrawn_at INTEGER
) STRICT;
CREATE INDEX shares_by_child ON shares (child_id);
CREATE INDEX shares_by_account ON shares (account_id);

-- Who read or changed which part of a child's record, and when. Kept with the child: deleting the
-- child deletes it. The name is kept as it was, so the log still reads after an account is deleted.
CREATE TABLE access_log (
    id         INTEGER PRIMARY KEY,
    child_id   INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    who        TEXT    NOT NULL,
    role       TEXT    NOT NULL,
    part       TEXT    NOT NULL,
    action     TEXT    NOT NULL,
    at         INTEGER NOT NULL
) STRICT;
CREATE INDEX access_log_by_child ON access_log (child_id, at);

-- What an advocate writes shows "written by … with …": who wrote it, and in which role.
ALTER TABLE about_me_versions ADD COLUMN writer_role TEXT NOT NULL DEFAULT 'parent-or-carer';
ALTER TABLE goals ADD COLUMN written_by INTEGER REFERENCES accounts (id) ON DELETE SET NULL;
ALTER TABLE goals ADD COLUMN writer_role TEXT NOT NULL DEFAULT 'parent-or-carer';
