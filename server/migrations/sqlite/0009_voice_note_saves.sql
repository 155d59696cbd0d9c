-- When each voice note was saved and by whom, kept for an hour: the limit on how many notes one
-- person may save in an hour counts these rows, so every server instance agrees, and deleting a
-- note does not give its go back. Nothing about the note itself is here.

CREATE TABLE voice_note_saves (
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    saved_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX voice_note_saves_by_account ON voice_note_saves (account_id, saved_at);
