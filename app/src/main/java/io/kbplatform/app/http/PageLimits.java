package io.kbplatform.app.http;

/**
 * The page size of keyset-paged lists, for {@code @QueryParam("limit") @DefaultValue(PageLimits.
 * DEFAULT) @Bounded(max = PageLimits.MAX) int limit}: a limit outside is a 400 naming it, an absent
 * one is the default. Lists whose rows are small (the audit log) may allow more.
 */
public final class PageLimits {

  /** Rows on a page when the request does not say (a string: it is an annotation's value). */
  public static final String DEFAULT = "50";

  /** The most rows a page may hold. */
  public static final int MAX = 200;

  private PageLimits() {}
}
