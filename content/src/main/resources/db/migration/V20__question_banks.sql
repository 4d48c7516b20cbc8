-- Question banks (issue 14): one per space and name, nested categories (each row keeps its whole
-- path for lookup and uniqueness), questions kept in versions — one JSON document per version
-- (QuestionJson), never changed once written — and tags. Portable H2 2.x / PostgreSQL 15+.

CREATE TABLE question_bank (
    id            VARCHAR(36)    PRIMARY KEY,
    space_key     VARCHAR(16)    NOT NULL,
    name          VARCHAR(200)   NOT NULL,
    created_by    VARCHAR(64)    NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version  BIGINT         DEFAULT 0 NOT NULL
);
CREATE INDEX ix_question_bank_space ON question_bank (space_key, name);

CREATE TABLE question_category (
    id            VARCHAR(36)    PRIMARY KEY,
    bank_id       VARCHAR(36)    NOT NULL REFERENCES question_bank (id) ON DELETE CASCADE,
    parent_id     VARCHAR(36)    REFERENCES question_category (id),
    name          VARCHAR(200)   NOT NULL,
    path          VARCHAR(1000)  NOT NULL
);
CREATE UNIQUE INDEX ux_question_category_path ON question_category (bank_id, path);

CREATE TABLE question (
    id              VARCHAR(36)    PRIMARY KEY,
    bank_id         VARCHAR(36)    NOT NULL REFERENCES question_bank (id) ON DELETE CASCADE,
    category_id     VARCHAR(36)    REFERENCES question_category (id),
    position        BIGINT         NOT NULL,
    type            VARCHAR(32)    NOT NULL,
    name            VARCHAR(255)   NOT NULL,
    latest_version  INTEGER        NOT NULL,
    created_by      VARCHAR(64)    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(64)    NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version    BIGINT         DEFAULT 0 NOT NULL
);
CREATE INDEX ix_question_bank_position ON question (bank_id, position);

CREATE TABLE question_version (
    question_id   VARCHAR(36)      NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    number        INTEGER          NOT NULL,
    content       VARCHAR(1000000) NOT NULL,
    created_by    VARCHAR(64)      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (question_id, number)
);

CREATE TABLE question_tag (
    question_id   VARCHAR(36)    NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    tag           VARCHAR(50)    NOT NULL,
    PRIMARY KEY (question_id, tag)
);
