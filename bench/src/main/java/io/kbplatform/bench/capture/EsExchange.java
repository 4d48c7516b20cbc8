package io.kbplatform.bench.capture;

import java.util.List;

/**
 * One request the app sent to Elasticsearch while answering a search, and the ids of the hits in
 * Elasticsearch's answer (to check that a replay answers alike).
 *
 * @param kind what the request does, from its body: {@code knn}, {@code keyword}, {@code
 *     keyword+knn}, or the path's last segment
 */
public record EsExchange(
    String method,
    String path,
    String contentType,
    String body,
    int status,
    String kind,
    List<String> hitIds) {}
