-- Quizzes and attempts (issue 14). A quiz takes fixed questions of banks in its space, each worth
-- a mark; an attempt keeps, per question, the version it showed, the order its options were shown
-- in, the response as last saved and the grade. Times come from the server's clock only.
-- Portable H2 2.x / PostgreSQL 15+.

CREATE TABLE quiz (
    id                  VARCHAR(36)    PRIMARY KEY,
    space_key           VARCHAR(16)    NOT NULL,
    title               VARCHAR(200)   NOT NULL,
    description         VARCHAR(4000),
    status              VARCHAR(32)    NOT NULL,
    grading_method      VARCHAR(32)    NOT NULL,
    attempts_allowed    INTEGER        NOT NULL,
    pass_mark           DOUBLE PRECISION NOT NULL,
    time_limit_seconds  INTEGER,
    open_at             TIMESTAMP WITH TIME ZONE,
    close_at            TIMESTAMP WITH TIME ZONE,
    shuffle_questions   BOOLEAN        NOT NULL,
    created_by          VARCHAR(64)    NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by          VARCHAR(64)    NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    lock_version        BIGINT         DEFAULT 0 NOT NULL
);
CREATE INDEX ix_quiz_space ON quiz (space_key, title);

CREATE TABLE quiz_slot (
    quiz_id       VARCHAR(36)      NOT NULL REFERENCES quiz (id) ON DELETE CASCADE,
    position      INTEGER          NOT NULL,
    question_id   VARCHAR(36)      NOT NULL REFERENCES question (id),
    mark          DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (quiz_id, position)
);

CREATE TABLE quiz_attempt (
    id            VARCHAR(36)      PRIMARY KEY,
    quiz_id       VARCHAR(36)      NOT NULL REFERENCES quiz (id) ON DELETE CASCADE,
    username      VARCHAR(64)      NOT NULL,
    number        INTEGER          NOT NULL,
    state         VARCHAR(32)      NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline      TIMESTAMP WITH TIME ZONE,
    submitted_at  TIMESTAMP WITH TIME ZONE,
    score         DOUBLE PRECISION,
    max_score     DOUBLE PRECISION NOT NULL,
    lock_version  BIGINT           DEFAULT 0 NOT NULL
);
CREATE UNIQUE INDEX ux_quiz_attempt_number ON quiz_attempt (quiz_id, username, number);
CREATE INDEX ix_quiz_attempt_user ON quiz_attempt (username, started_at);

CREATE TABLE attempt_question (
    attempt_id        VARCHAR(36)      NOT NULL REFERENCES quiz_attempt (id) ON DELETE CASCADE,
    slot              INTEGER          NOT NULL,
    quiz_position     INTEGER          NOT NULL,
    question_id       VARCHAR(36)      NOT NULL REFERENCES question (id),
    question_version  INTEGER          NOT NULL,
    mark              DOUBLE PRECISION NOT NULL,
    shown_order       VARCHAR(4000),
    response          VARCHAR(200000),
    answered_at       TIMESTAMP WITH TIME ZONE,
    fraction          DOUBLE PRECISION,
    graded_by         VARCHAR(64),
    comment           VARCHAR(10000),
    PRIMARY KEY (attempt_id, slot)
);
CREATE UNIQUE INDEX ux_attempt_question_id ON attempt_question (attempt_id, question_id);
