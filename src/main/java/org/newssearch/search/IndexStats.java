package org.newssearch.search;

import java.util.List;

/** What {@code news stats} shows. */
public record IndexStats(
    long articles,
    long quotes,
    long origins,
    List<Count> sources,
    String firstDate,
    String lastDate,
    long undated,
    long sizeBytes,
    int segments) {

  public record Count(String name, long count) {}

  public IndexStats {
    sources = List.copyOf(sources);
  }
}
