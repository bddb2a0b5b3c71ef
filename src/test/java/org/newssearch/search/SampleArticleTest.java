package org.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.testing.TestIndexes;

/** The acceptance queries of the core issue, over the sample article in ../shared/seeds. */
class SampleArticleTest {

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void indexSampleAndCorpus() throws Exception {
    assumeTrue(Files.isRegularFile(TestIndexes.sampleArticle()), "skipped: the sample article " + TestIndexes.sampleArticle() + " is absent (../shared is not checked out beside the project)");
    index = dir.resolve("index");
    TestIndexes.index(index, TestIndexes.sampleArticle().getParent(), TestIndexes.corpus());
  }

  private static List<String> origins(String q) throws Exception {
    try (NewsSearcher s = NewsSearcher.open(index)) {
      return s.search(SearchRequest.of(q)).hits().stream().map(SearchHit::origin).toList();
    }
  }

  private static boolean hasSample(List<String> origins) {
    return origins.stream().anyMatch(o -> o.endsWith("000_906534273249c7f4.txt"));
  }

  @Test
  void phraseCompoundAndCurlyQuotesAllFindTheSample() throws Exception {
    assertTrue(hasSample(origins("\"chess piece\"")));
    assertTrue(hasSample(origins("chesspiece")));
    assertEquals(origins("\"chess piece\""), origins("“chess piece”"));
  }

  @Test
  void theSampleIsReadAsOneHeaderlessArticle() throws Exception {
    try (NewsSearcher s = NewsSearcher.open(index)) {
      SearchHit hit = s.search(SearchRequest.of("\"Zaghari-Ratcliffe\" \"Chieftain tanks\"")).hits().get(0);
      assertTrue(hit.title().startsWith("The husband of jailed Nazanin Zaghari-Ratcliffe"), hit.title());
      assertEquals(null, hit.date());
      StoredArticle a = s.show(hit.id()).orElseThrow();
      assertEquals(47, a.body().split("\n\n").length, "one paragraph per non-blank line of the file");
    }
  }
}
