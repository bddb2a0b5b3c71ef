package org.newssearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.testing.TestIndexes;

class ExtractCommandTest {

  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();

  private CliRunner.Result withStdin(String input, String... args) {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
      return CliRunner.run(args);
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void jsonLinesFromStdinGiveOffsetsIntoTheGivenText() throws Exception {
    String text = "Mr Ratcliffe told reporters: ‘In truth, no breakthrough.’\nRichard Ratcliffe later left London.";
    CliRunner.Result r = withStdin(json.writeValueAsString(java.util.Map.of("id", "a1", "text", text)) + "\n", "extract", "--json", "-");
    assertEquals(0, r.exit(), r.err());
    JsonNode line = json.readTree(r.out());
    assertEquals("a1", line.get("id").asText());
    for (JsonNode e : line.get("entities")) {
      assertEquals(e.get("text").asText(), text.substring(e.get("start").asInt(), e.get("end").asInt()));
      assertTrue(e.get("type").asText().matches("PERSON|ORGANIZATION|LOCATION"));
    }
    JsonNode q = line.get("quotes").get(0);
    assertEquals("In truth, no breakthrough.", q.get("text").asText());
    assertEquals("Richard Ratcliffe", q.get("speaker").asText());
    assertEquals("Ratcliffe", text.substring(q.get("speakerStart").asInt(), q.get("speakerEnd").asInt()));
    assertEquals("told", q.get("cue").asText());
    assertEquals(0, q.get("group").asInt());
  }

  @Test
  void tenThousandLinesInOneProcessAndBadLinesAreReported() throws Exception {
    StringBuilder in = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      in.append(json.writeValueAsString(java.util.Map.of("id", "n" + i, "text", "‘We will appeal,’ said Dr Amara Okafor in Leeds, line " + i + ".")));
      in.append('\n');
    }
    in.append("{not json}\n");
    CliRunner.Result r = withStdin(in.toString(), "extract", "--json", "-");
    assertEquals(1, r.exit(), "one bad line");
    assertEquals("news: stdin, line 10001: invalid JSON; skipped\n", r.err());
    String[] lines = r.out().split("\n");
    assertEquals(10_000, lines.length);
    JsonNode last = json.readTree(lines[9_999]);
    assertEquals("n9999", last.get("id").asText());
    assertEquals("Amara Okafor", last.get("quotes").get(0).get("speaker").asText());
  }

  @Test
  void articleFilesOfAnyFormat() throws Exception {
    Path f = TestIndexes.write(dir, "a.txt", "Title: T\n\nBoris Johnson said: ‘Yes.’\n");
    CliRunner.Result r = CliRunner.run("extract", "--json", "--text", f.toString());
    assertEquals(0, r.exit(), r.err());
    JsonNode line = json.readTree(r.out());
    assertEquals("Boris Johnson said: ‘Yes.’", line.get("text").asText());
    CliRunner.Result human = CliRunner.run("extract", f.toString());
    assertTrue(human.out().contains("person Boris Johnson"), human.out());
    assertTrue(human.out().contains("quote  [0] Boris Johnson: “Yes.”"), human.out());
  }
}
