package io.kbplatform.search.query;

/** The cluster refused the query itself (too long or too complex); the REST layer answers 400. */
public class SearchRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SearchRejectedException(Throwable cause) {
    super("The query is too long or too complex; shorten it.", cause);
  }
}
