/**
 * Records of search index rebuilds: state and progress stored in the database, so that every app
 * instance sees them and only one rebuild runs at a time. What a rebuild does lives in {@code
 * search}.
 */
package io.kbplatform.content.searchindex;
