package org.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.testing.TestIndexes;

/** Quote search over the corpus and the sample article (the quote issue's acceptance checks). */
class QuoteSearchTest {

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexSampleAndCorpus() throws Exception {
    assumeTrue(Files.isRegularFile(TestIndexes.sampleArticle()), "skipped: the sample article " + TestIndexes.sampleArticle() + " is absent (../shared is not checked out beside the project)");
    index = dir.resolve("index");
    TestIndexes.index(index, TestIndexes.sampleArticle().getParent(), TestIndexes.corpus());
  }

  private static QuoteResults search(QuoteRequest r) throws Exception {
    try (NewsSearcher s = NewsSearcher.open(index)) {
      return s.quotes(r);
    }
  }

  private static boolean fromSample(QuoteHit h) {
    return h.origin().endsWith("000_906534273249c7f4.txt");
  }

  @Test
  void theChessPieceQuoteComesFirst() throws Exception {
    for (String q : List.of("used as a chess piece", "“used as a chess piece”", "chesspiece", "she is being used as a chess-piece", "a chess piece they used her as")) {
      QuoteHit first = search(QuoteRequest.text(q)).hits().get(0);
      assertTrue(fromSample(first), q + " -> " + first);
    }
  }

  @Test
  void halfRememberedQuotesFindTheirSource() throws Exception {
    // words missing, changed, reordered; American spelling for a British text
    for (String q : List.of("sympathy is not enough to get us out", "no breakthrough in truth", "hostage taking should not be happening universal values", "the behavior of our government is unforgivable")) {
      QuoteHit first = search(QuoteRequest.text(q)).hits().get(0);
      assertTrue(fromSample(first), q + " -> " + first.text());
    }
  }

  @Test
  void speakerNamesAndAliasesLikeEntitySearch() throws Exception {
    QuoteResults husband = search(QuoteRequest.speaker("Mr Ratcliffe").withLimit(50));
    List<QuoteHit> fromArticle = husband.hits().stream().filter(QuoteSearchTest::fromSample).toList();
    assertTrue(fromArticle.size() >= 10, "his quotes: " + fromArticle.size());
    fromArticle.forEach(h -> assertEquals("Richard Ratcliffe", h.speaker()));
    QuoteResults wife = search(QuoteRequest.speaker("Nazanin Zaghari-Ratcliffe").withLimit(50));
    assertFalse(wife.hits().stream().anyMatch(QuoteSearchTest::fromSample), "she is not quoted in the sample");
    QuoteResults both = search(new QuoteRequest("brave", "Richard Ratcliffe", null, null, null, null, 10, 0));
    assertTrue(both.hits().stream().allMatch(h -> "Richard Ratcliffe".equals(h.speaker())) && !both.hits().isEmpty());
  }

  @Test
  void quotesCarryTheirArticleAndHighlights() throws Exception {
    QuoteHit h = search(QuoteRequest.text("inhumane and completely unacceptable")).hits().get(0);
    assertEquals("the Prime Minister’s official spokesman", h.speaker());
    assertTrue(h.title().startsWith("The husband of jailed Nazanin Zaghari-Ratcliffe"), h.title());
    assertTrue(h.snippet().toHtml().contains("<mark>inhumane and completely unacceptable</mark>"), h.snippet().toHtml());
    assertEquals("said", h.cue());
  }
}
