package org.newssearch.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A highlighted excerpt: text segments, some marked as matches. Rendered as HTML with
 * {@code <mark>} (JSON), with terminal colours, or as plain text (CSV), by the command line.
 */
public record Snippet(List<Segment> segments) {

  /** Separator between passages taken from different places in the text. */
  public static final String ELLIPSIS = " … ";

  public record Segment(String text, boolean match) {}

  public Snippet {
    segments = List.copyOf(segments);
  }

  public static Snippet plain(String text) {
    return new Snippet(text.isEmpty() ? List.of() : List.of(new Segment(text, false)));
  }

  public String toPlain() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      sb.append(s.text());
    }
    return sb.toString();
  }

  /** HTML-escaped text with matches in {@code <mark>…</mark>}. */
  public String toHtml() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (s.match()) {
        sb.append("<mark>").append(escapeHtml(s.text())).append("</mark>");
      } else {
        sb.append(escapeHtml(s.text()));
      }
    }
    return sb.toString();
  }

  public List<String> matches() {
    List<String> out = new ArrayList<>();
    for (Segment s : segments) {
      if (s.match()) {
        out.add(s.text());
      }
    }
    return out;
  }

  public boolean isEmpty() {
    return segments.isEmpty();
  }

  public static String escapeHtml(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
