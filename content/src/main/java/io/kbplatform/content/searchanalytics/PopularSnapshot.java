package io.kbplatform.content.searchanalytics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * An immutable set of queries with their popularity rank, sorted for prefix look-ups: a binary
 * search finds the first query with the prefix, the matches follow it.
 */
final class PopularSnapshot {

  static final PopularSnapshot EMPTY = new PopularSnapshot(List.of());

  private final String[] sorted;
  private final int[] rank;
  private final List<String> byPopularity;

  /** From queries in popularity order, most popular first (duplicates keep their best rank). */
  PopularSnapshot(List<String> mostPopularFirst) {
    List<String> distinct = mostPopularFirst.stream().distinct().toList();
    this.byPopularity = distinct;
    Integer[] order = new Integer[distinct.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(distinct::get));
    this.sorted = new String[order.length];
    this.rank = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      sorted[i] = distinct.get(order[i]);
      rank[i] = order[i];
    }
  }

  int size() {
    return sorted.length;
  }

  /** Up to {@code limit} queries that start with the prefix, most popular first. */
  List<String> startingWith(String prefix, int limit) {
    if (limit <= 0 || sorted.length == 0) {
      return List.of();
    }
    if (prefix == null || prefix.isEmpty()) {
      return byPopularity.subList(0, Math.min(limit, byPopularity.size()));
    }
    int at = Arrays.binarySearch(sorted, prefix);
    int first = at >= 0 ? at : -at - 1;
    List<Integer> ranks = new ArrayList<>();
    for (int i = first; i < sorted.length && sorted[i].startsWith(prefix); i++) {
      ranks.add(rank[i]);
    }
    return ranks.stream().sorted().limit(limit).map(byPopularity::get).toList();
  }
}
