package org.newssearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Phaser;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.AlreadyClosedException;
import org.newssearch.ingest.ArticleSink;
import org.newssearch.ingest.BadInputException;
import org.newssearch.ingest.Formats;
import org.newssearch.ingest.InputFailure;
import org.newssearch.ingest.InputFile;
import org.newssearch.ingest.InputWalker;
import org.newssearch.model.Analysis;
import org.newssearch.model.Article;

/**
 * Batch indexing that can be rerun on a growing folder and killed at any moment.
 *
 * <p><b>Incremental.</b> Each input file has an origin document (size, modification time, content
 * hash, ids of its articles). A file whose size and time match is skipped unread; one whose bytes
 * hash the same only has its time updated; any other is read, and of its articles only the new
 * and changed ones are written. An id already written by another file or earlier in this run is a
 * duplicate: kept once, referred to by both files.
 *
 * <p><b>Parallel.</b> Files are read on a pool of worker threads; a file's articles go in batches
 * to the same pool (or are written by the reading thread when the pool is busy), so one large file
 * uses every core too, and memory holds a few batches, never a whole corpus. The pool stays open
 * until the last file's last batch is written: shut down earlier, it would turn away the batches
 * of files still being read, and each file's reader would write them all on its own thread.
 *
 * <p><b>Crash-safe.</b> A file's origin document is written only after all its articles, and the
 * state lives in the index itself, so every commit, periodic or final, is consistent: an origin in
 * a commit implies its articles are in it. Articles no origin refers to any more (their file
 * changed or was pruned) are removed by a sweep at the end of every run; a run killed before its
 * sweep leaves them for the next run's sweep.
 */
public final class BatchIndexer {

  private static final int BATCH = 32;
  private static final String SWEEP_KEY = "news.sweep";

  private final NewsIndexWriter index;
  private final IndexWriter writer;
  private final IndexOptions options;
  private final ArticleAnalyzer analyzer;
  private final IndexListener listener;
  private final FacetsConfig facets = Schema.facetsConfig();

  private final LongAdder added = new LongAdder();
  private final LongAdder updated = new LongAdder();
  private final LongAdder unchanged = new LongAdder();
  private final LongAdder duplicates = new LongAdder();
  private final LongAdder failed = new LongAdder();
  private final LongAdder filesRead = new LongAdder();
  private final LongAdder filesSkipped = new LongAdder();
  private final AtomicLong pruned = new AtomicLong();
  private final AtomicLong bytesDone = new AtomicLong();
  private final AtomicLong bytesTotal = new AtomicLong();
  private final AtomicLong bytesRead = new AtomicLong();
  private final AtomicLong writtenSinceCommit = new AtomicLong();
  private final AtomicReference<Throwable> fatal = new AtomicReference<>();
  private final IdSet seen = new IdSet();
  private final AtomicInteger workerCount = new AtomicInteger();
  /** The run's own thread plus one party for each file being read or written. */
  private final Phaser openFiles = new Phaser(1);
  /** Set when a remembered file changed or went: only then can articles lose their last origin. */
  private final AtomicBoolean originsChanged = new AtomicBoolean();
  private final Object commitLock = new Object();
  private volatile long lastCommitNanos;
  private volatile long startNanos = System.nanoTime();

  public BatchIndexer(NewsIndexWriter index, IndexOptions options, ArticleAnalyzer analyzer, IndexListener listener) {
    this.index = index;
    this.writer = index.writer();
    this.options = options;
    this.analyzer = analyzer;
    this.listener = listener;
  }

  /**
   * Indexes {@code paths} (files and folders, recursively) and commits.
   *
   * @throws IOException when the index could not be written; its last commit stays intact
   */
  public IndexProgress run(List<Path> paths) throws IOException {
    startNanos = System.nanoTime();
    lastCommitNanos = startNanos;
    if (options.rebuild()) {
      writer.deleteAll();
    }
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(named("news-ticker"));
    boolean sweepPending = !"done".equals(index.lastCommitData().getOrDefault(SWEEP_KEY, "done"));
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            options.threads(),
            options.threads(),
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(options.threads() * 4),
            r -> new Worker(r, "news-index-" + workerCount.incrementAndGet()),
            // When the queue is full a worker runs its own batch (backpressure without blocking,
            // and batches submitted after shutdown() are never dropped); the main thread, which
            // only hands out files, waits for room instead of competing with the workers.
            (task, executor) -> {
              if (Thread.currentThread() instanceof Worker || executor.isShutdown()) {
                task.run();
              } else {
                try {
                  executor.getQueue().put(task);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                  task.run();
                }
              }
            });
    Thread counter = Thread.ofPlatform().name("news-count").daemon().unstarted(() -> countBytes(paths));
    try (DirectoryReader snapshot = DirectoryReader.open(writer)) {
      IndexState state = new IndexState(snapshot);
      counter.start();
      ticker.scheduleAtFixedRate(this::tick, 250, 250, TimeUnit.MILLISECONDS);
      InputWalker files = new InputWalker(paths, (p, reason) -> fail(new InputFailure(p.toString(), "", reason)));
      while (files.hasNext() && fatal.get() == null) {
        submitFile(files.next(), state, pool);
      }
      openFiles.arriveAndAwaitAdvance();
      pool.shutdown();
      await(pool);
      rethrowFatal();
      if (options.prune()) {
        prune(state);
      }
      if (sweepPending || originsChanged.get() || options.prune()) {
        sweep(); // a first run over new files cannot orphan anything: it skips this
      }
      // never interrupt: an interrupted thread's file channel closes under Lucene mid-commit
      ticker.shutdown();
      await(ticker);
      rethrowFatal();
      synchronized (commitLock) {
        index.commit(Map.of(SWEEP_KEY, "done"));
      }
    } catch (AlreadyClosedException e) {
      throw new IOException("the index writer failed: " + e.getMessage(), e);
    } finally {
      counter.interrupt(); // only lists files
      pool.shutdown(); // workers finish their batch (or see the fatal error) and stop
      ticker.shutdown();
      await(pool);
      await(ticker);
    }
    IndexProgress p = progress();
    listener.progress(p);
    return p;
  }

  public IndexProgress progress() {
    return new IndexProgress(
        added.sum(),
        updated.sum(),
        unchanged.sum(),
        duplicates.sum(),
        pruned.get(),
        failed.sum(),
        filesRead.sum(),
        filesSkipped.sum(),
        bytesDone.get(),
        bytesTotal.get(),
        bytesRead.get(),
        System.nanoTime() - startNanos);
  }

  // ---------------------------------------------------------------------------------------------

  private void submitFile(Path p, IndexState state, ThreadPoolExecutor pool) {
    InputFile input;
    long mtime;
    try {
      input = Formats.probe(p, options.maxBytes());
      mtime = Files.getLastModifiedTime(p).toMillis();
    } catch (BadInputException e) {
      fail(new InputFailure(p.toString(), e.position(), e.getMessage()));
      return;
    } catch (NoSuchFileException e) {
      fail(new InputFailure(p.toString(), "", "no such file"));
      return;
    } catch (IOException e) {
      fail(new InputFailure(p.toString(), "", "cannot read: " + e.getMessage()));
      return;
    }
    OriginState previous;
    try {
      previous = state.origin(input.name());
    } catch (IOException e) {
      fatal.compareAndSet(null, e);
      return;
    }
    if (previous != null && previous.size() == input.size() && previous.mtime() == mtime) {
      unchanged.add(previous.refs().size());
      filesSkipped.increment();
      bytesDone.addAndGet(input.size());
      return;
    }
    if (previous != null) {
      originsChanged.set(true);
    }
    FileJob job = new FileJob(input, previous, mtime, state, pool);
    openFiles.register();
    pool.execute(job::read);
  }

  /** A pool thread: it may run a batch itself when the queue is full. */
  private static final class Worker extends Thread {
    Worker(Runnable r, String name) {
      super(r, name);
      setDaemon(true);
    }
  }

  /** One input file being read; finished when reading is done and every batch is written. */
  private final class FileJob implements ArticleSink {
    final InputFile input;
    final OriginState previous;
    final long mtime;
    final IndexState state;
    final ThreadPoolExecutor pool;
    final List<String> refs = new ArrayList<>();
    final AtomicInteger pending = new AtomicInteger(1); // the reading itself
    volatile boolean ok = true;
    List<Article> batch = new ArrayList<>(BATCH);
    String hash;

    FileJob(InputFile input, OriginState previous, long mtime, IndexState state, ThreadPoolExecutor pool) {
      this.input = input;
      this.previous = previous;
      this.mtime = mtime;
      this.state = state;
      this.pool = pool;
    }

    void read() {
      if (fatal.get() != null) {
        done();
        return;
      }
      try {
        hash = ContentHash.ofFile(input.path());
        if (previous != null && previous.hash().equals(hash)) {
          // Only the time changed (touched, copied back): remember the new time, write nothing.
          writeOrigin(previous.refs());
          unchanged.add(previous.refs().size());
          filesSkipped.increment();
          ok = false; // nothing more to record at finish()
          return;
        }
        input.format().reader().read(input, this);
        filesRead.increment();
        bytesRead.addAndGet(input.size());
      } catch (BadInputException e) {
        ok = false;
        BatchIndexer.this.fail(new InputFailure(input.name(), e.position(), e.getMessage()));
      } catch (IOException | RuntimeException e) {
        ok = false;
        BatchIndexer.this.fail(new InputFailure(input.name(), "", "could not be read: " + e.getMessage()));
      } finally {
        bytesDone.addAndGet(input.size());
        if (!batch.isEmpty()) {
          submitBatch();
        }
        done();
      }
    }

    @Override
    public void accept(Article article) {
      refs.add(article.id());
      batch.add(article);
      if (batch.size() >= BATCH) {
        submitBatch();
      }
    }

    @Override
    public void fail(String position, String reason) {
      BatchIndexer.this.fail(new InputFailure(input.name(), position, reason));
    }

    @Override
    public void warn(String position, String message) {
      listener.warned(new InputFailure(input.name(), position, message));
    }

    private void submitBatch() {
      List<Article> b = batch;
      batch = new ArrayList<>(BATCH);
      pending.incrementAndGet();
      Runnable task = () -> {
        try {
          writeBatch(b, this);
        } finally {
          done();
        }
      };
      pool.execute(task);
    }

    private void done() {
      if (pending.decrementAndGet() != 0) {
        return;
      }
      if (ok && fatal.get() == null) {
        writeOrigin(refs); // all articles are written: now, and only now, the origin may say so
      }
      openFiles.arriveAndDeregister();
    }

    private void writeOrigin(List<String> ids) {
      try {
        writer.updateDocument(new Term(Schema.OKEY, input.name()), Schema.originDoc(new OriginState(input.name(), input.size(), mtime, hash, ids)));
      } catch (IOException | RuntimeException e) {
        fatal.compareAndSet(null, e);
      }
    }
  }

  private void writeBatch(List<Article> batch, FileJob job) {
    for (Article a : batch) {
      if (fatal.get() != null) {
        return;
      }
      try {
        writeArticle(a, job);
      } catch (IOException | AlreadyClosedException e) {
        fatal.compareAndSet(null, e); // the index cannot be written: stop everything
      } catch (RuntimeException e) {
        job.ok = false; // keep the file's previous state so it is tried again next run
        fail(new InputFailure(job.input.name(), a.origin().position(), "could not be indexed: " + e));
      }
    }
  }

  private void writeArticle(Article a, FileJob job) throws IOException {
    if (!seen.add(a.id())) {
      duplicates.increment();
      listener.duplicate(a.id(), a.origin().toString());
      return;
    }
    String chash = ContentHash.of(a);
    IndexState.ArticleRef existing = job.state.article(a.id());
    if (existing != null && existing.file().equals(job.input.name()) && existing.chash().equals(chash)) {
      unchanged.increment();
      return;
    }
    if (existing != null && !existing.file().equals(job.input.name()) && job.state.holds(existing.file(), a.id())) {
      // Another file that still holds this article wrote it: this copy is a duplicate, even if its
      // date or byline differ. Taking it instead would flip the article between its copies each
      // time one of the files is re-read.
      duplicates.increment();
      listener.duplicate(a.id(), a.origin().toString());
      return;
    }
    Analysis analysis;
    try {
      analysis = analyzer.analyze(a);
    } catch (RuntimeException e) {
      // a bug in extraction must not cost the article: index its text, say what happened
      listener.warned(new InputFailure(job.input.name(), a.origin().position(), "entity and quote extraction failed (" + e + "); indexed without them"));
      analysis = Analysis.EMPTY;
    }
    List<Document> docs = Schema.articleBlock(a, analysis, job.input.name(), chash, facets);
    if (existing == null) {
      // New to the index (not in the snapshot, first time this run): a plain add. An update would
      // buffer a delete term that every flush must look up in every segment, which grows with
      // the index and made large runs several times slower.
      writer.addDocuments(docs);
    } else {
      writer.updateDocuments(Schema.blockOf(a.id()), docs);
    }
    writtenSinceCommit.incrementAndGet();
    if (existing == null) {
      added.increment();
    } else {
      updated.increment();
    }
  }

  private void fail(InputFailure f) {
    failed.increment();
    listener.failed(f);
  }

  /** Four times a second: report progress, and commit when enough articles or time have passed. */
  private void tick() {
    try {
      listener.progress(progress());
      long since = writtenSinceCommit.get();
      boolean due = since >= options.commitEvery() || (since > 0 && System.nanoTime() - lastCommitNanos >= options.commitInterval().toNanos());
      if (due && fatal.get() == null) {
        synchronized (commitLock) {
          writtenSinceCommit.addAndGet(-since);
          index.commit(Map.of(SWEEP_KEY, "pending"));
          lastCommitNanos = System.nanoTime();
        }
      }
    } catch (IOException | RuntimeException e) {
      fatal.compareAndSet(null, e);
    }
  }

  private void prune(IndexState state) throws IOException {
    for (String file : state.originFiles()) {
      if (!Files.exists(Path.of(file))) {
        writer.deleteDocuments(new Term(Schema.OKEY, file));
      }
    }
  }

  /** Deletes articles no origin refers to any more. */
  private void sweep() throws IOException {
    List<String> orphans = new ArrayList<>();
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      new IndexState(r).forEachOrphan(orphans::add);
    }
    for (String id : orphans) {
      writer.deleteDocuments(Schema.blockOf(id));
    }
    pruned.addAndGet(orphans.size());
  }

  private void countBytes(List<Path> paths) {
    InputWalker w = new InputWalker(paths, (p, r) -> {});
    long total = 0;
    while (w.hasNext() && !Thread.currentThread().isInterrupted()) {
      try {
        total += Files.size(w.next());
      } catch (IOException e) {
        // the real walk reports it
      }
    }
    bytesTotal.set(total);
  }

  private void rethrowFatal() throws IOException {
    Throwable t = fatal.get();
    if (t == null) {
      return;
    }
    if (t instanceof IOException io) {
      throw io;
    }
    throw new IOException("the index writer failed: " + t.getMessage(), t);
  }


  private static void await(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        // workers finish their current batch and stop
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix.endsWith("-") ? prefix + n.incrementAndGet() : prefix);
      t.setDaemon(true);
      return t;
    };
  }
}
