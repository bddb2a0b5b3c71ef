package org.newssearch.ingest;

import java.util.Locale;

/** Byte sizes as people write them: parsing {@code 32MB} and printing {@code 1.3 MB}. */
public final class Sizes {

  private Sizes() {}

  public static String human(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    String[] units = {"KB", "MB", "GB", "TB"};
    double v = bytes;
    int u = -1;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return String.format(Locale.ROOT, v >= 100 || v == Math.rint(v) ? "%.0f %s" : "%.1f %s", v, units[u]);
  }

  /** Parses {@code 512}, {@code 64k}, {@code 32MB}, {@code 1g} (binary units). */
  public static long parse(String s) {
    String t = s.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    if (t.endsWith("B") && t.length() > 1 && !Character.isDigit(t.charAt(t.length() - 2))) {
      t = t.substring(0, t.length() - 1);
    } else if (t.endsWith("B")) {
      t = t.substring(0, t.length() - 1);
    }
    long mult = 1;
    if (!t.isEmpty()) {
      switch (t.charAt(t.length() - 1)) {
        case 'K' -> mult = 1L << 10;
        case 'M' -> mult = 1L << 20;
        case 'G' -> mult = 1L << 30;
        case 'T' -> mult = 1L << 40;
        default -> mult = 1;
      }
      if (mult > 1) {
        t = t.substring(0, t.length() - 1);
      }
    }
    try {
      long v = Long.parseLong(t);
      if (v <= 0) {
        throw new IllegalArgumentException("size must be positive: '" + s + "'");
      }
      return Math.multiplyExact(v, mult);
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("not a size: '" + s + "' (examples: 512k, 32MB, 1g)");
    }
  }
}
