/** REST resource for running a judged set of queries through the search and scoring it. */
package io.kbplatform.app.searchevaluation;
