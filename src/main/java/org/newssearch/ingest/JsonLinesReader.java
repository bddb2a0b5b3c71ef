package org.newssearch.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.newssearch.model.Article;
import org.newssearch.model.Origin;
import org.newssearch.text.Paragraphs;

/**
 * JSON Lines: one article object per line ({@code id}, {@code title}, {@code body} or
 * {@code text}, {@code date}, {@code source}, {@code author}, {@code url}). A line that is not
 * valid JSON, or has neither title nor body, is reported with its line number; the rest is read.
 */
public final class JsonLinesReader implements ArticleReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** A file whose first lines all fail is not JSON Lines at all: one message, not thousands. */
  private static final int GIVE_UP_AFTER = 20;

  @Override
  public void read(InputFile input, ArticleSink sink) throws IOException, BadInputException {
    try (InputStream in = input.open()) {
      ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
      int lineNo = 1;
      int good = 0;
      int bad = 0;
      boolean tooLong = false;
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        int start = 0;
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            if (!tooLong) {
              line.write(buf, start, i - start);
            }
            if (handle(line.toByteArray(), tooLong, lineNo, input, sink)) {
              good++;
            } else if (tooLong || !isBlank(line.toByteArray())) {
              bad++;
              if (good == 0 && bad >= GIVE_UP_AFTER) {
                throw new BadInputException("line " + lineNo, "not JSON Lines: the first " + bad + " lines are not JSON articles");
              }
            }
            line.reset();
            tooLong = false;
            lineNo++;
            start = i + 1;
          }
        }
        if (!tooLong) {
          line.write(buf, start, n - start);
          if (line.size() > input.maxBytes()) {
            tooLong = true;
            line.reset();
          }
        }
      }
      if (tooLong || line.size() > 0) {
        if (handle(line.toByteArray(), tooLong, lineNo, input, sink)) {
          good++;
        } else if (tooLong || !isBlank(line.toByteArray())) {
          bad++;
        }
      }
    }
  }

  /** Returns true when the line gave an article. */
  private static boolean handle(byte[] bytes, boolean tooLong, int lineNo, InputFile input, ArticleSink sink) {
    String pos = "line " + lineNo;
    if (tooLong) {
      sink.fail(pos, "line is over the size limit of " + Sizes.human(input.maxBytes()) + " (--max-size)");
      return false;
    }
    if (isBlank(bytes)) {
      return false;
    }
    Decoding.Decoded d = Decoding.decode(bytes);
    if (d.fallback()) {
      sink.warn(pos, "not valid UTF-8; read as Windows-1252");
    }
    try {
      sink.accept(parse(d.text(), new Origin(input.name(), pos)));
      return true;
    } catch (BadInputException e) {
      sink.fail(pos, e.getMessage());
      return false;
    }
  }

  /** Parses one JSON line into an article; public for tests. */
  public static Article parse(String line, Origin origin) throws BadInputException {
    JsonNode n;
    try {
      n = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new BadInputException("invalid JSON: " + shortMessage(e));
    }
    if (n == null || !n.isObject()) {
      throw new BadInputException("not a JSON object");
    }
    String title = text(n, "title", "headline");
    String rawBody = text(n, "body", "text", "content");
    String body = rawBody == null ? "" : Paragraphs.normalise(rawBody);
    if ((title == null || title.isBlank()) && body.isEmpty()) {
      throw new BadInputException("no title and no body/text");
    }
    if (title == null || title.isBlank()) {
      title = Paragraphs.shorten(Paragraphs.split(body).get(0), PlainTextReader.TITLE_MAX);
    }
    String url = text(n, "url", "link");
    return new Article(
        ArticleIds.of(url, title, body),
        origin,
        Paragraphs.collapseWhitespace(title),
        body,
        Dates.parse(text(n, "date", "published", "datePublished", "published_at")),
        text(n, "source", "publisher", "site"),
        PlainTextReader.stripBy(author(n.get("author"))),
        url,
        text(n, "id"));
  }

  private static String text(JsonNode n, String... names) {
    for (String name : names) {
      JsonNode v = n.get(name);
      if (v != null && !v.isNull() && (v.isTextual() || v.isNumber()) && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return null;
  }

  private static String author(JsonNode a) {
    if (a == null || a.isNull()) {
      return null;
    }
    if (a.isTextual()) {
      return a.asText();
    }
    if (a.isObject()) {
      return a.path("name").asText(null);
    }
    if (a.isArray()) {
      List<String> names = new ArrayList<>();
      a.forEach(x -> {
        String s = author(x);
        if (s != null && !s.isBlank()) {
          names.add(s);
        }
      });
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return null;
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\r' && x != '\n') {
        return false;
      }
    }
    return true;
  }

  private static String shortMessage(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return "syntax error";
    }
    int nl = m.indexOf('\n');
    m = nl > 0 ? m.substring(0, nl) : m;
    if (e.getLocation() != null && e.getLocation().getColumnNr() > 0) {
      m += " at column " + e.getLocation().getColumnNr();
    }
    return m;
  }
}
