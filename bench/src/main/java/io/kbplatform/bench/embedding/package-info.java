/** The cost of semantic embeddings, measured in process: per query and per article. */
package io.kbplatform.bench.embedding;
