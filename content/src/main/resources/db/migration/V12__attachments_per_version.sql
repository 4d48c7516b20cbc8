-- Attachments follow the article's workflow: each version has its own set of attachments, so
-- readers (and the search index) see the published version's files, an editor's change waits in
-- the next version, and restoring a version restores its files. An attachment row (and its blob)
-- lives while any version refers to it. Portable H2 2.x / PostgreSQL 15+.

CREATE TABLE article_version_attachment (
    article_id     VARCHAR(36) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    version_number INTEGER     NOT NULL,
    attachment_id  VARCHAR(36) NOT NULL REFERENCES attachment (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, version_number, attachment_id)
);
CREATE INDEX ix_version_attachment_attachment ON article_version_attachment (attachment_id);

-- Every existing attachment belongs to the article's current versions: the latest one and, if
-- different, the published one (until now both showed every attachment).
INSERT INTO article_version_attachment (article_id, version_number, attachment_id)
SELECT a.article_id, ar.latest_version, a.id
FROM attachment a JOIN article ar ON ar.id = a.article_id;

INSERT INTO article_version_attachment (article_id, version_number, attachment_id)
SELECT a.article_id, ar.published_version, a.id
FROM attachment a JOIN article ar ON ar.id = a.article_id
WHERE ar.published_version IS NOT NULL AND ar.published_version <> ar.latest_version;

-- Blob clean-up asks whether any row still refers to a blob.
CREATE INDEX ix_attachment_blob_refs ON attachment (blob_key);
