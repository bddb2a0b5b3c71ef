package org.newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
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
}
