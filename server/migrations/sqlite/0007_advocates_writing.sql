-- Everything an advocate writes shows "written by … with …": also what they record at a review point
-- and the services they save (goals and all about me carry it since 0004).
ALTER TABLE review_points ADD COLUMN written_by INTEGER REFERENCES accounts (id) ON DELETE SET NULL;
ALTER TABLE review_points ADD COLUMN writer_role TEXT NOT NULL DEFAULT 'parent-or-carer';
ALTER TABLE saved_services ADD COLUMN saver_role TEXT NOT NULL DEFAULT 'parent-or-carer';
