package org.newssearch.index;

/**
 * Counts of a batch run so far, or at its end.
 *
 * @param bytesTotal the size of all input files found (0 until the files have been counted)
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

  public double megabytesPerSecond() {
    double s = seconds();
    return s <= 0 ? 0 : bytesDone / 1048576.0 / s;
  }
}
