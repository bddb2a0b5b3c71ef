package org.newssearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs end to end on a small corpus; no timing is asserted. */
class BenchmarkTest {

  @TempDir Path dir;

  @Test
  void runsEndToEndAndWritesItsTables() throws Exception {
    Path reuters = Path.of(BenchmarkTest.class.getResource("/fixtures/readers/reuters.sgm").toURI()).getParent();
    StringWriter log = new StringWriter();
    Benchmark.Result r = new Benchmark(new Benchmark.Options(reuters, 3, 2, 16, 20, 7, dir.resolve("work"), false), new PrintWriter(log)).run();
    assertEquals(12, r.corpusArticles(), "4 readable fixture articles, 3 copies");
    assertEquals(12, r.baseline().articles());
    assertEquals(12, r.textOnly().articles());
    assertEquals(12, r.full().articles());
    assertTrue(r.throughputRatio() > 0);
    assertEquals(3, r.extraction().articles(), "the fixture articles that have a body");
    assertTrue(r.extraction().articlesPerSecond() > 0);
    assertTrue(r.latencies().get("ours top-10 with snippets").queries() > 0);
    BenchReport.write(r, "news bench --copies 3", dir.resolve("out"), "results");
    String md = Files.readString(dir.resolve("out/results.md"));
    assertTrue(md.contains("| bare Lucene") && md.contains("| our text analysis alone") && md.contains("| full pipeline") && md.contains("p99") && md.contains("| entities with aliases, quotes with speakers"), md);
    assertTrue(Files.readString(dir.resolve("out/results.json")).contains("\"throughput_ratio\""));
  }

  @Test
  void copiesVaryDeterministically() {
    String a = BenchCorpus.vary("Boris Johnson paid 400 million. Iran agreed.", 3, 1, new java.util.HashMap<>(), true);
    String b = BenchCorpus.vary("Boris Johnson paid 400 million. Iran agreed.", 3, 1, new java.util.HashMap<>(), true);
    assertEquals(a, b);
    assertTrue(a.contains("733"), "digits shift: " + a);
  }
}
