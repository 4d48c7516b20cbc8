-- Search analytics hardening: a search remembers who made it (a keyed-hash pseudonym, never the
-- name), which articles it showed and which spaces it was made in, and whether the query as typed
-- held personal data. Clicks are bound to the searcher and counted once per hit.
-- Portable H2 2.x / PostgreSQL 15+.

ALTER TABLE search_event ADD COLUMN searcher VARCHAR(64);
ALTER TABLE search_event ADD COLUMN personal SMALLINT DEFAULT 0 NOT NULL;
ALTER TABLE search_event ADD COLUMN hits VARCHAR(4000);

-- The spaces a search is attributed to: those it could find articles in (the space filter, or every
-- space the searcher could read). Reports show a query to administrators of these spaces only.
CREATE TABLE search_event_space (
    search_id     VARCHAR(36)   NOT NULL REFERENCES search_event (id) ON DELETE CASCADE,
    space_key     VARCHAR(16)   NOT NULL,
    PRIMARY KEY (search_id, space_key)
);
CREATE INDEX ix_search_event_space_key ON search_event_space (space_key, search_id);

ALTER TABLE search_click ADD COLUMN searcher VARCHAR(64);

-- One click per hit of a search: earlier repeats are dropped and the counts on the search redone.
DELETE FROM search_click
 WHERE EXISTS (SELECT 1 FROM search_click d
                WHERE d.search_id = search_click.search_id
                  AND d.article_id = search_click.article_id
                  AND d.id < search_click.id);
UPDATE search_event
   SET clicks = (SELECT COUNT(*) FROM search_click c WHERE c.search_id = search_event.id);
CREATE UNIQUE INDEX ux_search_click_hit ON search_click (search_id, article_id);

-- Clicks recorded before this version cannot be told apart by user: they no longer count for
-- popularity (searcher is null), and their searches cannot be clicked again.
