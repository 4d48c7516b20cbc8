-- Search index rebuilds: one row per rebuild with its progress, visible to every app instance.
-- running_slot is 'R' while a rebuild runs and NULL afterwards: the unique constraint lets only one
-- rebuild run at a time across instances. search_rebuild_change lists the articles delivered by
-- the outbox while a rebuild was loading, re-indexed into the new index before the swap.
-- Portable H2 2.x / PostgreSQL 15+.

CREATE SEQUENCE search_rebuild_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE search_rebuild (
    id               BIGINT        NOT NULL PRIMARY KEY,
    state            VARCHAR(20)   NOT NULL,
    phase            VARCHAR(20)   NOT NULL,
    running_slot     VARCHAR(1),
    index_name       VARCHAR(255)  NOT NULL,
    outbox_mark      BIGINT        NOT NULL,
    total_articles   INTEGER       NOT NULL,
    indexed_articles INTEGER       NOT NULL,
    failed_articles  INTEGER       NOT NULL,
    started_by       VARCHAR(64)   NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE,
    error            VARCHAR(2000),
    CONSTRAINT uq_search_rebuild_running UNIQUE (running_slot)
);

CREATE TABLE search_rebuild_change (
    rebuild_id BIGINT      NOT NULL REFERENCES search_rebuild (id) ON DELETE CASCADE,
    article_id VARCHAR(36) NOT NULL
);
CREATE INDEX ix_search_rebuild_change ON search_rebuild_change (rebuild_id);

-- Keyset paging over failing and dead outbox events.
CREATE INDEX ix_outbox_status_id ON outbox_event (status, id);
