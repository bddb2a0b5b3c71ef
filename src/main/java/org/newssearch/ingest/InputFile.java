package org.newssearch.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * One file to read, with its format already chosen by {@link Formats#probe}.
 *
 * @param name the origin name stored with each article (the absolute path)
 * @param maxBytes the largest whole document (text, HTML) or single record (JSON line, SGML
 *     element) accepted; larger ones are reported, not read
 */
public record InputFile(Path path, String name, long size, Format format, boolean gzip, long maxBytes) {

  public InputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(format, "format");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, got " + maxBytes);
    }
  }

  /** The file's bytes as a stream, decompressed when it is gzip. */
  public InputStream open() throws IOException {
    InputStream in = Files.newInputStream(path);
    try {
      return gzip ? new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16) : new BufferedInputStream(in, 1 << 16);
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  /** The whole (decompressed) content, refusing anything over {@link #maxBytes}. */
  public byte[] readAll() throws IOException, BadInputException {
    if (!gzip && size > maxBytes) {
      throw tooLarge(size);
    }
    try (InputStream in = open()) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw tooLarge(bytes.length);
      }
      return bytes;
    }
  }

  BadInputException tooLarge(long bytes) {
    return new BadInputException(
        String.format(Locale.ROOT, "%s is over the size limit of %s (--max-size)", Sizes.human(bytes) + (bytes > maxBytes ? "" : "+"), Sizes.human(maxBytes)));
  }
}
