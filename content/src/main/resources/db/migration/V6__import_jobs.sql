-- Import jobs: one row per uploaded file or ZIP, one item per document in it. A job left RUNNING
-- or QUEUED by a restart is marked FAILED at startup. Portable H2 2.x / PostgreSQL 15+.

CREATE TABLE import_job (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    space_key   VARCHAR(16)   NOT NULL,
    category_id VARCHAR(36),
    file_name   VARCHAR(255)  NOT NULL,
    state       VARCHAR(20)   NOT NULL,
    reason      VARCHAR(1000),
    total_files INTEGER       NOT NULL,
    done_files  INTEGER       NOT NULL,
    created_by  VARCHAR(64)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_import_job_state ON import_job (state);

CREATE TABLE import_item (
    id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    job_id     VARCHAR(36)   NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    position   INTEGER       NOT NULL,
    path       VARCHAR(1000) NOT NULL,
    state      VARCHAR(20)   NOT NULL,
    reason     VARCHAR(1000),
    article_id VARCHAR(36)
);
CREATE INDEX ix_import_item_job ON import_item (job_id, position);
