package org.newssearch.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newssearch.index.ArticleAnalyzer;
import org.newssearch.index.BatchIndexer;
import org.newssearch.index.IndexListener;
import org.newssearch.index.IndexOptions;
import org.newssearch.index.IndexProgress;
import org.newssearch.index.NewsIndexWriter;
import org.newssearch.ingest.InputFailure;

/** Builds indexes for tests, collecting failures instead of printing them. */
public final class TestIndexes {

  private TestIndexes() {}

  /** The project's corpus folder (tests run from the project root). */
  public static Path corpus() {
    return Path.of("corpus").toAbsolutePath();
  }

  /** ../shared, where the sample article and Reuters live when they are present. */
  public static Path shared() {
    return Path.of("..", "shared").toAbsolutePath().normalize();
  }

  public static Path sampleArticle() {
    return shared().resolve("seeds/000_906534273249c7f4.txt");
  }

  public static Path reuters() {
    return shared().resolve("data/reuters21578");
  }

  public record Run(IndexProgress progress, List<InputFailure> failures) {}

  public static Run index(Path index, IndexOptions options, ArticleAnalyzer analyzer, Path... inputs) throws IOException {
    List<InputFailure> failures = new ArrayList<>();
    IndexListener listener =
        new IndexListener() {
          @Override
          public synchronized void failed(InputFailure f) {
            failures.add(f);
          }
        };
    try (NewsIndexWriter w = NewsIndexWriter.open(index, options.ramBufferMb(), options.rebuild())) {
      IndexProgress p = new BatchIndexer(w, options, analyzer, listener).run(List.of(inputs));
      return new Run(p, failures);
    }
  }

  public static Run index(Path index, Path... inputs) throws IOException {
    return index(index, IndexOptions.defaults().withThreads(2), org.newssearch.index.NlpArticleAnalyzer.standard(), inputs);
  }

  public static Path write(Path dir, String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content);
    return p;
  }
}
