package io.kbplatform.search.query;

import java.util.Arrays;
import java.util.Optional;

/** A dimension results can be filtered and counted by; {@link #key()} is its name in the API. */
public enum Facet {
  SPACE("space", "space"),
  CATEGORY("category", "category"),
  TAGS("tags", "tags"),
  TEMPLATE("template", "template"),
  STATUS("status", "status"),
  /** {@code verified} or {@code needs_review}. */
  VERIFICATION("verification", "needs_review"),
  /**
   * Buckets of the last update: {@code 7d}, {@code 30d}, {@code 90d}, {@code 365d}, {@code older}.
   */
  UPDATED("updated", "updated_at");

  private final String key;
  private final String field;

  Facet(String key, String field) {
    this.key = key;
    this.field = field;
  }

  public String key() {
    return key;
  }

  /** The index field it counts. */
  public String field() {
    return field;
  }

  public static Optional<Facet> byKey(String key) {
    return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
  }
}
