-- A school or other professional invited by the family: what they do and where, on the invitation
-- and on the share it becomes; and the school's view they add at a review point, marked as theirs.

ALTER TABLE invitations ADD COLUMN job TEXT;                               -- heard_app::people::Job code
ALTER TABLE invitations ADD COLUMN organisation TEXT NOT NULL DEFAULT '';

-- An advocate's share, or a professional's (heard_app::people::Role code).
ALTER TABLE shares ADD COLUMN role TEXT NOT NULL DEFAULT 'advocate';
ALTER TABLE shares ADD COLUMN job TEXT;
ALTER TABLE shares ADD COLUMN organisation TEXT NOT NULL DEFAULT '';

-- The school's comment on a goal at a review point, and which professional gave the school's view
-- (their job and organisation as they were then, so the mark still reads after the share ends).
ALTER TABLE goal_ratings ADD COLUMN school_comment TEXT NOT NULL DEFAULT '';
ALTER TABLE goal_ratings ADD COLUMN school_written_by INTEGER REFERENCES accounts (id) ON DELETE SET NULL;
ALTER TABLE goal_ratings ADD COLUMN school_job TEXT;
ALTER TABLE goal_ratings ADD COLUMN school_organisation TEXT NOT NULL DEFAULT '';
