package org.newssearch.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds the typographic variety of news text to plain forms: curly quotes, primes and
 * apostrophes to {@code '} and {@code "}, dashes to {@code -}, odd spaces to a space. Used on
 * queries (so {@code “chess piece”} is a phrase) and for the content hash behind article ids.
 */
public final class Folding {

  private Folding() {}

  /** True for the characters news uses as a single quotation mark or apostrophe. */
  public static boolean isSingleQuote(char c) {
    return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u201A' || c == '\u201B'
        || c == '\u2032' || c == '\u00B4' || c == '`' || c == '\uFF07';
  }

  /** True for the characters news uses as a double quotation mark. */
  public static boolean isDoubleQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u201F'
        || c == '\u2033' || c == '\u00AB' || c == '\u00BB' || c == '\uFF02';
  }

  public static boolean isDash(char c) {
    return c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
        || c == '\u2015' || c == '\u2212' || c == '\uFE58' || c == '\uFE63' || c == '\uFF0D';
  }

  /** Maps one character to its plain form; characters with no plain form are returned as is. */
  public static char fold(char c) {
    if (c < 0x80) {
      return c == '`' ? '\'' : c;
    }
    if (isSingleQuote(c)) {
      return '\'';
    }
    if (isDoubleQuote(c)) {
      return '"';
    }
    if (isDash(c)) {
      return '-';
    }
    if (Character.isSpaceChar(c)) {
      return ' ';
    }
    return c;
  }

  /** Folds quotes, apostrophes, dashes and spaces; keeps the length, so offsets stay valid. */
  public static String foldPunctuation(String s) {
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char f = fold(c);
      if (f != c) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = f;
      }
    }
    return out == null ? s : new String(out);
  }

  /** Removes diacritics (é → e, ł → l, ø → o) after canonical decomposition. */
  public static String stripDiacritics(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 0x80;
    }
    if (ascii) {
      return s;
    }
    String d = Normalizer.normalize(s, Normalizer.Form.NFKD);
    StringBuilder sb = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'ł' -> sb.append('l');
        case 'Ł' -> sb.append('L');
        case 'ø' -> sb.append('o');
        case 'Ø' -> sb.append('O');
        case 'đ' -> sb.append('d');
        case 'Đ' -> sb.append('D');
        case 'ß' -> sb.append("ss");
        case 'æ' -> sb.append("ae");
        case 'Æ' -> sb.append("AE");
        case 'œ' -> sb.append("oe");
        case 'Œ' -> sb.append("OE");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * A key that two copies of one text share whatever their typography, markup whitespace or
   * case: letters and digits only, diacritics removed, lower case, single spaces.
   */
  public static String contentKey(String s) {
    String t = stripDiacritics(s);
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && !sb.isEmpty()) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      } else if (!isSingleQuote(c)) { // "isn't" and "isn’t" and "isnt" agree
        space = true;
      }
    }
    return sb.toString().toLowerCase(Locale.ROOT);
  }
}
