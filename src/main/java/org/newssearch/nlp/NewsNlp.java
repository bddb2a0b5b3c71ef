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
    QuoteFinder finder = new QuoteFinder(gazetteer);
    List<QuoteFinder.Found> found = finder.find(t);
    List<Mention> mentions = outside(entities.recognize(t, found), finder.titles());
    List<Quote> quotes = speakers.attribute(t, found, mentions);
    return new Analysis(mentions, quotes);
  }

  /** The mentions not inside a title of a work (the film “The Salt Road” names no road). */
  private static List<Mention> outside(List<Mention> mentions, List<QuoteFinder.Found> titles) {
    if (titles.isEmpty()) {
      return mentions;
    }
    List<Mention> out = new ArrayList<>(mentions.size());
    for (Mention m : mentions) {
      boolean inside = false;
      for (QuoteFinder.Found f : titles) {
        inside |= m.start() >= f.start() && m.end() <= f.end();
      }
      if (!inside) {
        out.add(m);
      }
    }
    return out;
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
