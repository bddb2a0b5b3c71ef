package org.newssearch.index;

import org.newssearch.model.Analysis;
import org.newssearch.model.Article;
import org.newssearch.nlp.NewsNlp;

/** Entities and quotes of an article's body, for indexing. */
public final class NlpArticleAnalyzer implements ArticleAnalyzer {

  private final NewsNlp nlp;

  public NlpArticleAnalyzer(NewsNlp nlp) {
    this.nlp = nlp;
  }

  public static NlpArticleAnalyzer standard() {
    return new NlpArticleAnalyzer(NewsNlp.standard());
  }

  @Override
  public Analysis analyze(Article article) {
    return nlp.analyze(article.body());
  }
}
