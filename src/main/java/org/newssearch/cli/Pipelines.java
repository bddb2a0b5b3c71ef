package org.newssearch.cli;

import org.newssearch.index.ArticleAnalyzer;

/** The language pipeline the command line indexes with. */
final class Pipelines {

  private Pipelines() {}

  static ArticleAnalyzer articleAnalyzer() {
    return org.newssearch.index.NlpArticleAnalyzer.standard();
  }
}
