package org.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.testing.TestIndexes;

class NewsSearcherTest {

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void build() throws Exception {
    Path in = dir.resolve("in");
    TestIndexes.write(in, "a.txt", "Title: Chess club wins\nDate: 2020-03-01\nSource: The Daily Courier\n\nThe coach said every player was more than a chess piece on the board.\n\nThe colour of the trophy was gold.");
    TestIndexes.write(in, "b.txt", "Title: Prisoner used as chesspiece\nDate: 2021-06-10\nSource: Northern Echo\n\nHer husband said she was being used as a ‘chesspiece’ by the authorities.");
    TestIndexes.write(in, "c.txt", "Title: Tanks debt case\nDate: 2019-01-05\nSource: The Daily Courier\n\nThe Court of Appeal heard the case over a debt for Chieftain tanks.\n\nThe minister said the piece of land was not for sale.");
    TestIndexes.write(in, "d.txt", "Undated article about the color of chess boards and pieces of wood.");
    index = dir.resolve("index");
    assertEquals(4, TestIndexes.index(index, in).progress().added());
  }

  private static List<String> titles(SearchRequest req) throws Exception {
    try (NewsSearcher s = NewsSearcher.open(index)) {
      return s.search(req).hits().stream().map(SearchHit::title).toList();
    }
  }

  private static List<String> titles(String q) throws Exception {
    return titles(SearchRequest.of(q));
  }

  @Test
  void compoundsAreBridgedBothWays() throws Exception {
    assertEquals(List.of("Chess club wins", "Prisoner used as chesspiece"), titles("chesspiece").stream().sorted().toList());
    assertTrue(titles("\"chess piece\"").contains("Prisoner used as chesspiece"));
    assertTrue(titles("chess piece").contains("Prisoner used as chesspiece"));
  }

  @Test
  void phrasesAreExactAndAllWordsAreRequired() throws Exception {
    assertEquals(List.of("Chess club wins"), titles("\"more than a chess piece\""));
    assertEquals(List.of(), titles("\"more than a chess pieces\""));
    assertEquals(List.of("Tanks debt case"), titles("chieftain debt"));
    assertEquals(List.of(), titles("chieftain wombat"));
  }

  @Test
  void britishAndAmericanSpellingsFindEachOther() throws Exception {
    assertEquals(List.of("Chess club wins", "Undated article about the color of chess boards and pieces of wood."), titles("color").stream().sorted().toList());
    assertEquals(titles("color").stream().sorted().toList(), titles("colour").stream().sorted().toList());
  }

  @Test
  void filtersAndSortByDate() throws Exception {
    SearchRequest byDate = new SearchRequest("chess OR tanks OR husband", null, null, null, SearchRequest.Sort.DATE, 10, 0, false);
    assertEquals(List.of("Prisoner used as chesspiece", "Chess club wins", "Tanks debt case", "Undated article about the color of chess boards and pieces of wood."), titles(byDate));
    SearchRequest from = new SearchRequest("chess OR tanks OR husband", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), null, SearchRequest.Sort.RELEVANCE, 10, 0, false);
    assertEquals(List.of("Chess club wins"), titles(from));
    SearchRequest source = new SearchRequest("chess OR tanks OR husband", null, null, "daily courier", SearchRequest.Sort.DATE, 10, 0, false);
    assertEquals(List.of("Chess club wins", "Tanks debt case"), titles(source));
    SearchRequest paged = new SearchRequest("chess OR tanks OR husband", null, null, null, SearchRequest.Sort.DATE, 2, 1, false);
    assertEquals(List.of("Chess club wins", "Tanks debt case"), titles(paged));
  }

  @Test
  void snippetsHighlightWholePhrases() throws Exception {
    try (NewsSearcher s = NewsSearcher.open(index)) {
      SearchHit hit = s.search(SearchRequest.of("\"court of appeal\"")).hits().get(0);
      assertEquals(List.of("Court of Appeal"), hit.snippet().matches());
      assertTrue(hit.snippet().toHtml().contains("<mark>Court of Appeal</mark>"), hit.snippet().toHtml());
    }
  }

  @Test
  void showFindsAnArticleByIdAndStatsCountEverything() throws Exception {
    try (NewsSearcher s = NewsSearcher.open(index)) {
      String id = s.search(SearchRequest.of("chieftain")).hits().get(0).id();
      StoredArticle a = s.show(id).orElseThrow();
      assertEquals("Tanks debt case", a.title());
      assertFalse(s.show("no-such-id").isPresent());
      IndexStats st = s.stats();
      assertEquals(4, st.articles());
      assertEquals(1, st.undated());
      assertEquals("2019-01-05", st.firstDate());
      assertEquals(new IndexStats.Count("The Daily Courier", 2), st.sources().get(0));
    }
  }

  @Test
  void runawayWildcardsAreBounded() throws Exception {
    try (NewsSearcher s = NewsSearcher.open(index)) {
      assertEquals(1, s.search(SearchRequest.of("chie*")).total());
      assertEquals(4, s.search(SearchRequest.of("*e*")).total(), "a leading wildcard on a small index is fine");
    }
    QueryException e = assertThrows(QueryException.class, () -> new NewsQueryParser(new BigVocabulary().reader(), false).parse("*a*"));
    assertTrue(e.getMessage().contains("matches more than 1024 different words"), e.getMessage());
  }

  /** An in-memory index with a large vocabulary, to hit the expansion limit. */
  static final class BigVocabulary {
    org.apache.lucene.index.DirectoryReader reader() throws Exception {
      var dir = new org.apache.lucene.store.ByteBuffersDirectory();
      try (var w = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
          sb.append("wa").append(Integer.toString(i, 26).replace('0', 'q')).append(' ');
        }
        var d = new org.apache.lucene.document.Document();
        d.add(new org.apache.lucene.document.TextField("title.exact", sb.toString(), org.apache.lucene.document.Field.Store.NO));
        w.addDocument(d);
      }
      return org.apache.lucene.index.DirectoryReader.open(dir);
    }
  }
}
