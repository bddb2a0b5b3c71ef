package org.newssearch.index;

import java.util.List;
import java.util.Objects;

/**
 * What incremental indexing remembers of one input file: size and modification time (a cheap
 * "unchanged" test), content hash (the real one when the cheap test fails) and the ids of the
 * articles it holds.
 */
public record OriginState(String file, long size, long mtime, String hash, List<String> refs) {

  public OriginState {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(hash, "hash");
    refs = List.copyOf(refs);
  }
}
