package org.newssearch.cli;

import org.newssearch.index.ArticleAnalyzer;
import org.newssearch.index.NlpArticleAnalyzer;

/** The language pipeline the command line indexes with. */
final class Pipelines {

  private Pipelines() {}

  static ArticleAnalyzer articleAnalyzer() {
    return NlpArticleAnalyzer.standard();
  }
}
