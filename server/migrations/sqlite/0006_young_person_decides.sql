-- From 16, a young person who has taken control may stop a parent or carer seeing their record.
-- The parent stays in the family (and sees their other children); only this child's record is closed
-- to them, from their very next request.
CREATE TABLE parents_stopped (
    child_id   INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    stopped_at INTEGER NOT NULL,
    PRIMARY KEY (child_id, account_id)
) STRICT;
