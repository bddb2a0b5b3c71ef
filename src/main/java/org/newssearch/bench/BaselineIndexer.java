package org.newssearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * The floor we compare ourselves to: bare Lucene, the {@link StandardAnalyzer}, title and body
 * indexed and stored, an id, no extraction; the same JSON-lines files read on the same number of
 * threads with the same RAM buffer as the full pipeline.
 */
final class BaselineIndexer {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BaselineIndexer() {}

  /** Indexes the files; returns the number of documents. */
  static long index(List<Path> files, Path indexDir, int threads, double ramBufferMb) throws IOException {
    IndexWriterConfig cfg = new IndexWriterConfig(new StandardAnalyzer());
    cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    cfg.setRAMBufferSizeMB(ramBufferMb);
    AtomicInteger next = new AtomicInteger();
    AtomicLong docs = new AtomicLong();
    try (FSDirectory dir = FSDirectory.open(indexDir); IndexWriter w = new IndexWriter(dir, cfg)) {
      Thread[] workers = new Thread[threads];
      Throwable[] failure = new Throwable[1];
      for (int t = 0; t < threads; t++) {
        workers[t] = Thread.ofPlatform().name("baseline-" + t).start(() -> {
          try {
            int f;
            while ((f = next.getAndIncrement()) < files.size()) {
              try (BufferedReader r = Files.newBufferedReader(files.get(f), StandardCharsets.UTF_8)) {
                String line;
                long n = 0;
                while ((line = r.readLine()) != null) {
                  JsonNode j = JSON.readTree(line);
                  Document d = new Document();
                  d.add(new StringField("id", files.get(f).getFileName() + ":" + n++, Field.Store.YES));
                  d.add(new TextField("title", j.path("title").asText(""), Field.Store.YES));
                  d.add(new TextField("body", j.path("body").asText(""), Field.Store.YES));
                  w.addDocument(d);
                  docs.incrementAndGet();
                }
              }
            }
          } catch (IOException e) {
            synchronized (failure) {
              failure[0] = e;
            }
          }
        });
      }
      for (Thread t : workers) {
        t.join();
      }
      if (failure[0] != null) {
        throw new UncheckedIOException((IOException) failure[0]);
      }
      w.commit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
    return docs.get();
  }
}
