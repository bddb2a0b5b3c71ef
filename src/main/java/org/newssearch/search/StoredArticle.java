package org.newssearch.search;

import java.util.List;

/** An article as stored in the index, for {@code news show}. */
public record StoredArticle(
    String id,
    String externalId,
    String title,
    String body,
    String date,
    String source,
    String author,
    String url,
    String origin,
    List<EntityNames> entities,
    int quotes) {

  /** One entity of the article: type, canonical name, the other names it goes by. */
  public record EntityNames(String type, String canonical, List<String> aliases) {}

  public StoredArticle {
    entities = List.copyOf(entities);
  }
}
