-- The child's record. Dates are ISO 8601 text (YYYY-MM-DD); times are unix seconds. Codes are the
-- fixed strings of heard_app::record (e.g. support_status 'sen-support').
-- Every table that can be edited by two family members at once carries `version`, raised by each
-- save: a save based on an older version is refused and both versions are shown, never overwritten.

-- A family: the people who look after a set of children. Access to a child is through membership.
CREATE TABLE families (
    id         INTEGER PRIMARY KEY,
    created_at INTEGER NOT NULL
);

CREATE TABLE family_members (
    family_id  INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role       TEXT    NOT NULL DEFAULT 'parent-or-carer',
    joined_at  INTEGER NOT NULL,
    PRIMARY KEY (family_id, account_id)
);
CREATE INDEX family_members_by_account ON family_members (account_id);

CREATE TABLE children (
    id                      INTEGER PRIMARY KEY,
    family_id               INTEGER NOT NULL REFERENCES families (id) ON DELETE CASCADE,
    called_name             TEXT    NOT NULL,
    date_of_birth           TEXT    NOT NULL,
    setting                 TEXT    NOT NULL DEFAULT '',
    year_group_chosen       TEXT,                  -- NULL: worked out from the date of birth
    support_status          TEXT    NOT NULL,
    assessment_requested_on TEXT,
    draft_plan_received_on  TEXT,
    plan_issued_on          TEXT,
    last_annual_review_on   TEXT,
    next_annual_review_on   TEXT,
    areas_of_need           TEXT    NOT NULL DEFAULT '',  -- codes joined by spaces
    version                 INTEGER NOT NULL DEFAULT 1,
    created_at              INTEGER NOT NULL,
    updated_at              INTEGER NOT NULL
);
CREATE INDEX children_by_family ON children (family_id);

-- All about me: entries in six parts; each save adds a version, and the newest is the entry's text.
CREATE TABLE about_me_entries (
    id         INTEGER PRIMARY KEY,
    child_id   INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    part       TEXT    NOT NULL,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);
CREATE INDEX about_me_entries_by_child ON about_me_entries (child_id, part);

CREATE TABLE about_me_versions (
    entry_id   INTEGER NOT NULL REFERENCES about_me_entries (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    body       TEXT    NOT NULL,
    author     TEXT    NOT NULL,                   -- young-person, parent-or-carer, advocate
    account_id INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    saved_at   INTEGER NOT NULL,
    PRIMARY KEY (entry_id, version)
);

CREATE TABLE goals (
    id               INTEGER PRIMARY KEY,
    child_id         INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    outcome          TEXT    NOT NULL,
    theme            TEXT    NOT NULL,              -- need:…, adulthood:…
    support          TEXT    NOT NULL DEFAULT '',
    measure          TEXT    NOT NULL DEFAULT '',
    by_when          TEXT,
    state            TEXT    NOT NULL DEFAULT 'active',
    state_changed_on TEXT,
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX goals_by_child ON goals (child_id, position);

-- One review point per child, school year and term.
CREATE TABLE review_points (
    id                  INTEGER PRIMARY KEY,
    child_id            INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    school_year         INTEGER NOT NULL,          -- 2025 is 2025/26
    term                TEXT    NOT NULL,          -- autumn, spring, summer
    held_on             TEXT    NOT NULL,
    what_is_working     TEXT    NOT NULL DEFAULT '',
    what_is_not_working TEXT    NOT NULL DEFAULT '',
    questions           TEXT    NOT NULL DEFAULT '', -- the family's questions for the meeting
    version             INTEGER NOT NULL DEFAULT 1,
    updated_at          INTEGER NOT NULL,
    UNIQUE (child_id, school_year, term)
);

CREATE TABLE goal_ratings (
    review_point_id      INTEGER NOT NULL REFERENCES review_points (id) ON DELETE CASCADE,
    goal_id              INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    rating               TEXT,                     -- a Rating code; NULL: not rated
    school_rating        TEXT,
    family_comment       TEXT    NOT NULL DEFAULT '',
    young_person_comment TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (review_point_id, goal_id)
);

-- Text a person was writing, kept on the server when the browser could send it but not save it
-- (for example, the session had expired). One per person and place.
CREATE TABLE drafts (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    place      TEXT    NOT NULL,                   -- e.g. child/3/about-me/new/hopes-and-dreams
    body       TEXT    NOT NULL,
    saved_at   INTEGER NOT NULL,
    PRIMARY KEY (account_id, place)
);
