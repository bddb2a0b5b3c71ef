package org.newssearch.cli;

import java.util.Locale;

/**
 * What the output is connected to. The launcher knows for sure ({@code [ -t 1 ]}) and passes
 * {@code news.stdout.tty}/{@code news.stderr.tty}; run any other way we fall back to whether the
 * JVM has a console. Colour also honours {@code NO_COLOR} and {@code TERM=dumb}.
 */
public record Terminal(boolean stdoutTty, boolean stderrTty, boolean color, int width) {

  public static final Terminal NONE = new Terminal(false, false, false, 100);

  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String MATCH = "\u001b[1;33m";
  private static final String RESET = "\u001b[0m";

  public enum ColorMode {
    AUTO,
    ALWAYS,
    NEVER
  }

  public static Terminal detect(ColorMode mode) {
    boolean console = System.console() != null;
    boolean out = flag("news.stdout.tty", console);
    boolean err = flag("news.stderr.tty", console);
    String term = System.getenv("TERM");
    boolean colorOk = System.getenv("NO_COLOR") == null && !"dumb".equals(term);
    boolean color = switch (mode) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> out && colorOk;
    };
    int width = 100;
    try {
      String cols = System.getenv("COLUMNS");
      if (cols != null) {
        width = Math.max(40, Integer.parseInt(cols.strip()));
      }
    } catch (NumberFormatException e) {
      // keep the default
    }
    return new Terminal(out, err, color, width);
  }

  private static boolean flag(String property, boolean fallback) {
    String v = System.getProperty(property);
    return v == null || v.isBlank() ? fallback : v.strip().toLowerCase(Locale.ROOT).equals("true");
  }

  public String bold(String s) {
    return color ? BOLD + s + RESET : s;
  }

  public String dim(String s) {
    return color ? DIM + s + RESET : s;
  }

  public String match(String s) {
    return color ? MATCH + s + RESET : s;
  }
}
