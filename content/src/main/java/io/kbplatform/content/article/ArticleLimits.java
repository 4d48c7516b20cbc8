package io.kbplatform.content.article;

/** Sizes shared by the columns, the validation of requests and the documentation. */
public final class ArticleLimits {

  public static final int TITLE_LENGTH = 300;
  public static final int BODY_LENGTH = 1_000_000;
  public static final int TAG_LENGTH = 64;
  public static final int MAX_TAGS = 50;
  public static final int CHANGE_NOTE_LENGTH = 500;

  private ArticleLimits() {}
}
