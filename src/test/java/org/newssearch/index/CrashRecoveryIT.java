package org.newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills a child JVM running {@code news index} with SIGKILL at random moments, then checks that
 * the index opens at its last commit, that CheckIndex is clean, and that rerunning the same
 * command completes it with the exact article count.
 */
class CrashRecoveryIT {

  private static final int TEXT_FILES = 3000;
  private static final int JSONL_FILES = 4;
  private static final int LINES_PER_JSONL = 1000;
  private static final int DUPLICATES = 60;
  private static final int UNIQUE = TEXT_FILES + JSONL_FILES * LINES_PER_JSONL;

  @TempDir static Path shared;
  @TempDir Path dir;
  /** Wall time of one uninterrupted run, JVM start included: kills land inside it. */
  static long fullRunMillis;

  @BeforeAll
  static void calibrate() throws Exception {
    Path in = shared.resolve("in");
    generate(in, new Random(0));
    long t0 = System.nanoTime();
    Process p = startIndexing(in, shared.resolve("index"));
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));
    fullRunMillis = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf("an uninterrupted run takes %d ms%n", fullRunMillis);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void killedAtRandomMomentsThenRerunGivesTheExactCount(long seed) throws Exception {
    Random random = new Random(seed);
    Path in = dir.resolve("in");
    generate(in, random);
    Path index = dir.resolve("index");
    int kills = 0;
    double scale = 1;
    for (int attempt = 0; attempt < 8 && kills < 4; attempt++) {
      Process p = startIndexing(in, index);
      long delay = (long) (fullRunMillis * scale * (0.1 + 0.7 * random.nextDouble()));
      if (p.waitFor(delay, TimeUnit.MILLISECONDS)) {
        if (kills > 0) {
          System.out.printf("seed %d: run %d finished before its kill at %d ms%n", seed, attempt + 1, delay);
          break;
        }
        // faster than the calibration run (a quieter machine, a warmer cache): start again from
        // an empty index with the kill sooner, so every seed kills at least once
        System.out.printf("seed %d: run %d finished before its kill at %d ms; starting again%n", seed, attempt + 1, delay);
        deleteRecursively(index);
        scale /= 2;
        continue;
      }
      p.destroyForcibly(); // SIGKILL on Linux and macOS
      p.waitFor(30, TimeUnit.SECONDS);
      kills++;
      assertOpensAndIsClean(index, "seed " + seed + " after kill at " + delay + " ms");
      System.out.printf("seed %d: run %d killed at %d ms with %d of %d articles committed%n", seed, attempt + 1, delay, articlesIfAny(index), UNIQUE);
    }
    assertTrue(kills >= 1, "at least one run was killed before it finished");
    Process last = startIndexing(in, index);
    assertTrue(last.waitFor(5, TimeUnit.MINUTES), "the final run finishes");
    String output = new String(last.getInputStream().readAllBytes());
    assertEquals(0, last.exitValue(), output);
    assertOpensAndIsClean(index, "seed " + seed + " after the final run");
    assertEquals(UNIQUE, articles(index), "exact count after " + kills + " kills (seed " + seed + ")");
    IndexChecker.Report report = IndexChecker.check(index);
    assertTrue(report.consistent(), report.toString());
    assertEquals(List.of(), report.missing());
  }

  private static void deleteRecursively(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (var paths = Files.walk(p)) {
      for (Path x : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }

  private static Process startIndexing(Path in, Path index) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(
        java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.newssearch.cli.Main",
        "index", "--index", index.toString(), "--threads", "2", "--commit-every", "150", "--commit-interval", "1s", in.toString()));
    return new ProcessBuilder(cmd).redirectErrorStream(true).start();
  }

  private static void assertOpensAndIsClean(Path index, String when) throws IOException {
    try (Directory d = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(d)) {
        return; // killed before the first commit: an empty index is a correct state
      }
      try (DirectoryReader r = DirectoryReader.open(d)) {
        assertTrue(r.numDocs() >= 0, when);
      }
      try (CheckIndex ci = new CheckIndex(d)) {
        ci.setInfoStream(null);
        assertTrue(ci.checkIndex().clean, "CheckIndex clean " + when);
      }
    }
  }

  private static long articlesIfAny(Path index) throws IOException {
    try (Directory d = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(d) ? articles(index) : 0;
    }
  }

  private static long articles(Path index) throws IOException {
    try (Directory d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
      return new IndexSearcher(r).count(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)));
    }
  }

  /** Text files and JSON lines with distinct articles, plus exact copies that must not count twice. */
  private static void generate(Path in, Random random) throws IOException {
    String[] words = {"council", "minister", "court", "appeal", "strike", "budget", "river", "flood", "school", "hospital", "election", "market", "tanks", "debt", "chess", "piece"};
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < TEXT_FILES; i++) {
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < 4; p++) {
        for (int w = 0; w < 30; w++) {
          body.append(words[random.nextInt(words.length)]).append(' ');
        }
        body.append("number ").append(i).append(".\n\n");
      }
      String text = "Title: Generated story " + i + "\nDate: 2020-01-" + (1 + i % 28) + "\n\nMr Smith said: ‘" + body.toString().strip() + "’\n";
      texts.add(text);
      Path f = in.resolve("t" + (i % 10) + "/story-" + i + ".txt");
      Files.createDirectories(f.getParent());
      Files.writeString(f, text);
    }
    for (int i = 0; i < DUPLICATES; i++) {
      Files.writeString(in.resolve("dup-" + i + ".txt"), texts.get(random.nextInt(texts.size())));
    }
    for (int j = 0; j < JSONL_FILES; j++) {
      StringBuilder sb = new StringBuilder();
      for (int l = 0; l < LINES_PER_JSONL; l++) {
        sb.append("{\"title\":\"Feed ").append(j).append(" item ").append(l).append("\",\"body\":\"")
            .append(words[random.nextInt(words.length)]).append(" report ").append(j * 1000 + l).append(" from the wire.\"}\n");
      }
      Files.writeString(in.resolve("feed-" + j + ".jsonl"), sb.toString());
    }
  }
}
