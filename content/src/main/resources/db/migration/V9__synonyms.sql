-- Synonym sets managed by authors: words that mean the same thing to searchers (退款, 退费, refund),
-- global (space_key null) or for one space. Search expands queries with them at query time.
-- Terms are stored newline-separated in the order the author gave them. Portable H2 2.x /
-- PostgreSQL 15+.

CREATE TABLE synonym_set (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    space_key    VARCHAR(16)   REFERENCES space (space_key) ON DELETE CASCADE,
    terms        VARCHAR(1100) NOT NULL,
    created_by   VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(64)   NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version BIGINT        NOT NULL
);
CREATE INDEX ix_synonym_set_space ON synonym_set (space_key, created_at);
