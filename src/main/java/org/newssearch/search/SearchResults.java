package org.newssearch.search;

import java.util.List;

/**
 * @param total matching articles; a lower bound when {@code totalIsExact} is false (past
 *     {@link NewsSearcher#TOTAL_HITS_THRESHOLD}, counting further would cost more than the search)
 */
public record SearchResults(long total, boolean totalIsExact, long tookMs, List<SearchHit> hits) {

  public SearchResults {
    hits = List.copyOf(hits);
  }
}
