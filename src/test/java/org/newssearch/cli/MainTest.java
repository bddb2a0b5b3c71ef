package org.newssearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.testing.TestIndexes;

class MainTest {

  @TempDir static Path dir;
  static String index;

  @BeforeAll
  static void indexSomething() throws Exception {
    Path in = dir.resolve("in");
    TestIndexes.write(in, "a.txt", "Title: Chess club wins\nDate: 2020-03-01\nSource: The Daily Courier\n\nThe coach said she was more than a chess piece.\n");
    TestIndexes.write(in, "b.jsonl", "{\"title\":\"Tanks\",\"body\":\"The Court of Appeal heard the tanks case.\",\"source\":\"Wire\"}\n");
    index = dir.resolve("index").toString();
    CliRunner.Result r = CliRunner.run("index", "--index", index, in.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("Indexed into "), r.out());
    assertTrue(r.out().contains("2 added, 0 updated, 0 unchanged, 0 duplicates, 0 pruned, 0 failed"), r.out());
  }

  @Test
  void searchPrintsJsonWithMarkedPhrases() throws Exception {
    CliRunner.Result r = CliRunner.run("search", "--index", index, "--json", "“chess piece”");
    assertEquals(0, r.exit(), r.err());
    JsonNode j = new ObjectMapper().readTree(r.out());
    assertEquals(1, j.get("total").asInt());
    assertTrue(j.has("took_ms"));
    JsonNode hit = j.get("hits").get(0);
    for (String f : new String[] {"id", "title", "date", "source", "origin", "score", "snippet"}) {
      assertTrue(hit.has(f), "hit has " + f);
    }
    assertEquals("The coach said she was more than a <mark>chess piece</mark>.", hit.get("snippet").asText());
  }

  @Test
  void searchPrintsTextAndCsv() {
    CliRunner.Result text = CliRunner.run("search", "--index", index, "--color", "never", "tanks");
    assertEquals(0, text.exit());
    assertTrue(text.out().startsWith("1 article for tanks"), text.out());
    assertTrue(text.out().contains("The Court of Appeal heard the [tanks] case."), text.out());
    CliRunner.Result csv = CliRunner.run("search", "--index", index, "--csv", "tanks OR chess");
    assertEquals(0, csv.exit());
    assertTrue(csv.out().startsWith("rank,id,title,date,source,origin,score,snippet\n"), csv.out());
    assertEquals(3, csv.out().split("\n").length);
  }

  @Test
  void aMalformedQueryIsOneLineAndExitTwo() {
    CliRunner.Result r = CliRunner.run("search", "--index", index, "chess AND");
    assertEquals(2, r.exit());
    assertEquals("news: query error: incomplete query: it ends where a term or ')' was expected\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void usageErrorsExitTwoAndAMissingIndexExitsThree() {
    CliRunner.Result bad = CliRunner.run("search", "--index", index, "--sort", "sideways", "x");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().contains("--sort"), bad.err());
    CliRunner.Result none = CliRunner.run("search", "--index", dir.resolve("nowhere").toString(), "x");
    assertEquals(3, none.exit());
    assertTrue(none.err().startsWith("news: no index at "), none.err());
    assertFalse(none.err().contains("Exception"), none.err());
  }

  @Test
  void showAndStats() {
    CliRunner.Result s = CliRunner.run("stats", "--index", index);
    assertEquals(0, s.exit());
    assertTrue(s.out().contains("articles: 2"), s.out());
    CliRunner.Result missing = CliRunner.run("show", "--index", index, "nope");
    assertEquals(1, missing.exit());
    assertEquals("news: no article with id 'nope'\n", missing.err());
  }

  @Test
  void everyCommandHasHelp() {
    for (String c : new String[] {"index", "search", "show", "stats", "delete", "check"}) {
      CliRunner.Result r = CliRunner.run(c, "--help");
      assertEquals(0, r.exit(), c);
      assertTrue(r.out().contains("--index"), c + " documents --index");
    }
  }
}
