-- The young person's own views without writing: picture cards sorted into piles, and voice notes.
-- Both are part of "all about me", so they follow its access rule and are deleted with the child.

CREATE TABLE card_choices (
    child_id  INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    card      TEXT    NOT NULL,                    -- heard_app::record::cards::Card code
    pile      TEXT    NOT NULL,                    -- like, not-sure, dont-like
    chosen_by INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    chosen_at INTEGER NOT NULL,
    PRIMARY KEY (child_id, card)
) STRICT;

CREATE TABLE voice_notes (
    id          INTEGER PRIMARY KEY,
    child_id    INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    media_type  TEXT    NOT NULL,                  -- as the browser recorded it, e.g. audio/webm
    audio       BLOB    NOT NULL,
    recorded_by INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    recorded_at INTEGER NOT NULL
) STRICT;
CREATE INDEX voice_notes_by_child ON voice_notes (child_id, recorded_at);
