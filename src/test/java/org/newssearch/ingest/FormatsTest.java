package org.newssearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsTest {

  @TempDir Path dir;

  private Format probe(String name, String content) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return Formats.probe(p, 1 << 20).format();
  }

  @Test
  void extensionChoosesTheFormat() throws Exception {
    assertEquals(Format.TEXT, probe("a.txt", "Just text."));
    assertEquals(Format.JSONL, probe("a.jsonl", "{\"title\":\"x\"}"));
    assertEquals(Format.HTML, probe("a.htm", "<p>hi</p>"));
    assertEquals(Format.SGML, probe("a.sgm", "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS NEWID=\"1\">"));
    assertEquals(Format.TEXT, probe("README", "No extension is plain text."));
  }

  @Test
  void unmistakableContentWinsOverTheExtension() throws Exception {
    assertEquals(Format.HTML, probe("saved.txt", "<!DOCTYPE html><html><body><p>x</p></body></html>"));
    assertEquals(Format.SGML, probe("reut.txt", "<REUTERS NEWID=\"1\">"));
  }

  @Test
  void unknownBinaryAndEmptyInputsAreRefusedWithAReason() throws Exception {
    BadInputException unknown = assertThrows(BadInputException.class, () -> probe("table.csv", "a,b\n1,2\n"));
    assertTrue(unknown.getMessage().startsWith("unknown format '.csv'"), unknown.getMessage());
    Path bin = dir.resolve("photo.txt");
    Files.write(bin, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    BadInputException binary = assertThrows(BadInputException.class, () -> Formats.probe(bin, 1 << 20));
    assertEquals("binary file, not text (is it a PNG image?)", binary.getMessage());
    BadInputException empty = assertThrows(BadInputException.class, () -> probe("empty.txt", ""));
    assertEquals("empty file", empty.getMessage());
    BadInputException missing = assertThrows(BadInputException.class, () -> Formats.probe(dir.resolve("nope.txt"), 1 << 20));
    assertEquals("no such file", missing.getMessage());
  }

  @Test
  void filesOverTheSizeLimitAreRefusedWhenRead() throws Exception {
    Path big = dir.resolve("big.txt");
    Files.writeString(big, "x".repeat(5000));
    InputFile in = Formats.probe(big, 1000);
    BadInputException e = assertThrows(BadInputException.class, in::readAll);
    assertEquals("4.9 KB is over the size limit of 1000 B (--max-size)", e.getMessage());
  }
}
