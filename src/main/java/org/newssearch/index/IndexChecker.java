package org.newssearch.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * {@code news check}: Lucene's CheckIndex over every segment, then the remembered state against
 * the index and the disk: every article must be referred to by an origin, every id an origin
 * refers to must be an article, and each origin file is compared with what is on disk now.
 */
public final class IndexChecker {

  private IndexChecker() {}

  /**
   * @param luceneClean CheckIndex found no problem
   * @param orphans articles no origin refers to (a sweep not yet run)
   * @param missing ids an origin refers to that are not in the index (deleted with news delete)
   * @param changedFiles origins whose file changed on disk since it was indexed (rerun news index)
   * @param goneFiles origins whose file is gone (news index --prune removes them)
   */
  public record Report(
      boolean luceneClean,
      String luceneSummary,
      long articles,
      long origins,
      List<String> orphans,
      List<String> missing,
      List<String> changedFiles,
      List<String> goneFiles) {

    public boolean consistent() {
      return luceneClean && orphans.isEmpty();
    }
  }

  public static Report check(Path path) throws IOException {
    try (Directory dir = FSDirectory.open(path)) {
      if (!DirectoryReader.indexExists(dir)) {
        throw new IOException("no index at " + path);
      }
      boolean clean;
      String summary;
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      try (CheckIndex ci = new CheckIndex(dir)) {
        ci.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8), false);
        CheckIndex.Status status = ci.checkIndex();
        clean = status.clean;
        summary = clean
            ? status.numSegments + " segments, no problems"
            : status.totLoseDocCount + " documents in broken segments; " + lastLine(log.toString(StandardCharsets.UTF_8));
      } catch (LockObtainFailedException e) {
        throw new IndexInUseException(path + " is being written by another process; check it when that has finished");
      }
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        IndexState state = new IndexState(r);
        List<String> orphans = new ArrayList<>();
        state.forEachOrphan(orphans::add);
        List<String> missing = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        List<String> files = state.originFiles();
        for (String f : files) {
          OriginState o = state.origin(f);
          for (String id : o.refs()) {
            if (IndexState.firstLiveDoc(r, Schema.ID, new BytesRef(id)) < 0) {
              missing.add(id);
            }
          }
          Path p = Path.of(f);
          if (!Files.exists(p)) {
            gone.add(f);
          } else if (Files.size(p) != o.size() || Files.getLastModifiedTime(p).toMillis() != o.mtime()) {
            changed.add(f);
          }
        }
        long articles = new IndexSearcher(r).count(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)));
        return new Report(clean, summary, articles, files.size(), orphans, missing.stream().distinct().toList(), changed, gone);
      }
    }
  }

  private static String lastLine(String log) {
    String[] lines = log.strip().split("\n");
    return lines.length == 0 ? "" : lines[lines.length - 1].strip();
  }
}
