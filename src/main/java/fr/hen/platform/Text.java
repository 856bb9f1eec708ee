package fr.hen.platform;

/** Rules on text typed by people or sent by systems, shared by the JSON reader, forms and request parameters. */
public final class Text {

  /** The longest excerpt of a refused value echoed back in an error. */
  public static final int EXCERPT = 40;

  private Text() {}

  /** Whether the text holds a control character other than tab, line feed and carriage return (e.g. NUL). */
  public static boolean hasControlCharacter(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text shows something: at least one letter or digit (a name made of a zero-width space, of spaces or
   * of punctuation alone shows nothing), and no invisible formatting or control character.
   */
  public static boolean isVisible(CharSequence text) {
    boolean letterOrDigit = false;
    for (int i = 0; i < text.length(); i = Character.offsetByCodePoints(text, i, 1)) {
      int c = Character.codePointAt(text, i);
      int type = Character.getType(c);
      if (type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED
          || type == Character.PRIVATE_USE || type == Character.SURROGATE) {
        return false;
      }
      letterOrDigit |= Character.isLetterOrDigit(c);
    }
    return letterOrDigit;
  }

  /** A short, printable excerpt of a value for an error message: never the whole of a long value. */
  public static String excerpt(Object value) {
    if (value == null) {
      return "null";
    }
    String s = value.toString();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length() && out.length() < EXCERPT; i++) {
      char c = s.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    return s.length() > EXCERPT ? out + "… (" + s.length() + " characters)" : out.toString();
  }
}
