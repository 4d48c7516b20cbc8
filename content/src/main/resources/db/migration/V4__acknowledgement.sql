-- Read and acknowledge: the groups that must acknowledge an article, the version since which an
-- acknowledgement counts (the latest significant publication), and the acknowledgements.
-- Portable H2 2.x / PostgreSQL 15+.

CREATE TABLE mandatory_reading (
    article_id          VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    significant_version INTEGER,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE mandatory_reading_group (
    article_id VARCHAR(36) NOT NULL REFERENCES mandatory_reading (article_id) ON DELETE CASCADE,
    group_key  VARCHAR(64) NOT NULL,
    PRIMARY KEY (article_id, group_key)
);
CREATE INDEX ix_mandatory_reading_group ON mandatory_reading_group (group_key);

CREATE TABLE acknowledgement (
    id              VARCHAR(36) NOT NULL PRIMARY KEY,
    article_id      VARCHAR(36) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    username        VARCHAR(64) NOT NULL,
    version         INTEGER     NOT NULL,
    acknowledged_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_acknowledgement UNIQUE (article_id, username, version)
);
CREATE INDEX ix_acknowledgement_user ON acknowledgement (username, article_id);
