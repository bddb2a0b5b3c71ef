package org.newssearch.ingest;

import java.util.Locale;

/** The input formats, each with its reader. */
public enum Format {
  TEXT,
  HTML,
  JSONL,
  SGML;

  public ArticleReader reader() {
    return switch (this) {
      case TEXT -> new PlainTextReader();
      case HTML -> new HtmlReader();
      case JSONL -> new JsonLinesReader();
      case SGML -> new ReutersReader();
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
