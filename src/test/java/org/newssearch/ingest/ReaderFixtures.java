package org.newssearch.ingest;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newssearch.model.Article;

/** Reads a fixture of src/test/resources/fixtures/readers and collects what the reader found. */
final class ReaderFixtures {

  record Result(List<Article> articles, List<String> failures, List<String> warnings) {}

  static Path fixture(String name) {
    try {
      return Path.of(ReaderFixtures.class.getResource("/fixtures/readers/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Result read(Path file) throws IOException, BadInputException {
    List<Article> articles = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    InputFile in = Formats.probe(file, 1 << 20);
    in.format().reader().read(in, new ArticleSink() {
      @Override
      public void accept(Article a) {
        articles.add(a);
      }

      @Override
      public void fail(String position, String reason) {
        failures.add(position + ": " + reason);
      }

      @Override
      public void warn(String position, String message) {
        warnings.add(position + ": " + message);
      }
    });
    return new Result(articles, failures, warnings);
  }

  private ReaderFixtures() {}
}
