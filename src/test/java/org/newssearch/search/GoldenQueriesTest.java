package org.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.index.IndexOptions;
import org.newssearch.testing.TestIndexes;

/** Runs the golden query file over an index of corpus/, one dynamic test per query. */
class GoldenQueriesTest {

  @TempDir static Path dir;
  static NewsSearcher searcher;

  @BeforeAll
  static void indexCorpus() throws Exception {
    Path index = dir.resolve("index");
    TestIndexes.Run run = TestIndexes.index(index, IndexOptions.defaults().withThreads(2), org.newssearch.index.NlpArticleAnalyzer.standard(), TestIndexes.corpus());
    assertEquals(List.of(), run.failures(), "the corpus indexes cleanly");
    searcher = NewsSearcher.open(index);
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  @TestFactory
  Stream<DynamicTest> goldenQueries() throws Exception {
    JsonNode root;
    try (InputStream in = GoldenQueriesTest.class.getResourceAsStream("/golden/queries.json")) {
      root = new ObjectMapper().readTree(in);
    }
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode q : root.get("queries")) {
      String query = q.get("query").asText();
      JsonNode o = q.path("options");
      tests.add(DynamicTest.dynamicTest(query + (o.isMissingNode() ? "" : " " + o), () -> {
        SearchRequest req = new SearchRequest(
            query,
            o.has("from") ? java.time.LocalDate.parse(o.get("from").asText()) : null,
            o.has("to") ? java.time.LocalDate.parse(o.get("to").asText()) : null,
            o.has("source") ? o.get("source").asText() : null,
            o.has("sort") ? SearchRequest.Sort.valueOf(o.get("sort").asText().toUpperCase(java.util.Locale.ROOT)) : SearchRequest.Sort.RELEVANCE,
            100,
            0,
            false);
        List<String> got = searcher.search(req).hits().stream().map(h -> name(h.origin())).toList();
        List<String> want = new ArrayList<>();
        q.get("hits").forEach(h -> want.add(h.asText()));
        if (q.get("expect").asText().equals("ordered")) {
          assertEquals(want, got.subList(0, Math.min(got.size(), want.size())), query);
        } else {
          assertEquals(want.stream().sorted().toList(), got.stream().sorted().toList(), query);
        }
      }));
    }
    return tests.stream();
  }

  /** us-11-x.txt, or wire-2024.jsonl#line 3: the origin without its folders. */
  static String name(String origin) {
    return origin.substring(origin.lastIndexOf('/') + 1);
  }
}
