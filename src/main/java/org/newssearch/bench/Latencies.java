package org.newssearch.bench;

import java.util.Arrays;

/** Latencies of one query group, in nanoseconds, with percentiles in milliseconds. */
final class Latencies {

  private long[] nanos = new long[64];
  private int n;

  void add(long ns) {
    if (n == nanos.length) {
      nanos = Arrays.copyOf(nanos, n * 2);
    }
    nanos[n++] = ns;
  }

  int count() {
    return n;
  }

  /** The p-th percentile (nearest rank) in milliseconds. */
  double percentileMs(double p) {
    if (n == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, n);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * n);
    return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
  }

  double meanMs() {
    if (n == 0) {
      return Double.NaN;
    }
    long s = 0;
    for (int i = 0; i < n; i++) {
      s += nanos[i];
    }
    return s / 1e6 / n;
  }
}
