package org.newssearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.newssearch.index.IndexOptions;
import org.newssearch.index.IndexProgress;

/**
 * The first-run convenience: a command that reads the default index finds it empty, so it
 * indexes the project's {@code corpus/} first, saying so. An index given with {@code --index} is
 * never created behind the user's back.
 */
final class AutoIndex {

  private AutoIndex() {}

  static void ensure(IndexOption index, PrintWriter err) throws IOException {
    Path path = index.path();
    if (!index.isDefault() || hasIndex(path)) {
      return;
    }
    Path corpus = NewsPaths.defaultCorpus();
    if (!Files.isDirectory(corpus)) {
      return; // the searcher will say there is no index
    }
    err.println("news: " + NewsPaths.display(path.toAbsolutePath().toString()) + "/ is empty: indexing " + NewsPaths.display(corpus.toAbsolutePath().toString()) + "/ first");
    try (IndexRun run = new IndexRun(err, Terminal.detect(Terminal.ColorMode.AUTO), null)) {
      IndexProgress p = run.run(path, List.of(corpus), IndexOptions.defaults());
      IndexRun.summary(err, p, path);
    }
    err.flush();
  }

  static boolean hasIndex(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      return false;
    }
    try (FSDirectory dir = FSDirectory.open(path)) {
      return DirectoryReader.indexExists(dir);
    }
  }
}
