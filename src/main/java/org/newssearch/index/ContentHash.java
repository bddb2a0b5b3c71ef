package org.newssearch.index;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;
import org.apache.lucene.util.StringHelper;
import org.newssearch.model.Article;

/**
 * Change detection, not security: a 128-bit MurmurHash3 of everything stored about an article
 * (tells an unchanged article from an updated one), and a 64-bit CRC32C+Adler32 of a file's bytes
 * (tells a touched file from a changed one). Both run at memory speed.
 */
public final class ContentHash {

  private ContentHash() {}

  public static String of(Article a) {
    StringBuilder sb = new StringBuilder(a.title().length() + a.body().length() + 128);
    for (String s : new String[] {a.title(), a.body(), String.valueOf(a.date()), a.source(), a.author(), a.url(), a.externalId()}) {
      if (s != null) {
        sb.append(s);
      }
      sb.append('\u0000');
    }
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    long[] h = StringHelper.murmurhash3_x64_128(bytes, 0, bytes.length, 0x9747b28c);
    return String.format(Locale.ROOT, "%016x%016x", h[0], h[1]);
  }

  /** A file's bytes: CRC32C and Adler-32 together. */
  public static String ofFile(Path p) throws IOException {
    CRC32C crc = new CRC32C();
    Adler32 adler = new Adler32();
    byte[] buf = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(p)) {
      int n;
      while ((n = in.read(buf)) > 0) {
        crc.update(buf, 0, n);
        adler.update(buf, 0, n);
      }
    }
    return String.format(Locale.ROOT, "%08x%08x", crc.getValue(), adler.getValue());
  }
}
