package org.newssearch.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newssearch.model.Article;
import org.newssearch.model.Origin;
import org.newssearch.text.Paragraphs;

/**
 * Reuters-21578 SGML ({@code reut2-*.sgm}, gzip or plain). The files have no root element and are
 * not XML, so records are found by scanning: each {@code <REUTERS ...>...</REUTERS>} is one
 * article, read one at a time. A record that is not closed, lacks NEWID or holds no text is
 * reported with its byte offset and the scan goes on.
 */
public final class ReutersReader implements ArticleReader {

  private static final byte[] OPEN = "<REUTERS".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CLOSE = "</REUTERS>".getBytes(StandardCharsets.US_ASCII);

  private static final Pattern NEWID = Pattern.compile("NEWID=\"(\\d+)\"");
  private static final Pattern TEXT = Pattern.compile("<TEXT([^>]*)>(.*?)</TEXT>", Pattern.DOTALL);
  private static final Pattern TITLE = Pattern.compile("<TITLE>(.*?)</TITLE>", Pattern.DOTALL);
  private static final Pattern DATELINE = Pattern.compile("<DATELINE>(.*?)</DATELINE>", Pattern.DOTALL);
  private static final Pattern AUTHOR = Pattern.compile("<AUTHOR>(.*?)</AUTHOR>", Pattern.DOTALL);
  private static final Pattern BODY = Pattern.compile("<BODY>(.*?)(?:</BODY>|$)", Pattern.DOTALL);
  private static final Pattern DATE = Pattern.compile("<DATE>(.*?)</DATE>", Pattern.DOTALL);
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|lt|gt|amp|quot|apos);");
  private static final Pattern SIGN_OFF = Pattern.compile("(?:\\n\\n|\\s)(?:Reuter|REUTER)\\s*$");

  @Override
  public void read(InputFile input, ArticleSink sink) throws IOException, BadInputException {
    try (InputStream in = input.open()) {
      ByteArrayOutputStream record = new ByteArrayOutputStream(8192);
      long offset = 0; // byte offset of the current line in the (decompressed) file
      long recordStart = -1;
      boolean oversize = false;
      int records = 0;
      LineScanner lines = new LineScanner(in);
      byte[] line;
      while ((line = lines.next()) != null) {
        long lineOffset = offset;
        offset += line.length;
        int open = indexOf(line, OPEN);
        if (open >= 0 && startsRecord(line, open)) {
          if (recordStart >= 0) {
            sink.fail("offset " + recordStart, "record is not closed before the next <REUTERS> at offset " + (lineOffset + open));
          }
          recordStart = lineOffset + open;
          record.reset();
          oversize = false;
          line = Arrays.copyOfRange(line, open, line.length);
        }
        if (recordStart < 0) {
          continue; // the DOCTYPE line, or junk between records
        }
        if (!oversize) {
          record.write(line);
          if (record.size() > input.maxBytes()) {
            oversize = true;
            record.reset();
          }
        }
        if (indexOf(line, CLOSE) >= 0) {
          records++;
          String pos = "offset " + recordStart;
          if (oversize) {
            sink.fail(pos, "record is over the size limit of " + Sizes.human(input.maxBytes()) + " (--max-size)");
          } else {
            parseRecord(record.toByteArray(), input, pos, sink);
          }
          recordStart = -1;
          record.reset();
        }
      }
      if (recordStart >= 0) {
        sink.fail("offset " + recordStart, "truncated record: the file ends before </REUTERS>");
        records++;
      }
      if (records == 0) {
        throw new BadInputException("no <REUTERS> records found");
      }
    }
  }

  private static boolean startsRecord(byte[] line, int at) {
    int next = at + OPEN.length;
    return next >= line.length || line[next] == ' ' || line[next] == '>' || line[next] == '\t';
  }

  private static void parseRecord(byte[] bytes, InputFile input, String pos, ArticleSink sink) {
    Decoding.Decoded d = Decoding.decode(bytes);
    if (d.fallback()) {
      sink.warn(pos, "not valid UTF-8; read as Windows-1252");
    }
    try {
      sink.accept(parse(d.text(), input.name(), pos));
    } catch (BadInputException e) {
      sink.fail(pos, e.getMessage());
    }
  }

  /** Parses one {@code <REUTERS>} element; public for tests. */
  public static Article parse(String sgml, String file, String offsetPos) throws BadInputException {
    int tagEnd = sgml.indexOf('>');
    String openTag = tagEnd > 0 ? sgml.substring(0, tagEnd) : sgml;
    Matcher id = NEWID.matcher(openTag);
    if (!id.find()) {
      throw new BadInputException("record has no NEWID attribute");
    }
    String newId = id.group(1);
    Matcher text = TEXT.matcher(sgml);
    if (!text.find()) {
      throw new BadInputException("record NEWID " + newId + " has no <TEXT> element");
    }
    String attrs = text.group(1);
    String inner = text.group(2);
    String title = clean(group(TITLE, inner));
    String dateline = clean(group(DATELINE, inner));
    String author = clean(group(AUTHOR, inner));
    String rawBody;
    if (attrs.contains("UNPROC")) {
      rawBody = inner.replaceAll("<[^>]*>", " ");
    } else {
      rawBody = group(BODY, inner);
    }
    String body = rawBody == null ? "" : Paragraphs.normalise(decodeEntities(rawBody));
    body = SIGN_OFF.matcher(body).replaceFirst("");
    if (!body.isEmpty() && dateline != null && !dateline.isEmpty()) {
      // the dash ends the dateline as on the wire: without it "March 11" runs into the first words
      body = dateline + " - " + body;
    }
    if ((title == null || title.isEmpty()) && body.isEmpty()) {
      throw new BadInputException("record NEWID " + newId + " has no title and no body");
    }
    if (title == null || title.isEmpty()) {
      title = Paragraphs.shorten(Paragraphs.split(body).get(0), PlainTextReader.TITLE_MAX);
    }
    if (author != null) {
      author = PlainTextReader.stripBy(author).replaceFirst(",?\\s*Reuters?$", "").strip();
    }
    String date = group(DATE, sgml);
    return new Article(
        ArticleIds.of(null, title, body),
        new Origin(file, "NEWID " + newId),
        title,
        body,
        Dates.parseReuters(date == null ? null : decodeEntities(date)),
        "Reuters",
        author,
        null,
        null);
  }

  private static String group(Pattern p, String s) {
    Matcher m = p.matcher(s);
    return m.find() ? m.group(1) : null;
  }

  private static String clean(String s) {
    return s == null ? null : Paragraphs.collapseWhitespace(decodeEntities(s)).replaceAll("\\s*-\\s*$", "");
  }

  /** Decodes the entities Reuters uses; control-character references are wire codes and go. */
  static String decodeEntities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder sb = new StringBuilder(s.length());
    while (m.find()) {
      String e = m.group(1);
      String rep;
      switch (e) {
        case "lt" -> rep = "<";
        case "gt" -> rep = ">";
        case "amp" -> rep = "&";
        case "quot" -> rep = "\"";
        case "apos" -> rep = "'";
        default -> {
          int code = Integer.parseInt(e.substring(1));
          rep = code == 9 || code == 10 || code == 13 ? " " : code >= 32 && code != 127 && Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : "";
        }
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(rep));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static int indexOf(byte[] hay, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= hay.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** Splits a byte stream into lines that keep their terminating newline. */
  private static final class LineScanner {
    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

    LineScanner(InputStream in) {
      this.in = in;
    }

    byte[] next() throws IOException {
      line.reset();
      while (true) {
        if (pos == len) {
          len = in.read(buf);
          pos = 0;
          if (len <= 0) {
            len = 0;
            return line.size() == 0 ? null : line.toByteArray();
          }
        }
        int start = pos;
        while (pos < len && buf[pos] != '\n') {
          pos++;
        }
        if (pos < len) {
          pos++; // include the newline
          line.write(buf, start, pos - start);
          return line.toByteArray();
        }
        line.write(buf, start, pos - start);
      }
    }
  }
}
