package org.newssearch.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.newssearch.index.ArticleAnalyzer;
import org.newssearch.index.BatchIndexer;
import org.newssearch.index.IndexListener;
import org.newssearch.index.IndexOptions;
import org.newssearch.index.IndexProgress;
import org.newssearch.index.NewsIndexWriter;
import org.newssearch.index.NlpArticleAnalyzer;
import org.newssearch.ingest.InputFailure;
import org.newssearch.model.Analysis;
import org.newssearch.model.Article;
import org.newssearch.nlp.NewsNlp;
import org.newssearch.search.NewsSearcher;
import org.newssearch.search.QueryException;
import org.newssearch.search.QuoteRequest;
import org.newssearch.search.SearchRequest;

/**
 * One benchmark run: the corpus (Reuters times {@code copies}) indexed by bare Lucene, by our text
 * analysis alone and by the full pipeline with the same threads and RAM buffer, then the same seeded queries on both,
 * single-threaded after a warm-up. Everything is measured in this one process, one after the
 * other, so the two are compared on the same machine at the same time.
 */
public final class Benchmark {

  /** Options of one run. */
  public record Options(Path reuters, int copies, int threads, double ramBufferMb, int queries, long seed, Path work, boolean keepIndexes) {}

  /** Indexing figures for one pipeline. */
  public record IndexFigures(long articles, double seconds, long chars, long indexBytes, long peakHeapBytes) {
    double articlesPerSecond() {
      return articles / seconds;
    }

    double megabytesPerSecond() {
      return chars / 1048576.0 / seconds;
    }
  }

  /** Percentiles of one query group, in milliseconds. */
  public record LatencyFigures(int queries, double p50, double p95, double p99, double mean) {
    static LatencyFigures of(Latencies l) {
      return new LatencyFigures(l.count(), l.percentileMs(50), l.percentileMs(95), l.percentileMs(99), l.meanMs());
    }
  }

  /**
   * Extraction alone on the Reuters articles, one thread, best of three passes after a warm-up.
   *
   * @param articles Reuters articles with a body
   * @param chars their body characters
   * @param fullSeconds entities with aliases, quotes with speakers
   * @param entitySeconds entities with aliases only
   */
  public record ExtractionFigures(long articles, long chars, double fullSeconds, double entitySeconds) {
    public double articlesPerSecond() {
      return articles / fullSeconds;
    }

    public double entityArticlesPerSecond() {
      return articles / entitySeconds;
    }

    /** What finding quotes and their speakers adds to each article, in microseconds. */
    public double quoteMicrosPerArticle() {
      return Math.max(0, fullSeconds - entitySeconds) * 1e6 / articles;
    }
  }

  public record Result(Options options, long corpusArticles, long corpusChars, ExtractionFigures extraction, IndexFigures baseline, IndexFigures textOnly, IndexFigures full, Map<String, LatencyFigures> latencies) {
    public double throughputRatio() {
      return full.articlesPerSecond() / baseline.articlesPerSecond();
    }
  }

  private final Options o;
  private final PrintWriter log;

  public Benchmark(Options options, PrintWriter log) {
    this.o = options;
    this.log = log;
  }

  public Result run() throws IOException, QueryException {
    say("reading %s", o.reuters());
    List<Article> base = BenchCorpus.readReuters(o.reuters());
    say("%,d Reuters articles; writing %d copies as JSON lines", base.size(), o.copies());
    ExtractionFigures extraction = extraction(base);
    BenchCorpus.Generated corpus = BenchCorpus.write(base, o.copies(), o.work().resolve("corpus"));
    say("corpus: %,d articles, %.1f MB of text in %d files", corpus.articles(), corpus.chars() / 1048576.0, corpus.files().size());

    Path baselineDir = o.work().resolve("index-baseline");
    Path fullDir = o.work().resolve("index-full");
    delete(baselineDir);
    delete(fullDir);
    System.gc();
    say("indexing: bare Lucene baseline, %d threads, %.0f MB RAM buffer", o.threads(), o.ramBufferMb());
    IndexFigures baseline;
    try (HeapSampler heap = new HeapSampler()) {
      long t0 = System.nanoTime();
      long docs = BaselineIndexer.index(corpus.files(), baselineDir, o.threads(), o.ramBufferMb());
      double s = (System.nanoTime() - t0) / 1e9;
      baseline = new IndexFigures(docs, s, corpus.chars(), size(baselineDir), heap.peakBytes());
    }
    say("  %,d articles in %.1f s: %,.0f articles/s", baseline.articles(), baseline.seconds(), baseline.articlesPerSecond());
    System.gc();
    say("indexing: our text analysis alone (no entities, quotes or facets), to show what extraction costs");
    Path textDir = o.work().resolve("index-text");
    delete(textDir);
    IndexFigures text = indexOurs(corpus, textDir, article -> Analysis.EMPTY);
    delete(textDir);
    say("  %,d articles in %.1f s: %,.0f articles/s (%.2f x baseline)", text.articles(), text.seconds(), text.articlesPerSecond(), text.articlesPerSecond() / baseline.articlesPerSecond());
    say("indexing: full pipeline (our analysis, entities, quotes, quote documents, facets)");
    IndexFigures full = indexOurs(corpus, fullDir, NlpArticleAnalyzer.standard());
    say("  %,d articles in %.1f s: %,.0f articles/s (%.2f x baseline)", full.articles(), full.seconds(), full.articlesPerSecond(), full.articlesPerSecond() / baseline.articlesPerSecond());

    Map<String, LatencyFigures> lat = queries(base, baselineDir, fullDir);
    if (!o.keepIndexes()) {
      delete(baselineDir);
      delete(fullDir);
    }
    return new Result(o, corpus.articles(), corpus.chars(), extraction, baseline, text, full, lat);
  }

  /** Where extraction results go, so the JIT cannot drop the work being timed. */
  static volatile long blackhole;

  /** Entity and quote extraction alone, in memory, on one thread: best of three after a warm-up. */
  ExtractionFigures extraction(List<Article> base) {
    NewsNlp nlp = NewsNlp.standard();
    List<String> bodies = base.stream().map(Article::body).filter(b -> b != null && !b.isBlank()).toList();
    long chars = bodies.stream().mapToLong(String::length).sum();
    long sink = 0; // results are used, so the work cannot be optimised away
    for (String b : bodies) {
      sink += nlp.analyze(b).entities().size();
    }
    double full = Double.MAX_VALUE;
    double entities = Double.MAX_VALUE;
    for (int pass = 0; pass < 3; pass++) {
      long t0 = System.nanoTime();
      for (String b : bodies) {
        Analysis a = nlp.analyze(b);
        sink += a.entities().size() + a.quotes().size();
      }
      long t1 = System.nanoTime();
      for (String b : bodies) {
        sink += nlp.entities(b).size();
      }
      long t2 = System.nanoTime();
      full = Math.min(full, (t1 - t0) / 1e9);
      entities = Math.min(entities, (t2 - t1) / 1e9);
    }
    ExtractionFigures x = new ExtractionFigures(bodies.size(), chars, full, entities);
    blackhole = sink;
    say("extraction on one thread: %,.0f articles/s with quotes, %,.0f articles/s entities alone; quotes add %.1f µs an article",
        x.articlesPerSecond(), x.entityArticlesPerSecond(), x.quoteMicrosPerArticle());
    return x;
  }

  /** Our pipeline, with the given extraction, into a fresh index; fails if any article fails. */
  private IndexFigures indexOurs(BenchCorpus.Generated corpus, Path dir, ArticleAnalyzer analyzer) throws IOException {
    System.gc();
    try (HeapSampler heap = new HeapSampler(); NewsIndexWriter w = NewsIndexWriter.open(dir, o.ramBufferMb(), true)) {
      IndexOptions opts = IndexOptions.defaults().withThreads(o.threads()).withRamBufferMb(o.ramBufferMb()).withCommits(Integer.MAX_VALUE, Duration.ofHours(24));
      long t0 = System.nanoTime();
      AtomicInteger failures = new AtomicInteger();
      IndexListener listener = new IndexListener() {
        @Override
        public void failed(InputFailure f) {
          if (failures.incrementAndGet() <= 5) {
            say("  failed: %s", f);
          }
        }
      };
      IndexProgress p = new BatchIndexer(w, opts, analyzer, listener).run(List.of(corpus.files().get(0).getParent()));
      if (failures.get() > 0) {
        throw new IOException(failures.get() + " articles failed in our pipeline; the comparison would be meaningless");
      }
      double s = (System.nanoTime() - t0) / 1e9;
      return new IndexFigures(p.added() + p.duplicates(), s, corpus.chars(), size(dir), heap.peakBytes());
    }
  }

  /**
   * The full pipeline on the Reuters folder itself, 1 thread against 2, in this one JVM: a
   * warm-up run first (so the JIT compiler is not what is measured), then 1, 2, 1, 2 threads,
   * each into a fresh index. Returns the seconds of each run, in that order.
   */
  public List<double[]> threadScaling() throws IOException {
    List<double[]> runs = new ArrayList<>();
    int[] order = {2, 1, 2, 1, 2};
    for (int k = 0; k < order.length; k++) {
      Path dir = o.work().resolve("index-scaling");
      delete(dir);
      System.gc();
      try (NewsIndexWriter w = NewsIndexWriter.open(dir, o.ramBufferMb(), true)) {
        IndexOptions opts = IndexOptions.defaults().withThreads(order[k]).withRamBufferMb(o.ramBufferMb()).withCommits(Integer.MAX_VALUE, Duration.ofHours(24));
        long t0 = System.nanoTime();
        IndexProgress p = new BatchIndexer(w, opts, NlpArticleAnalyzer.standard(), IndexListener.SILENT).run(List.of(o.reuters()));
        double secs = (System.nanoTime() - t0) / 1e9;
        say("%s %d thread%s: %,d articles in %.2f s (%,.0f articles/s)", k == 0 ? "warm-up," : "        ", order[k], order[k] == 1 ? " " : "s",
            p.added() + p.duplicates(), secs, (p.added() + p.duplicates()) / secs);
        if (k > 0) {
          runs.add(new double[] {order[k], secs});
        }
      }
    }
    delete(o.work().resolve("index-scaling"));
    return runs;
  }

  /** Only the query half, on the indexes a run with --keep-indexes left in the work folder. */
  public Map<String, LatencyFigures> queriesOnly() throws IOException, QueryException {
    List<Article> base = BenchCorpus.readReuters(o.reuters());
    Path baselineDir = o.work().resolve("index-baseline");
    Path fullDir = o.work().resolve("index-full");
    if (!Files.isDirectory(baselineDir) || !Files.isDirectory(fullDir)) {
      throw new IOException("no kept indexes in " + o.work() + " (run news bench --keep-indexes first)");
    }
    return queries(base, baselineDir, fullDir);
  }

  private Map<String, LatencyFigures> queries(List<Article> base, Path baselineDir, Path fullDir) throws IOException, QueryException {
    try (FSDirectory bdir = FSDirectory.open(baselineDir); DirectoryReader br = DirectoryReader.open(bdir); NewsSearcher ours = NewsSearcher.open(fullDir)) {
      IndexSearcher bs = new IndexSearcher(br);
      QuerySet qs = QuerySet.build(base, ours, o.seed(), o.queries());
      say("queries: %d (%d text, %d entity, %d quote, %d facet), single-threaded after a warm-up pass",
          qs.size(), qs.text.size(), qs.entity.size(), qs.quotes.size(), qs.facets.size());
      Map<String, Latencies> groups = new LinkedHashMap<>();
      for (int pass = 0; pass < 2; pass++) {
        boolean measure = pass == 1;
        Latencies baselineIds = new Latencies();
        Latencies ourIds = new Latencies();
        Latencies ourSnippets = new Latencies();
        Latencies entity = new Latencies();
        Latencies quote = new Latencies();
        Latencies facet = new Latencies();
        for (String q : qs.text) {
          long t0 = System.nanoTime();
          baselineTop10(bs, q);
          baselineIds.add(System.nanoTime() - t0);
          t0 = System.nanoTime();
          ours.search(SearchRequest.of(q).withSnippets(false));
          ourIds.add(System.nanoTime() - t0);
          t0 = System.nanoTime();
          ours.search(SearchRequest.of(q));
          ourSnippets.add(System.nanoTime() - t0);
        }
        for (String q : qs.entity) {
          long t0 = System.nanoTime();
          ours.search(SearchRequest.of(q));
          entity.add(System.nanoTime() - t0);
        }
        for (String q : qs.quotes) {
          long t0 = System.nanoTime();
          ours.quotes(QuoteRequest.text(q));
          quote.add(System.nanoTime() - t0);
        }
        for (String q : qs.facets) {
          long t0 = System.nanoTime();
          ours.entities(q, null, 10, null, null, null);
          facet.add(System.nanoTime() - t0);
        }
        if (measure) {
          groups.put("baseline top-10 ids", baselineIds);
          groups.put("ours top-10 ids", ourIds);
          groups.put("ours top-10 with snippets", ourSnippets);
          groups.put("entity queries with snippets", entity);
          groups.put("quote search", quote);
          groups.put("entity facets", facet);
        }
      }
      Map<String, LatencyFigures> out = new LinkedHashMap<>();
      groups.forEach((k, v) -> out.put(k, LatencyFigures.of(v)));
      return out;
    }
  }

  private static void baselineTop10(IndexSearcher s, String q) throws IOException {
    QueryParser p = new MultiFieldQueryParser(new String[] {"title", "body"}, new StandardAnalyzer());
    p.setDefaultOperator(QueryParser.AND_OPERATOR);
    Query query;
    try {
      query = p.parse(q);
    } catch (ParseException e) {
      throw new IOException("baseline cannot parse " + q, e);
    }
    TopDocs top = s.search(query, 10);
    var stored = s.storedFields();
    for (ScoreDoc sd : top.scoreDocs) {
      Document d = stored.document(sd.doc, Set.of("id"));
      d.get("id");
    }
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      long n = 0;
      for (Path p : s.toList()) {
        n += Files.size(p);
      }
      return n;
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private void say(String fmt, Object... args) {
    log.printf(Locale.ROOT, fmt + "%n", args);
    log.flush();
  }
}
