package org.newssearch.search;

import java.util.List;

public record QuoteResults(long total, boolean totalIsExact, long tookMs, List<QuoteHit> hits) {

  public QuoteResults {
    hits = List.copyOf(hits);
  }
}
