package org.newssearch.search;

import java.time.LocalDate;

/**
 * A quote search: words of the quote (half-remembered is fine), and/or a speaker, and the usual
 * filters.
 *
 * @param text words of the quote, or null for any quote (with a speaker or article filter)
 * @param speaker a name or alias ("Mr Ratcliffe"), or null
 * @param articleId only the quotes of this article, or null
 */
public record QuoteRequest(String text, String speaker, String articleId, LocalDate from, LocalDate to, String source, int limit, int offset) {

  public QuoteRequest {
    if ((text == null || text.isBlank()) && (speaker == null || speaker.isBlank()) && (articleId == null || articleId.isBlank())) {
      throw new IllegalArgumentException("give the words of a quote, --speaker NAME or --article ID");
    }
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

  public static QuoteRequest text(String text) {
    return new QuoteRequest(text, null, null, null, null, null, 10, 0);
  }

  public QuoteRequest withLimit(int n) {
    return new QuoteRequest(text, speaker, articleId, from, to, source, n, offset);
  }

  public static QuoteRequest speaker(String speaker) {
    return new QuoteRequest(null, speaker, null, null, null, null, 10, 0);
  }
}
