-- Feedback on published articles: helpful / not helpful votes, flags and comments, and the state
-- of each item in its owner's inbox. Portable H2 2.x / PostgreSQL 15+.

CREATE TABLE feedback (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    article_id      VARCHAR(36)   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    article_version INTEGER       NOT NULL,
    reporter        VARCHAR(64)   NOT NULL,
    -- the reporter while this row is their current vote on the version; null for flags and for
    -- votes replaced since (kept only when they carry a comment)
    voter           VARCHAR(64),
    kind            VARCHAR(20)   NOT NULL,
    reason          VARCHAR(30),
    comment         VARCHAR(2000),
    state           VARCHAR(20)   NOT NULL,
    reply           VARCHAR(2000),
    replied_by      VARCHAR(64),
    replied_at      TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version    BIGINT        NOT NULL,
    CONSTRAINT uq_feedback_vote UNIQUE (article_id, article_version, voter)
);
CREATE INDEX ix_feedback_article ON feedback (article_id, kind);
CREATE INDEX ix_feedback_inbox ON feedback (created_at, id);
CREATE INDEX ix_feedback_reporter ON feedback (reporter, created_at);
