package org.newssearch.model;

import java.util.Objects;

/**
 * One news article as read from a file. {@code body} holds the paragraphs separated by one blank
 * line ({@code "\n\n"}); entity and quote offsets are Java string indices into it.
 *
 * @param id the document id: the URL when there is one, else a hash of the normalised title and
 *     body (see {@code ingest.ArticleIds})
 * @param externalId an id the input gave itself (a JSON line's {@code id}), or null
 */
public record Article(
    String id,
    Origin origin,
    String title,
    String body,
    PubDate date,
    String source,
    String author,
    String url,
    String externalId) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(origin, "origin");
    title = title == null ? "" : title;
    body = body == null ? "" : body;
    source = blankToNull(source);
    author = blankToNull(author);
    url = blankToNull(url);
    externalId = blankToNull(externalId);
    if (title.isBlank() && body.isBlank()) {
      throw new IllegalArgumentException("article " + id + " has neither title nor body");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
