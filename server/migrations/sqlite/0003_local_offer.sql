-- The Local Offer: services imported from Open Referral UK feeds, and the ones families saved.

-- One row per service id ever imported. Rows are never deleted by an import, so what families saved
-- always has something to point at; a service missing from its feed's latest import is `listed = 0`.
CREATE TABLE services (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    -- The file or URL whose import last carried it; a later import of the same feed unlists what it no longer carries.
    feed TEXT NOT NULL,
    listed INTEGER NOT NULL DEFAULT 1,
    -- heard_app::local_offer::Service as JSON.
    details TEXT NOT NULL,
    first_imported_at INTEGER NOT NULL,
    imported_at INTEGER NOT NULL
) STRICT;

CREATE INDEX services_by_feed ON services (feed, listed);

-- Bumped by every import that changes anything, so a running server knows to rebuild its search index.
CREATE TABLE local_offer_generation (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    generation INTEGER NOT NULL
) STRICT;
INSERT INTO local_offer_generation (only_row, generation) VALUES (1, 0);

CREATE TABLE saved_services (
    id INTEGER PRIMARY KEY,
    child_id INTEGER NOT NULL REFERENCES children (id) ON DELETE CASCADE,
    service_id TEXT NOT NULL REFERENCES services (id),
    note TEXT NOT NULL DEFAULT '',
    saved_by INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    saved_on TEXT NOT NULL,
    UNIQUE (child_id, service_id)
) STRICT;
