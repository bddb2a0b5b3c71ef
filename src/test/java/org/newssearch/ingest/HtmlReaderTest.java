package org.newssearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newssearch.model.Article;
import org.newssearch.model.Origin;

class HtmlReaderTest {

  @Test
  void metadataComesFromOpenGraphAndArticleTags() throws Exception {
    Article a = ReaderFixtures.read(ReaderFixtures.fixture("page.html")).articles().get(0);
    assertEquals("Mayor backs tram plan", a.title());
    assertEquals("2022-05-04T07:30:00Z", a.date().toString());
    assertEquals("The Test Gazette", a.source());
    assertEquals("Priya Lal", a.author());
    assertEquals("https://www.testgazette.example/news/tram-plan?utm_source=x", a.url());
    assertEquals("https://testgazette.example/news/tram-plan", a.id(), "tracking parameters and www. do not make another article");
  }

  @Test
  void bodyIsTheArticleParagraphsWithoutBoilerplate() throws Exception {
    Article a = ReaderFixtures.read(ReaderFixtures.fixture("page.html")).articles().get(0);
    assertEquals(
        List.of(
            "The mayor of Leeds has backed a £2 billion tram plan, saying the city “cannot wait another decade”.",
            "Funding gap",
            "Councillors said the scheme would need government money — and soon.",
            "The plan goes to a vote in June."),
        List.of(a.body().split("\n\n")));
    for (String junk : List.of("cookies", "Share on Facebook", "Most read", "waste of money", "newsletter", "sofa", "Photo:", "By Priya Lal", "©")) {
      assertFalse(a.body().contains(junk), "boilerplate leaked: " + junk);
    }
  }

  @Test
  void jsonLdGivesHeadlineDateAuthorAndPublisher() throws Exception {
    Article a = ReaderFixtures.read(ReaderFixtures.fixture("jsonld.html")).articles().get(0);
    assertEquals("Storm warning issued for coast", a.title());
    assertEquals("2023-11-02", a.date().toString());
    assertEquals("Tom Reyes", a.author());
    assertEquals("Coast News", a.source());
    assertEquals(2, a.body().split("\n\n").length);
  }

  @Test
  void timeElementGivesTheDateWhenMetaTagsAreMissing() throws Exception {
    Article a = HtmlReader.parse(
        "<html><body><article><h1>Quiet day</h1><time datetime=\"2019-07-01T10:00:00Z\">1 July</time>"
            + "<p>Nothing much happened in the town today, which the residents said they enjoyed a great deal.</p></article></body></html>",
        Origin.of("x.html"));
    assertEquals("Quiet day", a.title());
    assertEquals("2019-07-01T10:00:00Z", a.date().toString());
  }

  @Test
  void truncatedHtmlIsRepairedAndRead() throws Exception {
    Article a = HtmlReader.parse("<html><body><article><h1>Cut off</h1><p>The first paragraph arrived whole.<p>The second was cut", Origin.of("x.html"));
    assertEquals("The first paragraph arrived whole.\n\nThe second was cut", a.body());
  }

  @Test
  void aPageWithoutTextIsRefused() {
    BadInputException e = assertThrows(BadInputException.class, () -> HtmlReader.parse("<html><body><nav>Home</nav><script>x()</script></body></html>", Origin.of("x.html")));
    assertEquals("no article text found in the page", e.getMessage());
  }
}
