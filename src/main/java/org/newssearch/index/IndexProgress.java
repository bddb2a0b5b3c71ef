package org.newssearch.index;

/**
 * Counts of a batch run so far, or at its end.
 *
 * @param bytesDone bytes of input files dealt with so far, read or skipped (for progress)
 * @param bytesTotal the size of all input files found (0 until the files have been counted)
 * @param bytesRead bytes of the files actually read (for throughput)
 */
public record IndexProgress(
    long added,
    long updated,
    long unchanged,
    long duplicates,
    long pruned,
    long failed,
    long filesRead,
    long filesSkipped,
    long bytesDone,
    long bytesTotal,
    long bytesRead,
    long elapsedNanos) {

  /** Articles handled so far, whatever happened to them. */
  public long articles() {
    return added + updated + unchanged + duplicates;
  }

  public double seconds() {
    return elapsedNanos / 1e9;
  }

  public double articlesPerSecond() {
    double s = seconds();
    return s <= 0 ? 0 : (added + updated + duplicates) / s;
  }

  /** Megabytes of input read per second (files skipped unread do not count). */
  public double megabytesPerSecond() {
    double s = seconds();
    return s <= 0 ? 0 : bytesRead / 1048576.0 / s;
  }
}
