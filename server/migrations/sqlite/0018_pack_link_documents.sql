-- The documents the family chose to go with a review pack link (server/src/access/pack_links.rs).
-- Deleting the link, the document or the child (which deletes both) leaves no row behind.
CREATE TABLE pack_link_documents (
    link_id     INTEGER NOT NULL REFERENCES pack_links (id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (link_id, document_id)
) STRICT;
CREATE INDEX pack_link_documents_by_document ON pack_link_documents (document_id);
