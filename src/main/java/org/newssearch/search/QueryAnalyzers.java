package org.newssearch.search;

import org.apache.lucene.analysis.Analyzer;
import org.newssearch.index.NewsAnalyzers;

/**
 * The analyzers a searcher uses, made once: an analyzer is thread-safe and keeps its token
 * streams per thread, so building new ones for every query would throw that reuse away.
 */
record QueryAnalyzers(Analyzer perField, Analyzer stemmed, Analyzer exact, Analyzer names) {

  static QueryAnalyzers create() {
    return new QueryAnalyzers(NewsAnalyzers.perField(), NewsAnalyzers.stemmed(), NewsAnalyzers.exact(), NewsAnalyzers.names());
  }
}
