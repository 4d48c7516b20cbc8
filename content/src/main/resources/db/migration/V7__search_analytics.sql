-- Search analytics: one row per search (a first page or a next page) and one per click on a hit.
-- No user names: only the searcher's highest role. Queries are normalised and masked (long digit
-- runs and e-mail addresses) before they are stored. Portable H2 2.x / PostgreSQL 15+.

CREATE TABLE search_event (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    query         VARCHAR(200)  NOT NULL,
    filters       VARCHAR(1000),
    sort          VARCHAR(20),
    result_count  BIGINT        NOT NULL,
    latency_ms    BIGINT        NOT NULL,
    role          VARCHAR(20)   NOT NULL,
    -- 1 for a first page (a new search), 0 for a next page: summing it counts searches
    first_page    SMALLINT      NOT NULL CHECK (first_page IN (0, 1)),
    -- clicks on this search's hits, kept here too so that reports read one table
    clicks        INTEGER       DEFAULT 0 NOT NULL
);
CREATE INDEX ix_search_event_time ON search_event (occurred_at, query);
CREATE INDEX ix_search_event_query ON search_event (query, occurred_at);

CREATE TABLE search_click (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    search_id     VARCHAR(36)   NOT NULL REFERENCES search_event (id) ON DELETE CASCADE,
    article_id    VARCHAR(36)   NOT NULL,
    position      INTEGER       NOT NULL,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_search_click_search ON search_click (search_id);
CREATE INDEX ix_search_click_time ON search_click (occurred_at, article_id);
CREATE INDEX ix_search_click_article ON search_click (article_id, occurred_at);
