package org.newssearch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newssearch.model.EntityType;
import org.newssearch.model.Mention;
import org.newssearch.model.Quote;

/**
 * One annotated article of a gold file: its text and the entities and quotes a careful reader
 * marked in it, in the form {@code news extract --json} writes (see src/test/resources/gold).
 */
public record GoldArticle(String id, String text, List<Mention> entities, List<Quote> quotes) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public GoldArticle {
    entities = List.copyOf(entities);
    quotes = List.copyOf(quotes);
  }

  /** Reads a gold file; a malformed line is an error naming its line number. */
  public static List<GoldArticle> read(Path file) throws IOException {
    List<GoldArticle> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(parse(JSON.readTree(line)));
        } catch (IOException | RuntimeException e) {
          throw new IOException(file + ", line " + n + ": not a gold article (" + e.getMessage() + ")", e);
        }
      }
    }
    return out;
  }

  static GoldArticle parse(JsonNode n) {
    String text = n.get("text").asText();
    List<Mention> ents = new ArrayList<>();
    for (JsonNode e : n.path("entities")) {
      ents.add(new Mention(e.get("start").asInt(), e.get("end").asInt(), e.get("text").asText(), EntityType.valueOf(e.get("type").asText()), e.path("canonical").asText(e.get("text").asText())));
    }
    List<Quote> quotes = new ArrayList<>();
    for (JsonNode q : n.path("quotes")) {
      String speaker = q.path("speaker").isNull() || q.path("speaker").isMissingNode() ? null : q.get("speaker").asText();
      quotes.add(new Quote(
          q.get("start").asInt(),
          q.get("end").asInt(),
          q.get("text").asText(),
          speaker,
          speaker == null ? -1 : q.path("speakerStart").asInt(-1),
          speaker == null ? -1 : q.path("speakerEnd").asInt(-1),
          q.path("cue").isNull() ? null : q.path("cue").asText(null),
          q.path("group").asInt(0)));
    }
    return new GoldArticle(n.path("id").asText(""), text, ents, quotes);
  }
}
