package io.kbplatform.content.articlerequest;

/** Where a request stands: open until an editor marks it done or declines it; never reopened. */
public enum ArticleRequestStatus {
  OPEN,
  DONE,
  DECLINED;

  public boolean isOpen() {
    return this == OPEN;
  }
}
