package org.newssearch.model;

import java.util.List;

/** What the language layer found in one text: entity mentions and quotations, in text order. */
public record Analysis(List<Mention> entities, List<Quote> quotes) {

  public static final Analysis EMPTY = new Analysis(List.of(), List.of());

  public Analysis {
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
  }
}
