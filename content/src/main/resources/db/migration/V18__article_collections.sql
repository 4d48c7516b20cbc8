-- Long imported documents become a collection: a parent article whose body lists its sections,
-- and one article per section that knows its collection and its place in it. The parent keeps the
-- imported file's name (import_source), so that importing the same file again into the space
-- updates the sections instead of adding copies. Portable H2 2.x / PostgreSQL 15+.

ALTER TABLE article ADD COLUMN collection_id VARCHAR(36);
ALTER TABLE article ADD COLUMN collection_position INTEGER;
ALTER TABLE article ADD COLUMN import_source VARCHAR(1000);
ALTER TABLE article ADD CONSTRAINT fk_article_collection
    FOREIGN KEY (collection_id) REFERENCES article (id) ON DELETE SET NULL;
CREATE INDEX ix_article_collection ON article (collection_id, collection_position);
CREATE INDEX ix_article_import_source ON article (space_id, import_source);

-- How many sections each imported file became (1 when it stayed whole).
ALTER TABLE import_item ADD COLUMN sections INTEGER;
