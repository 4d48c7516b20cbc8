-- Requests for articles that do not exist yet: an agent whose search found nothing asks the
-- authors for one. One row per request; while it is open, every further person who asks the same
-- normalised query in the same space joins it (article_request_asker) instead of opening another.
-- Portable H2 2.x / PostgreSQL 15+.

CREATE TABLE article_request (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    -- as the first asker typed it (whitespace tidied), and its normalised form (NFKC, lowercase,
    -- whitespace collapsed) that decides which requests are the same
    query         VARCHAR(300)  NOT NULL,
    normalised    VARCHAR(300)  NOT NULL,
    note          VARCHAR(2000),
    -- the space the asker searched in; null when searching every space
    space_key     VARCHAR(16)   REFERENCES space (space_key) ON DELETE CASCADE,
    -- "<space key or empty>|<normalised>" while open, null once resolved: at most one open
    -- request per query and space (NULLs do not clash in either database)
    open_key      VARCHAR(320),
    requested_by  VARCHAR(64)   NOT NULL,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    resolved_by   VARCHAR(64),
    resolved_at   TIMESTAMP WITH TIME ZONE,
    resolution    VARCHAR(500),
    article_id    VARCHAR(36)   REFERENCES article (id) ON DELETE SET NULL,
    lock_version  BIGINT        NOT NULL,
    CONSTRAINT uq_article_request_open UNIQUE (open_key)
);
CREATE INDEX ix_article_request_list ON article_request (requested_at, id);
CREATE INDEX ix_article_request_space ON article_request (space_key, status, requested_at);

-- Everyone who asked for a request, the first asker included, with their own note.
CREATE TABLE article_request_asker (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    request_id    VARCHAR(36)   NOT NULL REFERENCES article_request (id) ON DELETE CASCADE,
    username      VARCHAR(64)   NOT NULL,
    note          VARCHAR(2000),
    asked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_article_request_asker UNIQUE (request_id, username)
);
CREATE INDEX ix_article_request_asker_user ON article_request_asker (username, asked_at);
