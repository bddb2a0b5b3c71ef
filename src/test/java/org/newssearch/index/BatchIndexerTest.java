package org.newssearch.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.index.IndexChecker.Report;
import org.newssearch.testing.TestIndexes;

class BatchIndexerTest {

  @TempDir Path dir;

  private long articles(Path index) throws Exception {
    try (var d = FSDirectory.open(index); DirectoryReader r = DirectoryReader.open(d)) {
      return new IndexSearcher(r).count(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)));
    }
  }

  private static String article(String title, String body) {
    return "Title: " + title + "\n\n" + body + "\n";
  }

  @Test
  void rerunAddsNewUpdatesChangedAndSkipsUnchanged() throws Exception {
    Path in = dir.resolve("in");
    Path index = dir.resolve("index");
    TestIndexes.write(in, "a.txt", article("A", "Alpha body."));
    TestIndexes.write(in, "b.txt", article("B", "Beta body."));
    TestIndexes.write(in, "feed.jsonl", "{\"id\":\"1\",\"title\":\"One\",\"body\":\"First.\"}\n{\"id\":\"2\",\"title\":\"Two\",\"body\":\"Second.\"}\n");
    var first = TestIndexes.index(index, in).progress();
    assertEquals(4, first.added());

    var again = TestIndexes.index(index, in).progress();
    assertEquals(0, again.added());
    assertEquals(0, again.updated());
    assertEquals(4, again.unchanged());
    assertEquals(3, again.filesSkipped());

    TestIndexes.write(in, "c.txt", article("C", "Gamma body."));
    Files.writeString(in.resolve("feed.jsonl"), "{\"id\":\"1\",\"title\":\"One\",\"body\":\"First, corrected.\"}\n{\"id\":\"2\",\"title\":\"Two\",\"body\":\"Second.\"}\n{\"id\":\"3\",\"title\":\"Three\",\"body\":\"Third.\"}\n");
    var third = TestIndexes.index(index, in).progress();
    assertEquals(3, third.added(), "c.txt, line 3, and line 1 corrected: without a URL a new body is a new id");
    assertEquals(0, third.updated());
    assertEquals(3, third.unchanged(), "a.txt, b.txt, and line 2 which is not rewritten");
    assertEquals(1, third.pruned(), "the old version of line 1 is swept");
    assertEquals(6, articles(index));
    assertTrue(IndexChecker.check(index).consistent());
  }

  @Test
  void anArticleWithAUrlIsUpdatedInPlace() throws Exception {
    Path in = dir.resolve("in");
    Path index = dir.resolve("index");
    TestIndexes.write(in, "a.txt", "Title: A\nURL: https://x.example/a\n\nFirst version.\n");
    TestIndexes.index(index, in);
    Files.writeString(in.resolve("a.txt"), "Title: A\nURL: https://x.example/a\n\nSecond version, longer.\n");
    var p = TestIndexes.index(index, in).progress();
    assertEquals(1, p.updated());
    assertEquals(0, p.pruned());
    assertEquals(1, articles(index));
  }

  @Test
  void aTouchedFileIsHashedNotReread() throws Exception {
    Path in = dir.resolve("in");
    Path index = dir.resolve("index");
    Path a = TestIndexes.write(in, "a.txt", article("A", "Alpha."));
    TestIndexes.index(index, in);
    Files.setLastModifiedTime(a, FileTime.from(Instant.now().plusSeconds(60)));
    var p = TestIndexes.index(index, in).progress();
    assertEquals(0, p.filesRead());
    assertEquals(1, p.unchanged());
    var again = TestIndexes.index(index, in).progress();
    assertEquals(1, again.filesSkipped(), "the new time was remembered");
  }

  @Test
  void theSameArticleInTwoFilesIsKeptOnceAndSurvivesEitherFileGoing() throws Exception {
    Path in = dir.resolve("in");
    Path index = dir.resolve("index");
    String text = article("Same story", "Told twice.");
    Path a = TestIndexes.write(in, "a.txt", text);
    Path b = TestIndexes.write(in, "copy/b.txt", text.replace("twice.", "twice.\n"));
    var p = TestIndexes.index(index, in).progress();
    assertEquals(1, p.added());
    assertEquals(1, p.duplicates());
    assertEquals(1, articles(index));

    Files.delete(a);
    var pruned = TestIndexes.index(index, IndexOptions.defaults().withPrune(true), ArticleAnalyzer.NONE, in).progress();
    assertEquals(0, pruned.pruned(), "b.txt still holds it");
    assertEquals(1, articles(index));

    Files.delete(b);
    var gone = TestIndexes.index(index, IndexOptions.defaults().withPrune(true), ArticleAnalyzer.NONE, in).progress();
    assertEquals(1, gone.pruned());
    assertEquals(0, articles(index));
  }

  @Test
  void rereadingTheFileOfADuplicateCopyLeavesTheKeptCopyAlone() throws Exception {
    Path in = dir.resolve("in");
    Path index = dir.resolve("index");
    TestIndexes.write(in, "a.txt", "Title: Same story\nDate: 2020-01-01\n\nTold twice.\n");
    Path b = TestIndexes.write(in, "b.txt", "Title: Same story\nDate: 2020-01-02\n\nTold twice.\n");
    var first = TestIndexes.index(index, IndexOptions.defaults().withThreads(1), ArticleAnalyzer.NONE, in).progress();
    assertEquals(1, first.added());
    assertEquals(1, first.duplicates());
    String kept = storedDate(index);

    Files.writeString(b, Files.readString(b) + "\n", StandardCharsets.UTF_8); // b.txt changes, its article does not
    var again = TestIndexes.index(index, in).progress();
    assertEquals(1, again.filesRead());
    assertEquals(0, again.updated(), "the copy in b.txt is still a duplicate");
    assertEquals(1, again.duplicates());
    assertEquals(kept, storedDate(index));
    assertEquals(1, articles(index));
  }

  private static String storedDate(Path index) throws IOException {
    try (var dir = FSDirectory.open(index); var r = DirectoryReader.open(dir)) {
      var s = new IndexSearcher(r);
      var top = s.search(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)), 2);
      return s.storedFields().document(top.scoreDocs[0].doc).get(Schema.DATE);
    }
  }

  @Test
  void withoutPruneADeletedFileKeepsItsArticles() throws Exception {
    Path in = dir.resolve("in");
    Path index = dir.resolve("index");
    Path a = TestIndexes.write(in, "a.txt", article("A", "Alpha."));
    TestIndexes.index(index, in);
    Files.delete(a);
    TestIndexes.index(index, in);
    assertEquals(1, articles(index));
    Report r = IndexChecker.check(index);
    assertEquals(1, r.goneFiles().size());
  }

  @Test
  void rebuildStartsAfresh() throws Exception {
    Path in = dir.resolve("in");
    Path index = dir.resolve("index");
    TestIndexes.write(in, "a.txt", article("A", "Alpha."));
    TestIndexes.index(index, in);
    var p = TestIndexes.index(index, IndexOptions.defaults().withRebuild(true), ArticleAnalyzer.NONE, in).progress();
    assertEquals(1, p.added());
    assertEquals(1, articles(index));
  }

  @Test
  void aSecondWriterIsToldTheIndexIsInUseAndChangesNothing() throws Exception {
    Path index = dir.resolve("index");
    try (NewsIndexWriter first = NewsIndexWriter.open(index, 16, false)) {
      IndexInUseException e = assertThrows(IndexInUseException.class, () -> NewsIndexWriter.open(index, 16, false));
      assertTrue(e.getMessage().endsWith("is in use by another news index process; try again when it has finished"), e.getMessage());
    }
  }

  @Test
  void commitsDuringARunOnOneThreadLeaveAConsistentIndex() throws Exception {
    Path in = dir.resolve("in");
    for (int i = 0; i < 400; i++) {
      TestIndexes.write(in, "f" + i + ".txt", article("Story " + i, "Mr Smith said: ‘Body number " + i + ".’"));
    }
    Path index = dir.resolve("index");
    // a commit every few articles while the single worker writes: the final commit must still land
    var p = TestIndexes.index(index, IndexOptions.defaults().withThreads(1).withCommits(5, java.time.Duration.ofMillis(100)), NlpArticleAnalyzer.standard(), in).progress();
    assertEquals(400, p.added());
    assertEquals(400, articles(index));
    assertTrue(IndexChecker.check(index).consistent());
  }

  @Test
  void manyFilesOnManyThreadsGiveTheExactCount() throws Exception {
    Path in = dir.resolve("in");
    for (int i = 0; i < 300; i++) {
      TestIndexes.write(in, "d" + (i % 7) + "/f" + i + ".txt", article("Story " + i, "Body of story number " + i + "."));
    }
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      jsonl.append("{\"title\":\"Line ").append(i).append("\",\"body\":\"Body ").append(i).append(".\"}\n");
    }
    TestIndexes.write(in, "big.jsonl", jsonl.toString());
    Path index = dir.resolve("index");
    var p = TestIndexes.index(index, IndexOptions.defaults().withThreads(4), ArticleAnalyzer.NONE, in).progress();
    assertEquals(800, p.added());
    assertEquals(800, articles(index));
    assertTrue(IndexChecker.check(index).consistent());
  }

  @Test
  void oneLargeFileIsWrittenOnMoreThanOneThread() throws Exception {
    Path in = dir.resolve("in");
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      jsonl.append("{\"title\":\"Line ").append(i).append("\",\"body\":\"Body ").append(i).append(".\"}\n");
    }
    TestIndexes.write(in, "big.jsonl", jsonl.toString());
    java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    ArticleAnalyzer slow = a -> {
      threads.add(Thread.currentThread().getName());
      try {
        Thread.sleep(2); // long enough that the idle worker is always scheduled in between
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return org.newssearch.model.Analysis.EMPTY;
    };
    var p = TestIndexes.index(dir.resolve("index"), IndexOptions.defaults().withThreads(2), slow, in).progress();
    assertEquals(200, p.added());
    assertEquals(2, threads.size(), "threads that analysed articles: " + threads);
  }
}
