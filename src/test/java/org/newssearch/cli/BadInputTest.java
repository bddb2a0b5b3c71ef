package org.newssearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.search.NewsSearcher;
import org.newssearch.search.SearchRequest;

/**
 * Every kind of bad input in one folder beside good files: each gets exactly one line on stderr
 * naming the file, the position where there is one, and the reason; every good article is
 * indexed; the exit code says some inputs failed; --errors lists them as JSON lines.
 */
class BadInputTest {

  @TempDir static Path dir;
  static Path in;
  static Path index;
  static CliRunner.Result run;
  static List<String> errorLines;
  static boolean unreadableTested;

  private static final String GOOD = "Title: %s\nDate: 2021-05-01\n\nA perfectly good article about %s, with enough words to index.\n";

  @BeforeAll
  static void indexAFolderOfBadInputs() throws Exception {
    in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("good-1.txt"), GOOD.formatted("Good one", "harbours"));
    Files.writeString(in.resolve("good-2.txt"), GOOD.formatted("Good two", "railways"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.writeString(in.resolve("blank.txt"), "   \n\n\t\n");
    Files.write(in.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0});
    byte[] nul = "Title: x\n\nsome text\u0000\u0000\u0000more".getBytes(StandardCharsets.UTF_8);
    Files.write(in.resolve("program.txt"), nul);
    Files.write(in.resolve("latin1.txt"), "Title: Caf\u00e9 society\n\nThe caf\u00e9 reopened on the \u201cquiet\u201d side of the square.\n".getBytes(StandardCharsets.ISO_8859_1.newEncoder().canEncode('\u201c') ? StandardCharsets.ISO_8859_1 : java.nio.charset.Charset.forName("windows-1252")));
    Files.writeString(in.resolve("truncated.html"), "<html><body><article><h1>Cut short</h1><p>This page was cut off in the middle of a paragr");
    Files.writeString(in.resolve("no-text.html"), "<html><head><title>x</title><script>var a=1;</script></head><body><nav>Home</nav></body></html>");
    Files.writeString(in.resolve("huge.html"), "<html><body><article><p>" + "word ".repeat(30_000) + "</p></article></body></html>");
    Files.writeString(in.resolve("notes.csv"), "a,b\n1,2\n");
    Files.writeString(in.resolve("feed.jsonl"),
        "{\"title\":\"Feed good\",\"body\":\"First good line.\"}\n"
            + "{\"title\": \"Broken\" \"body\": \"no comma\"}\n"
            + "{\"title\":\"\",\"body\":\"\"}\n"
            + "{\"title\":\"Feed good too\",\"body\":\"Last good line.\"}\n");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in.resolve("wire.sgm.gz")))) {
      out.write(("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
          + "<REUTERS NEWID=\"1\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT>&#2;\n<TITLE>WIRE GOOD</TITLE>\n<BODY>A good wire story.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n"
          + "<REUTERS OLDID=\"9\">\n<TEXT><TITLE>NO ID</TITLE><BODY>x</BODY></TEXT>\n</REUTERS>\n"
          + "<REUTERS NEWID=\"3\">\n<TEXT><TITLE>CUT OFF</TITLE><BODY>never closed\n").getBytes(StandardCharsets.US_ASCII));
    }
    Files.write(in.resolve("not-gzip.sgm.gz"), "plain text pretending".getBytes(StandardCharsets.US_ASCII));
    Path unreadable = Files.writeString(in.resolve("unreadable.txt"), GOOD.formatted("Secret", "locks"));
    Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
    unreadableTested = !Files.isReadable(unreadable); // root reads everything: then this case is skipped
    if (!unreadableTested) {
      Files.delete(unreadable);
    }
    index = dir.resolve("index");
    Path errors = dir.resolve("errors.jsonl");
    run = CliRunner.run("index", "--index", index.toString(), "--max-size", "64k", "--errors", errors.toString(), in.toString(), dir.resolve("no-such-folder").toString());
    errorLines = Files.readAllLines(errors);
  }

  private static List<String> stderrLinesAbout(String file) {
    List<String> out = new ArrayList<>();
    for (String l : run.err().split("\n")) {
      if (l.contains(file)) {
        out.add(l);
      }
    }
    return out;
  }

  private static void oneLine(String file, String expected) {
    List<String> lines = stderrLinesAbout(file);
    assertEquals(1, lines.size(), "one line for " + file + " in:\n" + run.err());
    assertTrue(lines.get(0).startsWith("news: skipped "), lines.get(0));
    assertTrue(lines.get(0).endsWith(expected), "'" + lines.get(0) + "' ends with '" + expected + "'");
  }

  @Test
  void exitCodeSaysSomeInputsFailed() {
    assertEquals(1, run.exit(), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace");
  }

  @Test
  void eachBadInputGetsOneClearLine() {
    oneLine("empty.txt", "empty.txt: empty file");
    oneLine("blank.txt", "blank.txt: no text (only whitespace)");
    oneLine("photo.jpg", "photo.jpg: binary file, not text (is it a JPEG image?)");
    oneLine("program.txt", "program.txt: binary file, not text (is it a program, image or archive?)");
    oneLine("no-text.html", "no-text.html: no article text found in the page");
    oneLine("huge.html", "huge.html: 147 KB is over the size limit of 64 KB (--max-size)");
    oneLine("notes.csv", "notes.csv: unknown format '.csv' (expected .txt, .html, .jsonl, .sgm, optionally .gz)");
    oneLine("no-such-folder", "no-such-folder: no such file or folder");
    assertTrue(stderrLinesAbout("not-gzip.sgm.gz").get(0).contains("not a valid gzip file"), run.err());
  }

  @Test
  void anUnreadableFileIsReported() {
    org.junit.jupiter.api.Assumptions.assumeTrue(unreadableTested, "skipped: this user (root?) can read a file with no permissions");
    oneLine("unreadable.txt", "unreadable.txt: permission denied");
  }

  @Test
  void recordsAreReportedWithTheirLineOrOffset() {
    List<String> feed = stderrLinesAbout("feed.jsonl");
    assertEquals(2, feed.size(), run.err());
    assertTrue(feed.get(0).contains("feed.jsonl, line 2: invalid JSON: "), feed.get(0));
    assertTrue(feed.get(1).endsWith("feed.jsonl, line 3: no title and no body/text"), feed.get(1));
    List<String> wire = stderrLinesAbout("wire.sgm.gz");
    assertEquals(2, wire.size(), run.err());
    assertTrue(wire.get(0).matches(".*wire\\.sgm\\.gz, offset \\d+: record has no NEWID attribute"), wire.get(0));
    assertTrue(wire.get(1).matches(".*wire\\.sgm\\.gz, offset \\d+: truncated record: the file ends before </REUTERS>"), wire.get(1));
  }

  @Test
  void anEncodingFallbackIsAWarningAndTheFileIsIndexed() throws Exception {
    List<String> lines = stderrLinesAbout("latin1.txt");
    assertEquals(1, lines.size(), run.err());
    assertTrue(lines.get(0).startsWith("news: warning: ") && lines.get(0).endsWith("latin1.txt: not valid UTF-8; read as Windows-1252"), lines.get(0));
    try (NewsSearcher s = NewsSearcher.open(index)) {
      assertEquals(1, s.search(SearchRequest.of("\"café society\"")).total());
    }
  }

  @Test
  void everyGoodArticleIsIndexed() throws Exception {
    try (NewsSearcher s = NewsSearcher.open(index)) {
      assertEquals(7, s.stats().articles(), "good-1, good-2, latin1, truncated.html, two feed lines, the good wire story");
      assertEquals(1, s.search(SearchRequest.of("\"cut off in the middle\"")).total(), "truncated HTML is repaired");
    }
    assertTrue(run.out().contains("7 added"), run.out());
  }

  @Test
  void theErrorsFileHasOneJsonLinePerFailure() {
    int expected = 13 + (unreadableTested ? 1 : 0);
    assertEquals(expected, errorLines.size(), String.join("\n", errorLines));
    assertTrue(errorLines.stream().allMatch(l -> l.startsWith("{\"file\":") && l.contains("\"position\":") && l.contains("\"reason\":")), errorLines.toString());
    assertTrue(run.out().contains(expected + " failed"), run.out());
  }

  @Test
  void usageErrorsExitTwoAndAnUnwritableIndexExitsThree() throws Exception {
    CliRunner.Result usage = CliRunner.run("index", "--threads", "many", in.toString());
    assertEquals(2, usage.exit());
    Path notADir = Files.writeString(dir.resolve("a-file"), "x");
    CliRunner.Result unwritable = CliRunner.run("index", "--index", notADir.toString(), in.resolve("good-1.txt").toString());
    assertEquals(3, unwritable.exit(), unwritable.err());
    assertEquals(1, unwritable.err().split("\n").length, unwritable.err());
    assertTrue(unwritable.err().startsWith("news: "), unwritable.err());
    CliRunner.Result size = CliRunner.run("index", "--index", index.toString(), "--max-size", "lots", in.toString());
    assertEquals(2, size.exit());
    assertEquals("news: --max-size: not a size: 'lots' (examples: 512k, 32MB, 1g)\n", size.err());
    assertTrue(Arrays.asList(run.out().split("\n")).contains("Failed inputs:"), run.out());
  }
}
