-- Notes from school and others: what a professional the family invited writes about the child, about
-- a day. Who wrote it is kept as it was then (name, job, organisation), so the "written by" mark still
-- reads after their share ends or their account goes; only the writer (while they still may) changes
-- the words, and the family may delete a note. It goes with the child on deletion.

CREATE TABLE professional_notes (
    id            INTEGER PRIMARY KEY,
    child_id      INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    about         TEXT    NOT NULL,                -- YYYY-MM-DD, the day the note is about
    text          TEXT    NOT NULL,
    written_by    INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    writer_name   TEXT    NOT NULL,
    writer_job    TEXT    NOT NULL,                -- heard_app::people::Job code
    organisation  TEXT    NOT NULL DEFAULT '',
    written_at    INTEGER NOT NULL                 -- when written or last changed
) STRICT;
CREATE INDEX professional_notes_by_child ON professional_notes (child_id, about);
