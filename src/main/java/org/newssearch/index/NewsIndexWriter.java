package org.newssearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * Owns the index folder's {@link IndexWriter}: one per process, shared by all indexing threads,
 * holding the write lock for its lifetime so a second writer is told the index is in use and
 * changes nothing. Never commits on close: callers commit what is consistent.
 */
public final class NewsIndexWriter implements AutoCloseable {

  private final Path path;
  private final Directory dir;
  private final IndexWriter writer;

  private NewsIndexWriter(Path path, Directory dir, IndexWriter writer) {
    this.path = path;
    this.dir = dir;
    this.writer = writer;
  }

  /**
   * Opens (creating when needed) the index at {@code path}.
   *
   * @param create start from an empty index, discarding what is there
   * @throws IndexInUseException when another process is writing to it
   * @throws IncompatibleIndexException when it was built by another schema version
   */
  public static NewsIndexWriter open(Path path, double ramBufferMb, boolean create) throws IOException {
    Files.createDirectories(path);
    Directory dir = FSDirectory.open(path);
    try {
      if (!create && DirectoryReader.indexExists(dir)) {
        String version = SegmentInfos.readLatestCommit(dir).getUserData().get(Schema.COMMIT_VERSION_KEY);
        if (version != null && !version.equals(Schema.VERSION)) {
          throw new IncompatibleIndexException(
              path + " was built with index schema " + version + ", this version uses " + Schema.VERSION + "; run news index --rebuild");
        }
      }
      IndexWriterConfig cfg = new IndexWriterConfig(NewsAnalyzers.perField());
      cfg.setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      cfg.setRAMBufferSizeMB(ramBufferMb);
      cfg.setCommitOnClose(false);
      IndexWriter w;
      try {
        w = new IndexWriter(dir, cfg);
      } catch (LockObtainFailedException e) {
        throw new IndexInUseException(path + " is in use by another news index process; try again when it has finished");
      }
      return new NewsIndexWriter(path, dir, w);
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  public IndexWriter writer() {
    return writer;
  }

  public Path path() {
    return path;
  }

  /** Commits with the schema version and the given user data. */
  public void commit(Map<String, String> userData) throws IOException {
    Map<String, String> data = new HashMap<>(userData);
    data.put(Schema.COMMIT_VERSION_KEY, Schema.VERSION);
    writer.setLiveCommitData(data.entrySet());
    writer.commit();
  }

  /** User data of the last commit, empty for a new index. */
  public Map<String, String> lastCommitData() throws IOException {
    if (!DirectoryReader.indexExists(dir)) {
      return Map.of();
    }
    return SegmentInfos.readLatestCommit(dir).getUserData();
  }

  /** Deletes articles (with their quotes) by id; returns how many ids were present. */
  public int deleteArticles(Iterable<String> ids) throws IOException {
    int found = 0;
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      for (String id : ids) {
        if (IndexState.firstLiveDoc(r, Schema.ID, new BytesRef(id)) >= 0) {
          found++;
        }
        writer.deleteDocuments(Schema.blockOf(id));
      }
    }
    return found;
  }

  @Override
  public void close() throws IOException {
    try {
      writer.rollback(); // drops anything not committed; the last commit stays
    } finally {
      dir.close();
    }
  }
}
