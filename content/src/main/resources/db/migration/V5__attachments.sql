-- Files attached to articles. The bytes live in the blob store (<kb.data.dir>/blobs), the row
-- holds the metadata and the extracted text, so the search index can be rebuilt from the
-- database alone. Portable H2 2.x / PostgreSQL 15+.

CREATE TABLE attachment (
    id                VARCHAR(36)     NOT NULL PRIMARY KEY,
    article_id        VARCHAR(36)     NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    file_name         VARCHAR(255)    NOT NULL,
    media_type        VARCHAR(200)    NOT NULL,
    size_bytes        BIGINT          NOT NULL,
    sha256            VARCHAR(64)     NOT NULL,
    blob_key          VARCHAR(100)    NOT NULL,
    uploaded_by       VARCHAR(64)     NOT NULL,
    uploaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    extraction_status VARCHAR(20)     NOT NULL,
    extraction_reason VARCHAR(500),
    extracted_text    VARCHAR(1000000)
);
CREATE INDEX ix_attachment_article ON attachment (article_id, uploaded_at);
