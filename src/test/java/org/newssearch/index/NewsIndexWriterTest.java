package org.newssearch.index;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsIndexWriterTest {

  @Test
  void anIndexOfAnotherSchemaVersionAsksForARebuildAndARebuildOpensIt(@TempDir Path dir) throws Exception {
    try (NewsIndexWriter w = NewsIndexWriter.open(dir, 16, false)) {
      w.commit(Map.of());
    }
    // what an older release left: the same index with its own version in the commit
    try (FSDirectory fs = FSDirectory.open(dir);
        IndexWriter w = new IndexWriter(fs, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      w.setLiveCommitData(Map.of(Schema.COMMIT_VERSION_KEY, "1").entrySet());
      w.commit();
    }
    IncompatibleIndexException e = assertThrows(IncompatibleIndexException.class, () -> NewsIndexWriter.open(dir, 16, false).close());
    assertTrue(e.getMessage().contains("run news index --rebuild"), e.getMessage());
    assertDoesNotThrow(() -> NewsIndexWriter.open(dir, 16, true).close(), "--rebuild starts afresh");
  }
}
