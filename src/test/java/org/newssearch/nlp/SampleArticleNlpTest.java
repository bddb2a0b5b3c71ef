package org.newssearch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newssearch.ingest.PlainTextReader;
import org.newssearch.model.Analysis;
import org.newssearch.model.Mention;
import org.newssearch.model.Origin;
import org.newssearch.model.Quote;
import org.newssearch.testing.TestIndexes;

/** The acceptance checks of the entity and quote issues on the sample article in ../shared/seeds. */
class SampleArticleNlpTest {

  static String body;
  static Analysis a;

  @BeforeAll
  static void analyseTheSample() throws Exception {
    assumeTrue(Files.isRegularFile(TestIndexes.sampleArticle()), "skipped: the sample article " + TestIndexes.sampleArticle() + " is absent (../shared is not checked out beside the project)");
    body = PlainTextReader.parse(Files.readString(TestIndexes.sampleArticle()), Origin.of("sample")).body();
    a = NewsNlp.standard().analyze(body);
  }

  private static Map<String, Set<String>> aliases() {
    Map<String, Set<String>> m = new HashMap<>();
    for (Mention e : a.entities()) {
      m.computeIfAbsent(e.type().name() + " " + e.canonical(), k -> new HashSet<>()).add(e.text());
    }
    return m;
  }

  @Test
  void everyNamedEntityIsFound() {
    Set<String> found = aliases().keySet();
    for (String p : List.of("Nazanin Zaghari-Ratcliffe", "Richard Ratcliffe", "Boris Johnson", "Dominic Raab", "Tulip Siddiq", "Jacob Rees-Mogg", "Hamid Baeidinejad", "Qassem Soleimani")) {
      assertTrue(found.contains("PERSON " + p), p + " in " + found);
    }
    for (String l : List.of("Iran", "Tehran", "London")) {
      assertTrue(found.contains("LOCATION " + l), l + " in " + found);
    }
    for (String o : List.of("Foreign Office", "Court of Appeal")) {
      assertTrue(found.contains("ORGANIZATION " + o), o + " in " + found);
    }
  }

  @Test
  void aliasesAreResolved() {
    Map<String, Set<String>> m = aliases();
    assertTrue(m.get("PERSON Richard Ratcliffe").contains("Ratcliffe"), "Mr Ratcliffe is Richard Ratcliffe");
    assertTrue(m.get("PERSON Nazanin Zaghari-Ratcliffe").containsAll(Set.of("Nazanin", "Zaghari-Ratcliffe")), "Nazanin and Mrs Zaghari-Ratcliffe");
    assertTrue(m.get("PERSON Tulip Siddiq").contains("Siddiq"), "Ms Siddiq");
    assertTrue(m.get("PERSON Boris Johnson").contains("Johnson"), "Mr Johnson");
    assertTrue(m.get("PERSON Jacob Rees-Mogg").contains("Rees-Mogg"), "Mr Rees-Mogg");
  }

  private static List<Quote> quotesContaining(String words) {
    List<Quote> out = new ArrayList<>();
    for (Quote q : a.quotes()) {
      if (q.text().contains(words)) {
        out.add(q);
      }
    }
    return out;
  }

  private static List<Quote> group(Quote q) {
    return a.quotes().stream().filter(x -> x.group() == q.group()).toList();
  }

  @Test
  void headlineQuotesAreFound() {
    assertEquals("must be tougher", quotesContaining("must be tougher").get(0).text());
    assertEquals("chesspiece", quotesContaining("chesspiece").get(0).text());
    assertEquals("The husband of jailed Nazanin Zaghari-Ratcliffe", quotesContaining("chesspiece").get(0).speaker(),
        "the headline's participle 'saying' has the sentence's subject, not 'her release from an Iranian prison'");
  }

  @Test
  void theSpokesmansThreeParagraphsAndRessMoggsFour() {
    List<Quote> spokesman = group(quotesContaining("inhumane and completely unacceptable").get(0));
    assertEquals(3, spokesman.size());
    spokesman.forEach(q -> assertEquals("the Prime Minister’s official spokesman", q.speaker()));
    List<Quote> reesMogg = new ArrayList<>(quotesContaining("extraordinarily difficult"));
    reesMogg.addAll(group(quotesContaining("The British Government cannot and must not pay").get(0)));
    assertEquals(4, reesMogg.size());
    reesMogg.forEach(q -> assertEquals("Jacob Rees-Mogg", q.speaker(), q.text()));
  }

  @Test
  void siddiqsParagraphNamingReesMoggIsStillHers() {
    Quote q = quotesContaining("The Leader of the House (Jacob Rees-Mogg)").get(0);
    assertEquals("Tulip Siddiq", q.speaker());
  }

  @Test
  void speakersOfTheHusbandsQuotes() {
    for (String words : List.of("In truth, no breakthrough", "chess piece", "keep going and keep pushing", "brave", "I don’t stand here hopeful", "Nazanin was told way back in 2016")) {
      Quote q = quotesContaining(words).get(0);
      assertEquals("Richard Ratcliffe", q.speaker(), words);
    }
    assertTrue(a.quotes().stream().noneMatch(q -> "Nazanin Zaghari-Ratcliffe".equals(q.speaker())), "she is not quoted in this article");
  }

  @Test
  void innerQuotesAreNotBlindlyTheOuterSpeakers() {
    Quote listen = quotesContaining("listen, I promise you").stream().filter(q -> q.text().startsWith("listen")).findFirst().orElseThrow();
    assertNull(listen.speaker(), "‘They said ‘listen…’’: not Mr Ratcliffe's words");
    Quote different = quotesContaining("I think this is different").stream().filter(q -> q.text().startsWith("I think this is different")).findFirst().orElseThrow();
    assertEquals("Richard Ratcliffe", different.speaker(), "‘I was saying ‘…’’: his own words");
  }
}
