package io.kbplatform.app.validation;

/** What counts as a control character in a name (see {@link NoControlCharacters}). */
public final class ControlCharacters {

  private ControlCharacters() {}

  /**
   * True when the text holds a C0 or C1 control (NUL, tab, line feed, escape, DEL…), a line or
   * paragraph separator, or half of a surrogate pair.
   */
  public static boolean present(String text) {
    return text != null
        && text.codePoints()
            .anyMatch(
                c -> {
                  int type = Character.getType(c);
                  return type == Character.CONTROL
                      || type == Character.LINE_SEPARATOR
                      || type == Character.PARAGRAPH_SEPARATOR
                      || type == Character.SURROGATE;
                });
  }
}
