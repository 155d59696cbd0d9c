-- Documents kept on a child's record: the EHC plan, reports, letters. The file itself is kept here (not
-- on a disk beside the database), so every instance sees it and it goes with the child on deletion.

CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    child_id     INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL,                 -- heard_app::record::documents::DocumentKind code
    dated        TEXT    NOT NULL,                 -- YYYY-MM-DD, the date on the document
    note         TEXT    NOT NULL DEFAULT '',
    file_name    TEXT    NOT NULL,                 -- as the person's device named it: shown, never trusted
    media_type   TEXT    NOT NULL,                 -- found from the bytes, never from the name
    size         INTEGER NOT NULL,
    content      BLOB    NOT NULL,
    added_by     INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    added_at     INTEGER NOT NULL
) STRICT;
CREATE INDEX documents_by_child ON documents (child_id, dated);
