package org.newssearch.ingest;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newssearch.model.Article;
import org.newssearch.model.Origin;
import org.newssearch.text.Paragraphs;

/**
 * Plain text news: UTF-8 (Windows-1252 when the bytes are not UTF-8), paragraphs split on blank
 * lines. An optional header of {@code Key: value} lines ends at the first blank line; without one
 * the title is the first paragraph, shortened at a word boundary, and the first paragraph stays in
 * the body (in the sample article it is the headline, and its quotes count).
 */
public final class PlainTextReader implements ArticleReader {

  static final int TITLE_MAX = 120;
  private static final Set<String> KEYS =
      Set.of("title", "headline", "date", "published", "source", "publisher", "author", "byline", "by", "url", "link", "id");

  @Override
  public void read(InputFile input, ArticleSink sink) throws IOException, BadInputException {
    Decoding.Decoded d = Decoding.decode(input.readAll());
    if (d.fallback()) {
      sink.warn("", "not valid UTF-8; read as Windows-1252");
    }
    Article a = parse(d.text(), Origin.of(input.name()));
    sink.accept(a);
  }

  /** Parses one text document; public for tests and for {@code news extract} on text. */
  public static Article parse(String text, Origin origin) throws BadInputException {
    String t = text.replace("\r\n", "\n").replace('\r', '\n');
    Map<String, String> header = new HashMap<>();
    String rest = t;
    int headerEnd = headerEnd(t, header);
    if (headerEnd > 0) {
      rest = t.substring(headerEnd);
    }
    List<String> paragraphs = Paragraphs.split(rest);
    if (paragraphs.isEmpty() && header.isEmpty()) {
      throw new BadInputException("no text (only whitespace)");
    }
    String title = first(header, "title", "headline");
    if (title == null) {
      title = paragraphs.isEmpty() ? "" : Paragraphs.shorten(paragraphs.get(0), TITLE_MAX);
    }
    String body = String.join(Paragraphs.SEPARATOR, paragraphs);
    if (body.isEmpty() && title.isBlank()) {
      throw new BadInputException("no text (header only)");
    }
    String url = first(header, "url", "link");
    return new Article(
        ArticleIds.of(url, title, body),
        origin,
        title,
        body,
        Dates.parse(first(header, "date", "published")),
        first(header, "source", "publisher"),
        stripBy(first(header, "author", "byline", "by")),
        url,
        first(header, "id"));
  }

  /** Returns where the body starts when the text opens with a header block, else 0. */
  private static int headerEnd(String t, Map<String, String> header) {
    int pos = 0;
    while (pos < t.length() && (t.charAt(pos) == '\n' || t.charAt(pos) == ' ' || t.charAt(pos) == '\t')) {
      pos++;
    }
    Map<String, String> found = new HashMap<>();
    while (pos < t.length()) {
      int nl = t.indexOf('\n', pos);
      int end = nl < 0 ? t.length() : nl;
      String line = t.substring(pos, end).strip();
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        return 0;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      if (!KEYS.contains(key)) {
        return 0;
      }
      found.putIfAbsent(key, line.substring(colon + 1).strip());
      pos = nl < 0 ? t.length() : nl + 1;
    }
    if (found.isEmpty()) {
      return 0;
    }
    header.putAll(found);
    return pos;
  }

  private static String first(Map<String, String> header, String... keys) {
    for (String k : keys) {
      String v = header.get(k);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  static String stripBy(String author) {
    if (author == null) {
      return null;
    }
    String a = author.strip();
    if (a.regionMatches(true, 0, "by ", 0, 3)) {
      a = a.substring(3).strip();
    }
    return a;
  }
}
