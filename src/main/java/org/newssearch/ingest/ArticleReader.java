package org.newssearch.ingest;

import java.io.IOException;

/**
 * Reads the articles of one input file of one format, streaming: an implementation never holds
 * more than one record (or one whole-document file) in memory.
 */
public interface ArticleReader {

  /**
   * Sends every article of {@code input} to {@code sink}.
   *
   * @throws BadInputException when the input as a whole cannot be read as this format
   * @throws IOException when the file cannot be read
   */
  void read(InputFile input, ArticleSink sink) throws IOException, BadInputException;
}
