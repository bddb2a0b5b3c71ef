package org.newssearch.ingest;

import org.newssearch.model.Article;

/**
 * Receives what a reader finds in one input. A bad record (a JSON line that does not parse, a
 * broken SGML element) goes to {@link #fail} and reading goes on with the next one.
 */
public interface ArticleSink {

  /** One article, in input order. */
  void accept(Article article);

  /** A record that could not be read; {@code position} is a line or byte offset. */
  void fail(String position, String reason);

  /** Something repaired on the way that the user should know (an encoding fallback). */
  void warn(String position, String message);
}
