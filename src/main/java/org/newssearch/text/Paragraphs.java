package org.newssearch.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraph structure of plain text. News files put one paragraph per line with blank lines
 * between (the sample article), or hard-wrap lines and indent each new paragraph (Reuters). Quote
 * continuation depends on paragraph boundaries, so both layouts must come out right.
 */
public final class Paragraphs {

  /** Separator between paragraphs of a normalised body. */
  public static final String SEPARATOR = "\n\n";

  private Paragraphs() {}

  /** A paragraph as a span of the original text, trimmed of surrounding whitespace. */
  public record Span(int start, int end) {}

  /**
   * Splits text into paragraphs and joins the lines of each with single spaces. The result joined
   * with {@link #SEPARATOR} is the normalised body every reader produces.
   */
  public static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (Span s : spans(text)) {
      String p = collapseWhitespace(text.substring(s.start(), s.end()));
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  /** Normalises text to paragraphs separated by one blank line. */
  public static String normalise(String text) {
    return isNormalised(text) ? text : String.join(SEPARATOR, split(text));
  }

  /**
   * True when the text is already paragraphs of single-spaced words joined by exactly one blank
   * line: the common case for JSON inputs, checked in one pass instead of rebuilt.
   */
  static boolean isNormalised(String text) {
    int n = text.length();
    if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ' || text.charAt(0) == '\n' || text.charAt(n - 1) == '\n') {
      return n == 0;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (i + 2 >= n || text.charAt(i + 1) != '\n' || text.charAt(i + 2) == '\n' || text.charAt(i + 2) == ' ' || text.charAt(i - 1) == ' ') {
          return false;
        }
        i++;
      } else if (c == ' ') {
        if (text.charAt(i + 1) == ' ') {
          return false;
        }
      } else if (c < ' ' || (c > 0x7f && (Character.isWhitespace(c) || Character.isSpaceChar(c)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Paragraph spans of raw text, for analysis that must report offsets into exactly that text.
   * Blank lines always separate paragraphs; inside a block, a line starting with an indent starts
   * a new one; a block of long unindented lines (one paragraph per line, no blank lines) is split
   * at every line.
   */
  public static List<Span> spans(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int blockStart = 0;
    int i = 0;
    while (i <= n) {
      int lineEnd = text.indexOf('\n', i);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      boolean blank = isBlank(text, i, lineEnd);
      if (blank || lineEnd == n) {
        int blockEnd = blank ? i : n;
        splitBlock(text, blockStart, blockEnd, out);
        blockStart = lineEnd + 1;
      }
      i = lineEnd + 1;
    }
    return out;
  }

  private static void splitBlock(String text, int start, int end, List<Span> out) {
    if (isBlank(text, start, end)) {
      return;
    }
    List<int[]> lines = new ArrayList<>();
    int i = start;
    while (i < end) {
      int e = text.indexOf('\n', i);
      if (e < 0 || e > end) {
        e = end;
      }
      lines.add(new int[] {i, e});
      i = e + 1;
    }
    long totalLength = 0;
    for (int[] l : lines) {
      totalLength += l[1] - l[0];
    }
    boolean linePerParagraph = lines.size() > 1 && totalLength / lines.size() > 100;
    int paraStart = lines.get(0)[0];
    for (int k = 1; k < lines.size(); k++) {
      int[] line = lines.get(k);
      boolean indented = line[1] > line[0] && (text.charAt(line[0]) == ' ' || text.charAt(line[0]) == '\t');
      if (linePerParagraph || indented) {
        addTrimmed(text, paraStart, lines.get(k - 1)[1], out);
        paraStart = line[0];
      }
    }
    addTrimmed(text, paraStart, lines.get(lines.size() - 1)[1], out);
  }

  private static void addTrimmed(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  private static boolean isBlank(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Collapses every run of whitespace (including no-break spaces) to one space and trims. */
  public static String collapseWhitespace(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
      } else {
        if (space && !sb.isEmpty()) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Shortens text at a word boundary to at most {@code max} characters, adding an ellipsis. */
  public static String shorten(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int cut = s.lastIndexOf(' ', max - 1);
    if (cut < max / 2) {
      cut = max - 1;
    }
    return s.substring(0, cut).stripTrailing() + "…";
  }
}
