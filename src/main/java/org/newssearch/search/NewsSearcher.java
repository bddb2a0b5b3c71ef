package org.newssearch.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.SplittingBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.newssearch.index.IndexState;
import org.newssearch.index.Schema;
import org.newssearch.model.EntityType;

/**
 * Read-only access to an index: search, show, stats. Opens one point-in-time reader and never
 * writes. Thread-safe.
 */
public final class NewsSearcher implements AutoCloseable {

  /** Hits are counted exactly up to here; beyond, the total is a lower bound ("1,000+"), as Lucene does by default: counting every hit of a common word would cost more than finding the top ten. */
  public static final int TOTAL_HITS_THRESHOLD = 1_000;
  private static final int SNIPPET_PASSAGES = 2;
  private static final int SNIPPET_GOAL_CHARS = 160;

  private final Directory dir;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Path path;
  private final QueryAnalyzers analyzers = QueryAnalyzers.create();
  private final QuoteSearch quoteSearch = new QuoteSearch(this);
  private final EntityFacets entityFacets = new EntityFacets(this);

  private NewsSearcher(Path path, Directory dir, DirectoryReader reader) {
    this.path = path;
    this.dir = dir;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), NewsQueryParser.MAX_CLAUSES));
  }

  /** Opens the index at {@code path}; {@link NoIndexException} when there is none. */
  public static NewsSearcher open(Path path) throws IOException {
    if (!Files.isDirectory(path)) {
      throw new NoIndexException("no index at " + path + " (run: news index PATH...)");
    }
    Directory dir = FSDirectory.open(path);
    try {
      if (!DirectoryReader.indexExists(dir)) {
        throw new NoIndexException("no index at " + path + " (run: news index PATH...)");
      }
      return new NewsSearcher(path, dir, DirectoryReader.open(dir));
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  public IndexReader reader() {
    return reader;
  }

  public IndexSearcher searcher() {
    return searcher;
  }

  public SearchResults search(SearchRequest req) throws QueryException, IOException {
    long t0 = System.nanoTime();
    Query userQuery = parser(false).parse(req.query());
    Query query = withFilters(userQuery, Schema.KIND_ARTICLE, req.from(), req.to(), req.source());
    int n = req.offset() + req.limit();
    TopDocs top = topDocs(query, req.sort(), Math.max(n, 1));
    ScoreDoc[] page = top.scoreDocs.length <= req.offset() ? new ScoreDoc[0] : Arrays.copyOfRange(top.scoreDocs, req.offset(), Math.min(top.scoreDocs.length, n));
    Snippet[] bodies = new Snippet[page.length];
    Snippet[] titles = new Snippet[page.length];
    if (req.snippets() && page.length > 0) {
      highlight(userQuery, page, req.titleSnippets(), titles, bodies);
    }
    List<SearchHit> hits = new ArrayList<>(page.length);
    var stored = reader.storedFields();
    Set<String> fields = Set.of(Schema.ID, Schema.TITLE, Schema.DATE, Schema.SOURCE, Schema.ORIGIN);
    for (int i = 0; i < page.length; i++) {
      Document d = stored.document(page[i].doc, fields);
      hits.add(
          new SearchHit(
              req.offset() + i + 1,
              d.get(Schema.ID),
              d.get(Schema.TITLE),
              d.get(Schema.DATE),
              d.get(Schema.SOURCE),
              d.get(Schema.ORIGIN),
              Float.isNaN(page[i].score) ? 0f : page[i].score,
              titles[i] == null ? Snippet.plain(d.get(Schema.TITLE)) : titles[i],
              bodies[i] == null ? Snippet.plain("") : bodies[i]));
    }
    boolean exact = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    return new SearchResults(top.totalHits.value(), exact, (System.nanoTime() - t0) / 1_000_000, hits);
  }

  TopDocs topDocs(Query query, SearchRequest.Sort sort, int n) throws IOException {
    if (sort == SearchRequest.Sort.DATE) {
      SortField date = new SortField(Schema.DATE, SortField.Type.LONG, true);
      date.setMissingValue(Long.MIN_VALUE); // undated articles last
      Sort s = new Sort(date, SortField.FIELD_SCORE);
      return searcher.search(query, new TopFieldCollectorManager(s, n, null, TOTAL_HITS_THRESHOLD));
    }
    return searcher.search(query, new TopScoreDocCollectorManager(n, TOTAL_HITS_THRESHOLD));
  }

  /** The user's query restricted to one kind of document and the date and source filters. */
  Query withFilters(Query q, String kind, LocalDate from, LocalDate to, String source) throws QueryException {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(q, BooleanClause.Occur.MUST);
    b.add(new TermQuery(new Term(Schema.KIND, kind)), BooleanClause.Occur.FILTER);
    if (from != null || to != null) {
      long lo = from == null ? Long.MIN_VALUE : from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      long hi = to == null ? Long.MAX_VALUE : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
      b.add(LongPoint.newRangeQuery(Schema.DATE, lo, hi), BooleanClause.Occur.FILTER);
    }
    if (source != null && !source.isBlank()) {
      String escaped = source.replace("\\", "\\\\").replace("\"", "\\\"");
      b.add(parser(false).parse("source:\"" + escaped + "\""), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private void highlight(Query q, ScoreDoc[] page, boolean withTitles, Snippet[] titles, Snippet[] bodies) throws IOException {
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
    }
    String[] fields = withTitles ? new String[] {Schema.TITLE, Schema.BODY} : new String[] {Schema.BODY};
    int[] passages = withTitles ? new int[] {1, SNIPPET_PASSAGES} : new int[] {SNIPPET_PASSAGES};
    Map<String, Object[]> res = highlighter(Map.of(Schema.BODY, Set.of(Schema.BODY_EXACT), Schema.TITLE, Set.of(Schema.TITLE_EXACT))).highlight(fields, q, docs, passages);
    Object[] t = res.get(Schema.TITLE);
    Object[] b = res.get(Schema.BODY);
    for (int i = 0; i < page.length; i++) {
      titles[i] = t != null && t[i] instanceof Snippet s && !s.matches().isEmpty() ? s : null;
      bodies[i] = b[i] instanceof Snippet s ? s : null;
    }
  }

  /** A unified highlighter over our analyzers; {@code masks} lets a stored field show the matches of its twins. */
  Highlighter highlighter(Map<String, Set<String>> masks) {
    return highlighter(masks, false);
  }

  /** @param whole one passage of the whole value (a quote), not sentences around the matches */
  Highlighter highlighter(Map<String, Set<String>> masks, boolean whole) {
    UnifiedHighlighter.Builder b =
        UnifiedHighlighter.builder(searcher, analyzers.perField())
            .withWeightMatches(true)
            .withFormatter(new SnippetFormatter())
            .withMaxLength(100_000)
            .withBreakIterator(whole
                ? WholeBreakIterator::new
                : () -> LengthGoalBreakIterator.createClosestToLength(new SplittingBreakIterator(BreakIterator.getSentenceInstance(Locale.ROOT), '\n'), SNIPPET_GOAL_CHARS, 0.5f))
            .withMaskedFieldsFunc(f -> masks.getOrDefault(f, Set.of()));
    return new Highlighter(b);
  }

  /** A parser sharing this searcher's analyzers. */
  NewsQueryParser parser(boolean quoteMode) {
    return new NewsQueryParser(reader, quoteMode, analyzers);
  }

  QueryAnalyzers analyzers() {
    return analyzers;
  }

  public QuoteResults quotes(QuoteRequest req) throws IOException, QueryException {
    return quoteSearch.search(req);
  }

  /** Top entities among the articles matching {@code query} (null: all). */
  public EntityFacets.Result entities(String query, EntityType type, int limit, LocalDate from, LocalDate to, String source) throws IOException, QueryException {
    return entityFacets.top(query, type, limit, from, to, source);
  }

  /** Exposes the object-returning highlight call the public API keeps protected. */
  static final class Highlighter extends UnifiedHighlighter {
    Highlighter(UnifiedHighlighter.Builder b) {
      super(b);
    }

    Map<String, Object[]> highlight(String[] fields, Query q, int[] docs, int[] passages) throws IOException {
      return highlightFieldsAsObjects(fields, q, docs, passages);
    }
  }

  public Optional<StoredArticle> show(String id) throws IOException {
    int doc = IndexState.firstLiveDoc(reader, Schema.ID, new BytesRef(id));
    if (doc < 0) {
      doc = IndexState.firstLiveDoc(reader, Schema.XID, new BytesRef(id));
    }
    if (doc < 0) {
      return Optional.empty();
    }
    Document d = reader.storedFields().document(doc);
    String aid = d.get(Schema.ID);
    List<StoredArticle.EntityNames> entities = new ArrayList<>();
    String ents = d.get(Schema.ENTITIES);
    if (ents != null) {
      for (String line : ents.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.split("\t");
        entities.add(new StoredArticle.EntityNames(parts[0], parts[1], List.of(parts).subList(2, parts.length)));
      }
    }
    int quotes = searcher.count(new BooleanQuery.Builder()
        .add(new TermQuery(new Term(Schema.AID, aid)), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_QUOTE)), BooleanClause.Occur.FILTER)
        .build());
    return Optional.of(
        new StoredArticle(
            aid, d.get(Schema.XID), d.get(Schema.TITLE), d.get(Schema.BODY), d.get(Schema.DATE), d.get(Schema.SOURCE), d.get(Schema.AUTHOR), d.get(Schema.URL), d.get(Schema.ORIGIN), entities, quotes));
  }

  public IndexStats stats() throws IOException {
    long articles = count(Schema.KIND_ARTICLE);
    long quotes = count(Schema.KIND_QUOTE);
    long origins = count(Schema.KIND_ORIGIN);
    Map<String, Long> sources = new HashMap<>();
    for (LeafReaderContext ctx : reader.leaves()) {
      SortedDocValues dv = ctx.reader().getSortedDocValues(Schema.SOURCE_KEY);
      if (dv == null) {
        continue;
      }
      long[] counts = new long[dv.getValueCount()];
      var live = ctx.reader().getLiveDocs();
      for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
        if (live == null || live.get(doc)) {
          counts[dv.ordValue()]++;
        }
      }
      for (int o = 0; o < counts.length; o++) {
        if (counts[o] > 0) {
          sources.merge(dv.lookupOrd(o).utf8ToString(), counts[o], Long::sum);
        }
      }
    }
    List<IndexStats.Count> sourceCounts = new ArrayList<>();
    sources.forEach((k, v) -> sourceCounts.add(new IndexStats.Count(k, v)));
    sourceCounts.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.name().compareTo(b.name()));
    String first = null;
    String last = null;
    byte[] min = PointValues.getMinPackedValue(reader, Schema.DATE);
    byte[] max = PointValues.getMaxPackedValue(reader, Schema.DATE);
    if (min != null && max != null) {
      first = Instant.ofEpochMilli(NumericUtils.sortableBytesToLong(min, 0)).atZone(ZoneOffset.UTC).toLocalDate().toString();
      last = Instant.ofEpochMilli(NumericUtils.sortableBytesToLong(max, 0)).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
    long dated = searcher.count(new BooleanQuery.Builder()
        .add(LongPoint.newRangeQuery(Schema.DATE, Long.MIN_VALUE, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(Schema.KIND, Schema.KIND_ARTICLE)), BooleanClause.Occur.FILTER)
        .build());
    long size = 0;
    for (String f : dir.listAll()) {
      try {
        size += dir.fileLength(f);
      } catch (IOException e) {
        // a file merged away since listing
      }
    }
    return new IndexStats(articles, quotes, origins, sourceCounts, first, last, articles - dated, size, reader.leaves().size());
  }

  private long count(String kind) throws IOException {
    return searcher.count(new TermQuery(new Term(Schema.KIND, kind)));
  }

  EntityFacets entityFacets() {
    return entityFacets;
  }

  public Path path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    entityFacets.close();
    try {
      reader.close();
    } finally {
      dir.close();
    }
  }
}
