/**
 * The benchmark corpus: deterministic, realistic contact-centre articles in Simplified and
 * Traditional Chinese and English, spread over spaces, categories, tags and permission groups.
 */
package io.kbplatform.bench.corpus;
