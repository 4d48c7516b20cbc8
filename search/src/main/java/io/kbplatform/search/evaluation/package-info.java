/**
 * Offline relevance evaluation: a judged set of queries (which articles answer each, graded) is run
 * through the search as one reader, and scored with recall@k, reciprocal rank and nDCG@10.
 */
package io.kbplatform.search.evaluation;
