/**
 * The article index: its settings and mappings (analysis by the project's {@code kb-analysis}
 * plugin), the documents it holds and how they are derived from published articles.
 */
package io.kbplatform.search.index;
