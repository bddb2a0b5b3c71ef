package org.newssearch.index;

import java.time.Duration;

/**
 * How a batch run behaves.
 *
 * @param threads worker threads reading, analysing and indexing
 * @param maxBytes largest document or record accepted
 * @param commitEvery commit after this many articles written
 * @param commitInterval and at least this often
 * @param ramBufferMb IndexWriter RAM buffer
 * @param prune remove articles whose origin file has gone
 * @param rebuild start from an empty index
 */
public record IndexOptions(
    int threads,
    long maxBytes,
    int commitEvery,
    Duration commitInterval,
    double ramBufferMb,
    boolean prune,
    boolean rebuild) {

  public static final long DEFAULT_MAX_BYTES = 32L << 20;

  public IndexOptions {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
    }
    if (commitEvery < 1) {
      throw new IllegalArgumentException("--commit-every must be at least 1, got " + commitEvery);
    }
    if (commitInterval.isNegative() || commitInterval.isZero()) {
      throw new IllegalArgumentException("--commit-interval must be positive, got " + commitInterval);
    }
    if (ramBufferMb < 1) {
      throw new IllegalArgumentException("--ram-buffer-mb must be at least 1, got " + ramBufferMb);
    }
  }

  public static IndexOptions defaults() {
    return new IndexOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_BYTES, 10_000, Duration.ofSeconds(60), 64, false, false);
  }

  public IndexOptions withThreads(int n) {
    return new IndexOptions(n, maxBytes, commitEvery, commitInterval, ramBufferMb, prune, rebuild);
  }

  public IndexOptions withRebuild(boolean r) {
    return new IndexOptions(threads, maxBytes, commitEvery, commitInterval, ramBufferMb, prune, r);
  }

  public IndexOptions withPrune(boolean p) {
    return new IndexOptions(threads, maxBytes, commitEvery, commitInterval, ramBufferMb, p, rebuild);
  }

  public IndexOptions withCommits(int every, Duration interval) {
    return new IndexOptions(threads, maxBytes, every, interval, ramBufferMb, prune, rebuild);
  }

  public IndexOptions withMaxBytes(long bytes) {
    return new IndexOptions(threads, bytes, commitEvery, commitInterval, ramBufferMb, prune, rebuild);
  }

  public IndexOptions withRamBufferMb(double mb) {
    return new IndexOptions(threads, maxBytes, commitEvery, commitInterval, mb, prune, rebuild);
  }
}
