package org.newssearch.index;

import org.newssearch.model.Analysis;
import org.newssearch.model.Article;

/** Finds the entities and quotes of an article before it is indexed. Must be thread-safe. */
@FunctionalInterface
public interface ArticleAnalyzer {

  ArticleAnalyzer NONE = a -> Analysis.EMPTY;

  Analysis analyze(Article article);
}
