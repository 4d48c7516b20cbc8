/**
 * Development and test tooling that runs a real single-node Elasticsearch ({@link
 * io.kbplatform.localnode.LocalElasticsearch}) and the whole app locally ({@link
 * io.kbplatform.localnode.DevServer}), using only the JDK.
 */
package io.kbplatform.localnode;
