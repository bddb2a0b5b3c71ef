package org.newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

class NewsAnalyzersTest {

  static List<String> tokens(Analyzer a, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("f", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    }
    return out;
  }

  @Test
  void curlyAndStraightApostrophesAndPossessivesAgree() throws IOException {
    Analyzer exact = NewsAnalyzers.exact();
    assertEquals(List.of("nazanin", "case", "isn't", "over"), tokens(exact, "Nazanin’s case isn’t over"));
    assertEquals(List.of("nazanin", "case", "isn't", "over"), tokens(exact, "Nazanin's case isn't over"));
    assertEquals(List.of("chess", "piece"), tokens(exact, "‘chess piece’"));
  }

  @Test
  void diacriticsAndDottedAcronymsFold() throws IOException {
    Analyzer exact = NewsAnalyzers.exact();
    assertEquals(List.of("jose", "zoe", "muller", "lodz"), tokens(exact, "José Zoë Müller Łódź"));
    assertEquals(List.of("us", "uk", "talks"), tokens(exact, "U.S. U.K. talks"));
  }

  @Test
  void stemmedFieldMapsBritishToAmericanSpellingBeforeStemming() throws IOException {
    Analyzer stemmed = NewsAnalyzers.stemmed();
    assertEquals(tokens(stemmed, "the colour of the centre, organised travellers analysed"), tokens(stemmed, "the color of the center, organized travelers analyzed"));
    assertEquals(tokens(stemmed, "defence programmes"), tokens(stemmed, "defense programs"));
    assertEquals(List.of("rise", "advertise", "surprise"), tokens(stemmed, "rise advertise surprise"), "-ise that is not -ize stays");
  }

  @Test
  void exactFieldKeepsWordFormsForPhrases() throws IOException {
    assertEquals(List.of("used", "as", "a", "chess", "piece"), tokens(NewsAnalyzers.exact(), "used as a chess piece"));
    assertEquals(List.of("use", "as", "a", "tank", "piece"), tokens(NewsAnalyzers.stemmed(), "used as a tanks piece"));
    assertEquals(List.of("us", "trade"), tokens(NewsAnalyzers.stemmed(), "U.S. trade"), "KStem keeps US apart from used");
  }

  @Test
  void pluralsKStemKeepsWholeMeetTheirSingulars() throws IOException {
    Analyzer stemmed = NewsAnalyzers.stemmed();
    // KStem's dictionary lists these plurals as words of their own
    assertEquals(tokens(stemmed, "share year talk troop piece sale earning"), tokens(stemmed, "shares years talks troops pieces sales earnings"));
    assertEquals(List.of("news", "goods", "always", "crisis", "williams"), tokens(stemmed, "news goods always crisis Williams"),
        "words that only look plural, a singular of another meaning, a surname that is a given name plus s");
    assertEquals(List.of("price", "body"), tokens(stemmed, "prices bodies"), "KStem's own plurals as before");
  }

  @Test
  void namesDropHonorifics() throws IOException {
    assertEquals(List.of("johnson"), tokens(NewsAnalyzers.names(), "Mr Johnson"));
    assertEquals(List.of("nazanin", "zaghari-ratcliffe"), tokens(NewsAnalyzers.names(), "Mrs Nazanin Zaghari-Ratcliffe"));
    assertEquals(List.of("johnson", "us"), tokens(NewsAnalyzers.names(), "Mr. Johnson’s U.S."));
  }

  @Test
  void offsetsPointIntoTheOriginalText() throws IOException {
    String text = "‘Nazanin’s’ case";
    try (TokenStream ts = NewsAnalyzers.exact().tokenStream("f", text)) {
      OffsetAttribute o = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      ts.incrementToken();
      assertEquals("Nazanin’s", text.substring(o.startOffset(), o.endOffset()));
      ts.end();
    }
  }

  /** Term@position of every token, positions counted from the increments. */
  private static List<String> positioned(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
    PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
    int pos = -1;
    ts.reset();
    while (ts.incrementToken()) {
      pos += inc.getPositionIncrement();
      out.add(t + "@" + pos);
    }
    ts.end();
    ts.close();
    return out;
  }

  @Test
  void indexedStemsAreTheStemmedChainsTokensThatDifferFromTheWord() throws IOException {
    String text = "In 1987 the colours of 3 organised ‘teams’ used 1,250.5 dlrs, U.S. officials said; "
        + "it’s 2nd-quarter sales rose 12 pct to 4.5 mln as the bank’s managers travelled to 10 cities. "
        + "He was used as a chess piece by 2 or 3 men in the 1980s and the colours faded, he said, as before.";
    List<String> exact = positioned(AnalyzedText.of("body", text).exact());
    List<String> stemmed = positioned(NewsAnalyzers.stemmed().tokenStream("body", text));
    assertEquals(exact.size(), stemmed.size());
    List<String> changed = new ArrayList<>();
    for (int i = 0; i < exact.size(); i++) {
      if (!exact.get(i).equals(stemmed.get(i))) {
        changed.add(stemmed.get(i));
      }
    }
    // run twice: the second pass answers from the thread's memo
    assertEquals(changed, positioned(AnalyzedText.of("body", text).stemmed()));
    assertEquals(changed, positioned(AnalyzedText.of("body", text).stemmed()));
    assertTrue(changed.containsAll(List.of("color@3", "use@8", "sale@17", "traveled@28")), changed.toString());
  }

  @Test
  void shortWordsAndWordsWithoutLettersSkipTheStemmerSafely() throws IOException {
    List<String> words = new ArrayList<>();
    String chars = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (char a : chars.toCharArray()) {
      words.add(String.valueOf(a));
      for (char b : chars.toCharArray()) {
        words.add("" + a + b);
      }
    }
    words.addAll(List.of("1987", "1,250.5", "12.5", "3/4", "10-12", "2,000,000", "0.75", "1980's"));
    for (String w : words) {
      char[] c = w.toCharArray();
      if (AnalyzedText.unchangedByStemming(c, 0, c.length)) {
        assertEquals(tokens(NewsAnalyzers.exact(), w), tokens(NewsAnalyzers.stemmed(), w), w);
      }
    }
  }
}
