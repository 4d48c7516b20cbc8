/**
 * Tooling for running the product on a developer's machine, using only the JDK: a real single-node
 * Elasticsearch with the project's analysis plugin ({@link
 * io.kbplatform.devtools.LocalElasticsearch}), the whole app ({@link
 * io.kbplatform.devtools.DevServer}, the README's run command), and the loaders that put demo
 * content into a running server through its API ({@link io.kbplatform.devtools.DemoLoader}, {@link
 * io.kbplatform.devtools.ArticleLoader}). The integration tests and the benchmarks reuse the node.
 */
package io.kbplatform.devtools;
