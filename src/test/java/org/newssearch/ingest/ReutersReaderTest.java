package org.newssearch.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.model.Article;

class ReutersReaderTest {

  @TempDir Path dir;

  @Test
  void readsRecordsAndReportsBrokenOnesByOffset() throws Exception {
    ReaderFixtures.Result r = ReaderFixtures.read(ReaderFixtures.fixture("reuters.sgm"));
    assertEquals(List.of("NEWID 1", "NEWID 2", "NEWID 3", "NEWID 6"), r.articles().stream().map(a -> a.origin().position()).toList());
    assertEquals(2, r.failures().size(), r.failures().toString());
    assertTrue(r.failures().get(0).matches("offset \\d+: record has no NEWID attribute"), r.failures().get(0));
    assertTrue(r.failures().get(1).matches("offset \\d+: record is not closed before the next <REUTERS> at offset \\d+"), r.failures().get(1));
  }

  @Test
  void fieldsEntitiesDatelineAndSignOff() throws Exception {
    List<Article> a = ReaderFixtures.read(ReaderFixtures.fixture("reuters.sgm")).articles();
    Article cocoa = a.get(0);
    assertEquals("BAHIA COCOA REVIEW", cocoa.title());
    assertEquals("1987-02-26T15:01:01Z", cocoa.date().toString());
    assertEquals("Reuters", cocoa.source());
    assertEquals(
        "SALVADOR, Feb 26 - Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January and improving prospects for the coming temporao.\n\n"
            + "Comissaria Smith said stocks of <PROD> were up & rising.",
        cocoa.body(),
        "the dateline kept with its dash, indented lines start paragraphs, entities decoded, the Reuter sign-off dropped");
    assertEquals("ACME CORP <ACM> 1ST QTR NET", a.get(1).title());
    assertEquals("", a.get(1).body(), "a BRIEF has a title only");
    assertEquals("1987-04-09", a.get(1).date().toString(), "hour 605 keeps the day");
    assertEquals("Raw unprocessed wire text about grain shipments from Chicago.", a.get(2).body());
  }

  @Test
  void gzipIsReadTransparently() throws Exception {
    Path gz = dir.resolve("reut2-x.sgm.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(ReaderFixtures.fixture("reuters.sgm")));
    }
    assertEquals(4, ReaderFixtures.read(gz).articles().size());
  }
}
