package org.newssearch.nlp;

import java.util.ArrayList;
import java.util.List;
import org.newssearch.model.Analysis;
import org.newssearch.model.Mention;
import org.newssearch.model.Quote;

/**
 * The language layer's one entry point: entities with their canonical names and quotations with
 * their speakers, for any English news text. Immutable and thread-safe; the gazetteers load once.
 */
public final class NewsNlp {

  private final Gazetteer gazetteer;
  private final EntityRecognizer entities;
  private final SpeakerAttributor speakers;

  public NewsNlp(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.entities = new EntityRecognizer(gazetteer);
    this.speakers = new SpeakerAttributor(gazetteer);
  }

  /** With the gazetteers shipped in the jar. */
  public static NewsNlp standard() {
    return new NewsNlp(Gazetteer.standard());
  }

  public Analysis analyze(String text) {
    if (text == null || text.isBlank()) {
      return Analysis.EMPTY;
    }
    TokenizedText t = new TokenizedText(text);
    List<QuoteFinder.Found> found = new QuoteFinder().find(t);
    List<Mention> mentions = entities.recognize(t, found);
    List<Quote> quotes = speakers.attribute(t, found, mentions);
    return new Analysis(mentions, quotes);
  }

  /** Entities only (faster when quotes are not needed). */
  public List<Mention> entities(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    TokenizedText t = new TokenizedText(text);
    return entities.recognize(t, new ArrayList<>());
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }
}
