package org.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.Query;
import org.junit.jupiter.api.Test;

class NewsQueryParserTest {

  private final NewsQueryParser parser = new NewsQueryParser(null, false);

  private String error(String q) {
    return assertThrows(QueryException.class, () -> parser.parse(q)).getMessage();
  }

  @Test
  void malformedQueriesSayWhatIsWrongAndWhere() {
    assertEquals("incomplete query: it ends where a term or ')' was expected", error("iran AND"));
    assertEquals("unterminated phrase: the quote at column 6 is never closed", error("iran \"chess piece"));
    assertEquals("unexpected ')' at column 6 (a ')' without its '(')", error("iran )"));
    assertTrue(error("colour:red").startsWith("unknown field 'colour:'"), error("colour:red"));
    assertEquals("not a date: '2020-13-45' (use 2020-01-16, 2020-01 or 2020)", error("date:2020-13-45"));
    assertEquals("empty query", error("   "));
  }

  @Test
  void curlyQuotesMakeAPhraseLikeStraightOnes() throws Exception {
    assertEquals(parser.parse("\"chess piece\""), parser.parse("“chess piece”"));
    assertEquals(parser.parse("\"chess piece\""), parser.parse("„chess piece“"));
  }

  @Test
  void bareWordsAreStemmedAndRequiredPhrasesAreExact() throws Exception {
    String words = parser.parse("chess pieces").toString();
    assertTrue(words.contains("title:chess") && words.contains("body:chess") && words.startsWith("+"), words);
    String phrase = parser.parse("\"chess pieces\"").toString();
    assertTrue(phrase.contains("body.exact:\"chess pieces\"") && phrase.contains("title.exact:\"chess pieces\""), phrase);
  }

  @Test
  void fieldsDatesAndNamesMapToTheSchema() throws Exception {
    Query q = parser.parse("date:2020-01");
    assertTrue(q.toString().startsWith("date:["), q.toString());
    assertEquals(parser.parse("person:Johnson"), parser.parse("person:\"Mr Johnson\""), "honorifics do not count in names");
    assertTrue(parser.parse("source:\"Daily Courier\"").toString().contains("source:\"daily courier\""));
  }

  @Test
  void queriesWithTooManyClausesAreRefused() {
    String many = "a1" + " OR a1".repeat(1500);
    assertTrue(error(many).contains("the limit is 1024"), error(many));
  }
}
