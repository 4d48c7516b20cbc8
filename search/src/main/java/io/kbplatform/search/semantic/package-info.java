/**
 * Semantic (meaning-based) retrieval: articles cut into short passages, embedded in process with a
 * small Chinese model, searched with kNN over nested vectors and fused with keyword results in the
 * app. Keyword search never depends on it: when the model is not loaded, it contributes nothing.
 */
package io.kbplatform.search.semantic;
