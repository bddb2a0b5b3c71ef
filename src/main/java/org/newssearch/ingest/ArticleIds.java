package org.newssearch.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.StringJoiner;
import org.newssearch.text.Folding;

/**
 * The document id rule: the article's URL, normalised, when it has one; otherwise the first 64
 * bits of SHA-256 over the normalised title and body. Typography, markup whitespace and case do
 * not change the hash, so the same article arriving twice (two files, an HTML page and a text
 * copy) is one document.
 */
public final class ArticleIds {

  private ArticleIds() {}

  public static String of(String url, String title, String body) {
    String u = normaliseUrl(url);
    if (u != null) {
      return u;
    }
    return contentHash(title, body);
  }

  public static String contentHash(String title, String body) {
    MessageDigest sha = sha256();
    sha.update(Folding.contentKey(title == null ? "" : title).getBytes(StandardCharsets.UTF_8));
    sha.update((byte) '\n');
    sha.update(Folding.contentKey(body == null ? "" : body).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(sha.digest(), 0, 8);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /**
   * Lower-case scheme and host, no fragment, no tracking parameters, no trailing slash; http and
   * https are the same page. Returns null for anything that is not an absolute http(s) URL.
   */
  public static String normaliseUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme();
      String host = uri.getHost();
      if (scheme == null || host == null) {
        return null;
      }
      scheme = scheme.toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      while (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      StringJoiner query = new StringJoiner("&");
      if (uri.getRawQuery() != null) {
        for (String p : uri.getRawQuery().split("&")) {
          String k = p.toLowerCase(Locale.ROOT);
          if (!p.isEmpty() && !k.startsWith("utm_") && !k.startsWith("fbclid") && !k.startsWith("gclid")) {
            query.add(p);
          }
        }
      }
      String port = uri.getPort() > 0 && uri.getPort() != 80 && uri.getPort() != 443 ? ":" + uri.getPort() : "";
      String q = query.length() == 0 ? "" : "?" + query;
      return "https://" + host + port + path + q;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
