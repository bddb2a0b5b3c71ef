package org.newssearch.index;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newssearch.model.Article;

/**
 * A hash of everything stored about an article, so re-reading a file tells unchanged articles
 * (skipped) from updated ones (re-written), whatever their id.
 */
public final class ContentHash {

  private ContentHash() {}

  public static String of(Article a) {
    MessageDigest md = sha256();
    for (String s : new String[] {a.title(), a.body(), String.valueOf(a.date()), a.source(), a.author(), a.url(), a.externalId()}) {
      if (s != null) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
      }
      md.update((byte) 0);
    }
    return HexFormat.of().formatHex(md.digest(), 0, 16);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
