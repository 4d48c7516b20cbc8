/**
 * Question banks: per space, with nested categories and tags, holding questions in versions (an
 * attempt is graded against the version it showed). Only those who may edit the space see a bank:
 * learners never do.
 */
package io.kbplatform.content.quiz.bank;
