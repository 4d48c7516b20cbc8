package io.kbplatform.app.testsupport;

/** JUnit tags on integration-test classes, selected by the CI script (.ci/run). */
public final class TestTags {

  /**
   * The class runs no SQL of its own (Elasticsearch only, or a browser or a relevance run over what
   * other classes already cover): a second database (the PostgreSQL pass) would check nothing new,
   * at a high cost. Give the reason next to the tag.
   */
  public static final String NO_OWN_SQL = "no-own-sql";

  private TestTags() {}
}
