-- Knowledge-base core: groups and space grants, categories, the article workflow, verification,
-- article restrictions, workflow history and the audit log. Portable H2 2.x / PostgreSQL 15+.

CREATE TABLE kb_group (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    group_key   VARCHAR(64)   NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    description VARCHAR(2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_kb_group_key UNIQUE (group_key)
);

CREATE TABLE kb_group_member (
    group_id VARCHAR(36) NOT NULL REFERENCES kb_group (id) ON DELETE CASCADE,
    username VARCHAR(64) NOT NULL,
    PRIMARY KEY (group_id, username)
);
CREATE INDEX ix_group_member_user ON kb_group_member (username);

CREATE TABLE space_grant (
    id             VARCHAR(36) NOT NULL PRIMARY KEY,
    space_id       VARCHAR(36) NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    principal_type VARCHAR(10) NOT NULL,
    principal      VARCHAR(64) NOT NULL,
    access_level   VARCHAR(20) NOT NULL,
    granted_by     VARCHAR(64) NOT NULL,
    granted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_space_grant UNIQUE (space_id, principal_type, principal)
);

CREATE TABLE category (
    id           VARCHAR(36)  NOT NULL PRIMARY KEY,
    space_id     VARCHAR(36)  NOT NULL REFERENCES space (id) ON DELETE CASCADE,
    parent_id    VARCHAR(36)  REFERENCES category (id),
    name         VARCHAR(200) NOT NULL,
    position     INTEGER      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version BIGINT       NOT NULL
);
CREATE INDEX ix_category_space ON category (space_id, parent_id, position);

ALTER TABLE article ADD COLUMN category_id VARCHAR(36) REFERENCES category (id);
ALTER TABLE article ADD COLUMN template VARCHAR(20);
ALTER TABLE article ADD COLUMN owner VARCHAR(64);
UPDATE article SET owner = created_by;
ALTER TABLE article ALTER COLUMN owner SET NOT NULL;
ALTER TABLE article ADD COLUMN review_interval_days INTEGER DEFAULT 180 NOT NULL;
ALTER TABLE article ADD COLUMN review_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN needs_review BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE article ADD COLUMN verified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN verified_by VARCHAR(64);
CREATE INDEX ix_article_owner ON article (owner);
CREATE INDEX ix_article_review_due ON article (review_due_at);
CREATE INDEX ix_article_category ON article (category_id);

CREATE TABLE article_restriction (
    article_id VARCHAR(36) NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    group_key  VARCHAR(64) NOT NULL,
    PRIMARY KEY (article_id, group_key)
);

CREATE TABLE workflow_event (
    id          VARCHAR(36)   NOT NULL PRIMARY KEY,
    article_id  VARCHAR(36)   NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    action      VARCHAR(20)   NOT NULL,
    from_status VARCHAR(20)   NOT NULL,
    to_status   VARCHAR(20)   NOT NULL,
    version     INTEGER       NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    comment     VARCHAR(2000),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_workflow_event_article ON workflow_event (article_id, created_at);

CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL PRIMARY KEY,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(40)   NOT NULL,
    target_type VARCHAR(40)   NOT NULL,
    target_id   VARCHAR(200),
    detail      VARCHAR(2000)
);
CREATE INDEX ix_audit_entry_time ON audit_entry (created_at);

-- Spaces created before grants existed stay as they were: everyone may read and write them.
INSERT INTO space_grant (id, space_id, principal_type, principal, access_level, granted_by, granted_at)
SELECT CONCAT('v2-', SUBSTRING(id, 1, 33)), id, 'EVERYONE', '*', 'EDIT', 'system', created_at
FROM space;
