package org.newssearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newssearch.model.EntityType;
import org.newssearch.testing.TestIndexes;

class EntitySearchTest {

  @TempDir static Path dir;
  static Path index;

  @BeforeAll
  static void build() throws Exception {
    Path in = dir.resolve("in");
    TestIndexes.write(in, "husband.txt", "Title: Husband meets minister\n\nRichard Ratcliffe met Boris Johnson at the Foreign Office in London. Mr Ratcliffe said Mr Johnson listened. Later he flew to Tehran.\n");
    TestIndexes.write(in, "wife.txt", "Title: Detained mother\n\nNazanin Zaghari-Ratcliffe remains in prison in Tehran. Mrs Zaghari-Ratcliffe denies the charges against her.\n");
    TestIndexes.write(in, "other.txt", "Title: Budget day\n\nChancellor Rachel Moreno presented the budget in London. Ms Moreno said the Treasury had done its sums.\n");
    index = dir.resolve("index");
    TestIndexes.index(index, in);
  }

  private static List<String> titles(String q) throws Exception {
    try (NewsSearcher s = NewsSearcher.open(index)) {
      return s.search(SearchRequest.of(q)).hits().stream().map(SearchHit::title).sorted().toList();
    }
  }

  @Test
  void entityFieldsFindEveryNameAnArticleUses() throws Exception {
    assertEquals(List.of("Husband meets minister"), titles("person:\"Boris Johnson\""));
    assertEquals(List.of("Husband meets minister"), titles("person:Johnson"));
    assertEquals(List.of("Husband meets minister"), titles("person:\"Mr Johnson\""));
    assertEquals(List.of("Husband meets minister"), titles("person:\"Richard Ratcliffe\""), "not the article that only names his wife");
    assertEquals(List.of("Husband meets minister"), titles("person:\"Mr Ratcliffe\""));
    assertEquals(List.of("Detained mother"), titles("person:Zaghari-Ratcliffe"));
    assertEquals(List.of("Husband meets minister"), titles("org:\"Foreign Office\""));
    assertEquals(List.of("Detained mother", "Husband meets minister"), titles("place:Tehran"));
    assertEquals(List.of("Budget day", "Husband meets minister"), titles("entity:London"));
    assertEquals(List.of("Husband meets minister"), titles("place:Tehran AND person:Johnson"));
  }

  @Test
  void facetsCountArticlesPerEntity() throws Exception {
    try (NewsSearcher s = NewsSearcher.open(index)) {
      EntityFacets.Result r = s.entities("tehran", null, 10, null, null, null);
      assertEquals(2, r.total());
      List<String> people = r.byType().get(EntityType.PERSON).stream().map(c -> c.name() + "=" + c.articles()).sorted().toList();
      assertEquals(List.of("Boris Johnson=1", "Nazanin Zaghari-Ratcliffe=1", "Richard Ratcliffe=1"), people);
      assertEquals(List.of("London=1", "Tehran=2"), r.byType().get(EntityType.LOCATION).stream().map(c -> c.name() + "=" + c.articles()).sorted().toList());
      EntityFacets.Result all = s.entities(null, EntityType.LOCATION, 1, null, null, null);
      assertEquals(3, all.total());
      assertEquals(1, all.byType().get(EntityType.LOCATION).size());
      assertTrue(all.byType().get(EntityType.PERSON) == null, "only the type asked for");
    }
  }

  @Test
  void countingSpreadOverTheCoresGivesTheSameCounts() throws Exception {
    Path ix = dir.resolve("corpus-index");
    TestIndexes.index(ix, TestIndexes.corpus().resolve("text"));
    TestIndexes.index(ix, TestIndexes.corpus()); // a second run: a second segment to count apart
    try (NewsSearcher s = NewsSearcher.open(ix)) {
      assertTrue(s.reader().leaves().size() > 1, "two segments");
      for (String q : new String[] {null, "said", "minister OR president", "place:London"}) {
        s.entityFacets().concurrentAbove = Long.MAX_VALUE;
        EntityFacets.Result one = s.entities(q, null, 20, null, null, null);
        s.entityFacets().concurrentAbove = 0;
        EntityFacets.Result spread = s.entities(q, null, 20, null, null, null);
        assertTrue(one.total() > 0, q);
        assertEquals(one.total(), spread.total(), q);
        assertEquals(one.byType(), spread.byType(), q);
      }
    }
  }
}
