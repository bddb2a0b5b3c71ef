package org.newssearch.search;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.ConcurrentSortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.newssearch.index.Schema;
import org.newssearch.model.EntityType;

/**
 * The top entities among the articles matching a query, with article counts: Lucene's sorted-set
 * doc-values facets over the canonical names, one dimension per entity type.
 */
public final class EntityFacets implements AutoCloseable {

  /**
   * Above this many matching articles the counting is spread over the cores, one segment per task:
   * counting is linear in the matches (a common word matches most of a million articles, about
   * 45 ms on one core), while for small result sets the hand-over would cost more than it saves.
   */
  static final long CONCURRENT_ABOVE = 100_000;


  /** An entity and the number of matching articles that name it. */
  public record EntityCount(EntityType type, String name, long articles) {}

  /** @param total matching articles */
  public record Result(long total, long tookMs, Map<EntityType, List<EntityCount>> byType) {}

  private final NewsSearcher searcher;
  private SortedSetDocValuesReaderState state;
  private ExecutorService pool;
  long concurrentAbove = CONCURRENT_ABOVE; // tests lower it to compare both ways on a small index

  EntityFacets(NewsSearcher searcher) {
    this.searcher = searcher;
  }

  private synchronized SortedSetDocValuesReaderState state() throws IOException {
    if (state == null) {
      state = new DefaultSortedSetDocValuesReaderState(searcher.reader(), Schema.facetsConfig());
    }
    return state;
  }

  /**
   * @param query classic syntax, or null/blank for every article
   * @param type one type, or null for all three
   */
  public Result top(String query, EntityType type, int limit, LocalDate from, LocalDate to, String source) throws IOException, QueryException {
    long t0 = System.nanoTime();
    Query q = query == null || query.isBlank() ? new MatchAllDocsQuery() : searcher.parser(false).parse(query);
    // counting needs the matches, not their scores
    Query filtered = new ConstantScoreQuery(searcher.withFilters(q, Schema.KIND_ARTICLE, from, to, source));
    FacetsCollector fc = searcher.searcher().search(filtered, new FacetsCollectorManager());
    long total = 0;
    for (FacetsCollector.MatchingDocs md : fc.getMatchingDocs()) {
      total += md.totalHits();
    }
    Map<EntityType, List<EntityCount>> out = new EnumMap<>(EntityType.class);
    SortedSetDocValuesReaderState st = state();
    Facets facets = total == 0 || !hasDims(st) ? null : count(st, fc, total);
    for (EntityType t : EntityType.values()) {
      if (type != null && t != type) {
        continue;
      }
      List<EntityCount> counts = new ArrayList<>();
      if (facets != null && st.getOrdRange(t.field()) != null) {
        FacetResult r = facets.getTopChildren(limit, t.field());
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            counts.add(new EntityCount(t, lv.label, lv.value.longValue()));
          }
        }
      }
      out.put(t, counts);
    }
    return new Result(total, (System.nanoTime() - t0) / 1_000_000, out);
  }

  private synchronized ExecutorService pool() {
    if (pool == null) {
      AtomicInteger n = new AtomicInteger();
      pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(r, "news-facets-" + n.incrementAndGet());
        t.setDaemon(true); // a command that forgets to close must still exit
        return t;
      });
    }
    return pool;
  }

  private Facets count(SortedSetDocValuesReaderState st, FacetsCollector fc, long total) throws IOException {
    if (total < concurrentAbove || Runtime.getRuntime().availableProcessors() < 2) {
      return new SortedSetDocValuesFacetCounts(st, fc);
    }
    try {
      return new ConcurrentSortedSetDocValuesFacetCounts(st, fc, pool());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while counting entities");
    }
  }

  @Override
  public synchronized void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private static boolean hasDims(SortedSetDocValuesReaderState st) {
    return st.getDims().iterator().hasNext();
  }
}
