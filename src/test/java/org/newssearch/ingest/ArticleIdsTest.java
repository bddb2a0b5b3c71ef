package org.newssearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.newssearch.model.Article;
import org.newssearch.model.Origin;

class ArticleIdsTest {

  @Test
  void urlsAreNormalised() {
    assertEquals("https://example.com/a/b", ArticleIds.normaliseUrl("HTTP://WWW.Example.com/a/b/#top"));
    assertEquals("https://example.com/a?id=3", ArticleIds.normaliseUrl("https://example.com/a?utm_source=tw&id=3&fbclid=x"));
    assertNull(ArticleIds.normaliseUrl("not a url"));
    assertNull(ArticleIds.normaliseUrl("ftp://example.com/a"));
  }

  @Test
  void typographyCaseAndWhitespaceDoNotChangeTheHash() {
    String a = ArticleIds.contentHash("Mayor’s “tram” plan", "He said: ‘It isn’t over.’\n\nNext   paragraph.");
    String b = ArticleIds.contentHash("mayor's \"tram\" plan", "He said: 'It isn't over.' Next paragraph.");
    assertEquals(a, b);
    assertNotEquals(a, ArticleIds.contentHash("Mayor's tram plan", "He said: It is over."));
  }

  @Test
  void anHtmlPageAndATextCopyOfOneArticleGetOneId() throws Exception {
    Article html = HtmlReader.parse(
        "<html><head><meta property=\"og:title\" content=\"Mayor’s tram plan\"></head><body><article>"
            + "<p>The mayor said the city “cannot wait”.</p><p>A vote follows in June.</p></article></body></html>",
        Origin.of("a.html"));
    Article text = PlainTextReader.parse("Title: Mayor's tram plan\n\nThe mayor said the city \"cannot wait\".\n\nA vote follows\nin June.\n", Origin.of("a.txt"));
    assertEquals(html.id(), text.id());
  }
}
