package org.newssearch.search;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One search: the query in Lucene's classic syntax and the options of {@code news search}.
 *
 * @param from first day included, or null
 * @param to last day included, or null
 * @param source publication filter (words of its name), or null
 * @param snippets highlight the body; {@code titleSnippets} the title too
 */
public record SearchRequest(String query, LocalDate from, LocalDate to, String source, Sort sort, int limit, int offset, boolean snippets, boolean titleSnippets) {

  public enum Sort {
    RELEVANCE,
    DATE
  }

  public SearchRequest {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(sort, "sort");
    if (limit < 0 || limit > 10_000) {
      throw new IllegalArgumentException("--limit must be between 0 and 10000, got " + limit);
    }
    if (offset < 0 || offset > 100_000) {
      throw new IllegalArgumentException("--offset must be between 0 and 100000, got " + offset);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("--from " + from + " is after --to " + to);
    }
  }

  /** Without title highlights (a terminal shows them; JSON and CSV do not need them). */
  public SearchRequest(String query, LocalDate from, LocalDate to, String source, Sort sort, int limit, int offset, boolean snippets) {
    this(query, from, to, source, sort, limit, offset, snippets, false);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, Sort.RELEVANCE, 10, 0, true, false);
  }

  public SearchRequest withLimit(int n) {
    return new SearchRequest(query, from, to, source, sort, n, offset, snippets, titleSnippets);
  }

  public SearchRequest withSnippets(boolean s) {
    return new SearchRequest(query, from, to, source, sort, limit, offset, s, titleSnippets);
  }

  public SearchRequest withTitleSnippets(boolean s) {
    return new SearchRequest(query, from, to, source, sort, limit, offset, snippets, s);
  }
}
