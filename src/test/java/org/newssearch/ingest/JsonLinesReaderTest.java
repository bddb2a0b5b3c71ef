package org.newssearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newssearch.model.Article;

class JsonLinesReaderTest {

  @Test
  void readsEveryGoodLineAndReportsEachBadOneWithItsLineNumber() throws Exception {
    ReaderFixtures.Result r = ReaderFixtures.read(ReaderFixtures.fixture("articles.jsonl"));
    assertEquals(List.of("a-1", "a-2", "a-4"), r.articles().stream().map(Article::externalId).toList());
    assertEquals(3, r.failures().size(), r.failures().toString());
    assertTrue(r.failures().get(0).startsWith("line 3: invalid JSON: "), r.failures().get(0));
    assertEquals("line 5: not a JSON object", r.failures().get(1));
    assertEquals("line 7: no title and no body/text", r.failures().get(2));
  }

  @Test
  void fieldsAndAliasesAreRead() throws Exception {
    List<Article> a = ReaderFixtures.read(ReaderFixtures.fixture("articles.jsonl")).articles();
    Article first = a.get(0);
    assertEquals("First story", first.title());
    assertEquals("Para one.\n\nPara two.", first.body());
    assertEquals("2024-01-02", first.date().toString());
    assertEquals("Ann Lee", first.author(), "an author object gives its name");
    assertEquals("https://wire.example/a-1", first.id());
    assertEquals("a-1.jsonl#line 1".replace("a-1.jsonl", "articles.jsonl"), first.origin().toString().substring(first.origin().toString().lastIndexOf('/') + 1));
    assertEquals("Only text here.", a.get(1).body(), "'text' is read as the body");
    assertEquals("2024-03-02", a.get(1).date().toString());
    assertEquals("No title: the first paragraph gives one.", a.get(2).title());
  }
}
