-- The review pack shared by a link, for a named person with no account (server/src/access/pack_links.rs).
-- Only a hash of the link's secret is kept (as for emailed links); a link works until its last day
-- unless the family withdraws it first. Documents chosen to go with the pack will hang off a link
-- (a `pack_link_documents (link_id, document_id)` table) once documents are part of the record.
CREATE TABLE pack_links (
    id           INTEGER PRIMARY KEY,
    child_id     INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    made_by      INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    for_name     TEXT    NOT NULL,                -- the person it is for, as the family typed it
    for_school   INTEGER NOT NULL,                -- 1: in English for school; 0: in the family's language
    locale       TEXT    NOT NULL,                -- the family's language when the link was made
    created_at   INTEGER NOT NULL,                -- unix seconds
    until        TEXT    NOT NULL,                -- last day it works, inclusive (YYYY-MM-DD)
    withdrawn_at INTEGER,                         -- unix seconds; NULL while not withdrawn
    token_hash   TEXT    NOT NULL UNIQUE          -- SHA-256 of the secret in the link, hex
) STRICT;
CREATE INDEX pack_links_by_child ON pack_links (child_id);

-- Every time a link was opened (the record's "who has looked" says so too).
CREATE TABLE pack_link_openings (
    id        INTEGER PRIMARY KEY,
    link_id   INTEGER NOT NULL REFERENCES pack_links (id) ON DELETE CASCADE,
    opened_at INTEGER NOT NULL                    -- unix seconds
) STRICT;
CREATE INDEX pack_link_openings_by_link ON pack_link_openings (link_id);
