package io.kbplatform.search.query;

/** Search cannot answer because the cluster is unreachable; the REST layer answers 503. */
public class SearchUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SearchUnavailableException(Throwable cause) {
    super("Search is temporarily unavailable.", cause);
  }
}
