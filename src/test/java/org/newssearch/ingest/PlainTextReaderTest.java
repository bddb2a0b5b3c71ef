package org.newssearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.model.Article;
import org.newssearch.model.Origin;

class PlainTextReaderTest {

  @TempDir Path dir;

  @Test
  void headerGivesMetadataAndEndsAtFirstBlankLine() throws Exception {
    Article a = PlainTextReader.parse(
        "Title: Floods hit Leeds\nDate: 2021-03-14\nSource: The Daily Courier\nAuthor: By Jane Smith\nURL: https://www.example.com/floods/\n\nFirst paragraph.\n\nSecond one\ncontinues here.\n",
        Origin.of("f.txt"));
    assertEquals("Floods hit Leeds", a.title());
    assertEquals("2021-03-14", a.date().toString());
    assertEquals("The Daily Courier", a.source());
    assertEquals("Jane Smith", a.author());
    assertEquals("https://www.example.com/floods/", a.url());
    assertEquals("https://example.com/floods", a.id(), "the id is the normalised URL");
    assertEquals("First paragraph.\n\nSecond one continues here.", a.body());
  }

  @Test
  void withoutHeaderTheTitleIsTheFirstParagraphShortenedAndStaysInTheBody() throws Exception {
    String lede = "The husband of a jailed charity worker today told the Foreign Secretary he ‘must be tougher’ to secure her release from prison in Tehran after nearly four years";
    Article a = PlainTextReader.parse(lede + "\n\nMr Smith said: ‘No breakthrough.’\n", Origin.of("f.txt"));
    assertTrue(a.title().length() <= PlainTextReader.TITLE_MAX, a.title());
    assertTrue(a.title().endsWith("…"), a.title());
    assertTrue(lede.startsWith(a.title().substring(0, a.title().length() - 1)), "cut at a word boundary");
    assertTrue(a.body().startsWith(lede), "the lede stays in the body");
    assertNull(a.date());
    assertEquals(16, a.id().length(), "no URL: a 64-bit content hash");
  }

  @Test
  void aColonInTheFirstLineIsNotAHeaderUnlessTheKeyIsKnown() throws Exception {
    Article a = PlainTextReader.parse("Breaking: storm closes roads\n\nMore text.", Origin.of("f.txt"));
    assertEquals("Breaking: storm closes roads", a.title());
    assertTrue(a.body().startsWith("Breaking: storm"));
  }

  @Test
  void invalidUtf8FallsBackToWindows1252AndSaysSo() throws Exception {
    Path f = dir.resolve("latin.txt");
    Files.write(f, "Caf\u00e9 owner says \u201cno\u201d\n\nBody text.".getBytes(Decoding.WINDOWS_1252));
    List<String> warnings = new ArrayList<>();
    List<Article> got = new ArrayList<>();
    new PlainTextReader().read(Formats.probe(f, 1 << 20), sink(got, warnings));
    assertEquals("Café owner says “no”", got.get(0).title());
    assertEquals(List.of("not valid UTF-8; read as Windows-1252"), warnings);
  }

  @Test
  void crlfAndByteOrderMarkAreNormalised() throws Exception {
    Path f = dir.resolve("win.txt");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = "Title: T\r\n\r\nOne\r\ntwo\r\n\r\nThree\r\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, 3);
    System.arraycopy(text, 0, all, 3, text.length);
    Files.write(f, all);
    List<Article> got = new ArrayList<>();
    new PlainTextReader().read(Formats.probe(f, 1 << 20), sink(got, new ArrayList<>()));
    assertEquals("T", got.get(0).title());
    assertEquals("One two\n\nThree", got.get(0).body());
  }

  @Test
  void whitespaceOnlyTextIsRefused() {
    BadInputException e = assertThrows(BadInputException.class, () -> PlainTextReader.parse("  \n\n \t\n", Origin.of("f.txt")));
    assertEquals("no text (only whitespace)", e.getMessage());
  }

  static ArticleSink sink(List<Article> got, List<String> warnings) {
    return new ArticleSink() {
      @Override
      public void accept(Article article) {
        got.add(article);
      }

      @Override
      public void fail(String position, String reason) {
        throw new AssertionError(position + ": " + reason);
      }

      @Override
      public void warn(String position, String message) {
        warnings.add(message);
      }
    };
  }
}
