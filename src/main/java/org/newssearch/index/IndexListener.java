package org.newssearch.index;

import org.newssearch.ingest.InputFailure;

/** What a batch run tells its caller as it goes. Called from worker threads: must be thread-safe. */
public interface IndexListener {

  IndexListener SILENT = new IndexListener() {};

  /** An input or record was not indexed; the run goes on. */
  default void failed(InputFailure failure) {}

  /** Something was repaired on the way (an encoding fallback). */
  default void warned(InputFailure warning) {}

  /** An article already in the index under another origin (or earlier in this run). */
  default void duplicate(String id, String origin) {}

  /** Called four times a second with the counts so far, and once more at the end. */
  default void progress(IndexProgress progress) {}
}
