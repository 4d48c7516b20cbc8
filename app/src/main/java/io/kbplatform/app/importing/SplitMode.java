package io.kbplatform.app.importing;

/** Whether an import may split long documents into sections ({@code ?split=auto|none}). */
public enum SplitMode {
  /** Long documents become a collection of sections; short ones stay one article. */
  AUTO,
  /** Every document stays one article. */
  NONE
}
