package org.newssearch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.newssearch.search.Snippet;

/** Shared formatting for the commands: JSON, CSV, numbers and snippets on a terminal. */
final class Output {

  static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  private static final CsvMapper CSV = new CsvMapper();

  private Output() {}

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a header and rows as RFC 4180 CSV. */
  static void csv(PrintWriter out, List<String> header, List<List<Object>> rows) {
    CsvSchema.Builder schema = CsvSchema.builder();
    header.forEach(schema::addColumn);
    try {
      out.print(CSV.writer(schema.build().withHeader()).writeValueAsString(rows));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String snippet(Snippet s, Terminal term) {
    StringBuilder sb = new StringBuilder();
    for (Snippet.Segment seg : s.segments()) {
      sb.append(seg.match() ? (term.color() ? term.match(seg.text()) : "[" + seg.text() + "]") : seg.text());
    }
    return sb.toString();
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String seconds(double s) {
    return s < 10 ? String.format(Locale.ROOT, "%.2f s", s) : String.format(Locale.ROOT, "%.1f s", s);
  }

  /** Wraps text to a width with an indent, for terminals. */
  static String wrap(String text, int width, String indent) {
    StringBuilder sb = new StringBuilder();
    int col = 0;
    for (String word : text.split(" ")) {
      int visible = visibleLength(word);
      if (col > 0 && col + 1 + visible > width - indent.length()) {
        sb.append('\n').append(indent);
        col = 0;
      } else if (col > 0) {
        sb.append(' ');
        col++;
      } else {
        sb.append(indent);
      }
      sb.append(word);
      col += visible;
    }
    return sb.toString();
  }

  private static int visibleLength(String s) {
    return s.replaceAll("\u001b\\[[0-9;]*m", "").length();
  }
}
