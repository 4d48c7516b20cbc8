-- Foundation schema: accounts, spaces, versioned articles and the indexing outbox.
-- Portable SQL: the same script runs on H2 2.x and PostgreSQL 15+.

CREATE TABLE kb_user (
    id            VARCHAR(36)  NOT NULL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_kb_user_username UNIQUE (username)
);

CREATE TABLE kb_user_role (
    user_id VARCHAR(36) NOT NULL REFERENCES kb_user (id) ON DELETE CASCADE,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE space (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    space_key   VARCHAR(16)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    created_by  VARCHAR(64)   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_space_key UNIQUE (space_key)
);

CREATE TABLE article (
    id                VARCHAR(36)     NOT NULL PRIMARY KEY,
    space_id          VARCHAR(36)     NOT NULL REFERENCES space (id),
    title             VARCHAR(300)    NOT NULL,
    body              VARCHAR(1000000) NOT NULL,
    status            VARCHAR(20)     NOT NULL,
    latest_version    INTEGER         NOT NULL,
    published_version INTEGER,
    created_by        VARCHAR(64)     NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at      TIMESTAMP WITH TIME ZONE,
    published_by      VARCHAR(64),
    lock_version      BIGINT          NOT NULL
);
CREATE INDEX ix_article_space ON article (space_id);

CREATE TABLE article_tag (
    article_id VARCHAR(36) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position   INTEGER     NOT NULL,
    tag        VARCHAR(64) NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE article_version (
    id          VARCHAR(36)      NOT NULL PRIMARY KEY,
    article_id  VARCHAR(36)      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    number      INTEGER          NOT NULL,
    title       VARCHAR(300)     NOT NULL,
    body        VARCHAR(1000000) NOT NULL,
    author      VARCHAR(64)      NOT NULL,
    change_note VARCHAR(500),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_article_version UNIQUE (article_id, number)
);

CREATE TABLE article_version_tag (
    version_id VARCHAR(36) NOT NULL REFERENCES article_version (id) ON DELETE CASCADE,
    position   INTEGER     NOT NULL,
    tag        VARCHAR(64) NOT NULL,
    PRIMARY KEY (version_id, position)
);

CREATE SEQUENCE outbox_event_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE outbox_event (
    id              BIGINT        NOT NULL PRIMARY KEY,
    aggregate_type  VARCHAR(40)   NOT NULL,
    aggregate_id    VARCHAR(36)   NOT NULL,
    event_type      VARCHAR(40)   NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error      VARCHAR(2000)
);
CREATE INDEX ix_outbox_due ON outbox_event (status, next_attempt_at);
