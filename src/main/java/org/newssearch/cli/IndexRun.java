package org.newssearch.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.newssearch.index.BatchIndexer;
import org.newssearch.index.IndexListener;
import org.newssearch.index.IndexOptions;
import org.newssearch.index.IndexProgress;
import org.newssearch.index.NewsIndexWriter;
import org.newssearch.ingest.InputFailure;
import org.newssearch.ingest.Sizes;

/**
 * One indexing run as the command line shows it: failures as one line each on stderr, a progress
 * bar on a terminal (a plain line every few seconds otherwise), and a summary.
 */
final class IndexRun implements IndexListener, AutoCloseable {

  private static final long PLAIN_PROGRESS_NANOS = 5_000_000_000L;
  private static final int FAILURES_KEPT = 1000;

  private final PrintWriter err;
  private final Terminal term;
  private final BufferedWriter errorsFile;
  private final List<InputFailure> failures = new ArrayList<>();
  private final AtomicLong failureCount = new AtomicLong();
  private ProgressBar bar;
  private volatile long lastPlain = System.nanoTime();

  IndexRun(PrintWriter err, Terminal term, Path errorsFile) throws IOException {
    this.err = err;
    this.term = term;
    this.errorsFile = errorsFile == null ? null : Files.newBufferedWriter(errorsFile, StandardCharsets.UTF_8);
  }

  /** Runs the indexer; returns its final counts. */
  IndexProgress run(Path index, List<Path> paths, IndexOptions options) throws IOException {
    try (NewsIndexWriter writer = NewsIndexWriter.open(index, options.ramBufferMb(), options.rebuild())) {
      BatchIndexer indexer = new BatchIndexer(writer, options, Pipelines.articleAnalyzer(), this);
      if (term.stderrTty()) {
        bar = new ProgressBarBuilder()
            .setTaskName("Indexing")
            .setInitialMax(-1)
            .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
            .setUnit(" MB", 1 << 20)
            .showSpeed()
            .setUpdateIntervalMillis(500)
            .setConsumer(new WriterConsumer(err, term.width()))
            .build();
      }
      try {
        return indexer.run(paths);
      } finally {
        if (bar != null) {
          bar.close();
          bar = null;
        }
      }
    }
  }

  @Override
  public synchronized void failed(InputFailure f) {
    failureCount.incrementAndGet();
    if (failures.size() < FAILURES_KEPT) {
      failures.add(f);
    }
    line("news: skipped " + display(f));
    if (errorsFile != null) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("file", f.file());
      m.put("position", f.position());
      m.put("reason", f.reason());
      try {
        errorsFile.write(Output.json(m));
        errorsFile.newLine();
      } catch (IOException e) {
        line("news: cannot write the errors file: " + e.getMessage());
      }
    }
  }

  @Override
  public synchronized void warned(InputFailure w) {
    line("news: warning: " + display(w));
  }

  @Override
  public void progress(IndexProgress p) {
    if (bar != null) {
      if (p.bytesTotal() > 0 && bar.getMax() != p.bytesTotal()) {
        bar.maxHint(p.bytesTotal());
      }
      bar.stepTo(Math.min(p.bytesDone(), p.bytesTotal() > 0 ? p.bytesTotal() : p.bytesDone()));
      bar.setExtraMessage(String.format(Locale.ROOT, " %s articles, %.0f articles/s", Output.count(p.articles()), p.articlesPerSecond()));
      return;
    }
    long now = System.nanoTime();
    if (now - lastPlain >= PLAIN_PROGRESS_NANOS) {
      lastPlain = now;
      String pct = p.bytesTotal() > 0 ? String.format(Locale.ROOT, " (%.0f%% of %s)", 100.0 * p.bytesDone() / p.bytesTotal(), Sizes.human(p.bytesTotal())) : "";
      line(String.format(Locale.ROOT, "news: indexing: %s articles%s, %.0f articles/s, %.1f MB/s%s", Output.count(p.articles()), pct, p.articlesPerSecond(), p.megabytesPerSecond(), eta(p)));
    }
  }

  private static String eta(IndexProgress p) {
    if (p.bytesTotal() <= 0 || p.bytesDone() <= 0 || p.bytesDone() >= p.bytesTotal()) {
      return "";
    }
    double rate = p.bytesDone() / p.seconds();
    long s = (long) ((p.bytesTotal() - p.bytesDone()) / rate);
    return String.format(Locale.ROOT, ", ETA %d:%02d", s / 60, s % 60);
  }

  private synchronized void line(String s) {
    if (bar != null) {
      err.print("\r\u001b[2K"); // clear the bar's line; it redraws itself
    }
    err.println(s);
    err.flush();
  }

  long failureCount() {
    return failureCount.get();
  }

  List<InputFailure> failures() {
    return failures;
  }

  static String display(InputFailure f) {
    return NewsPaths.display(f.file()) + (f.position().isEmpty() ? "" : ", " + f.position()) + ": " + f.reason();
  }

  /** The summary lines, the same for a terminal and a log. */
  static void summary(PrintWriter out, IndexProgress p, Path index) {
    out.printf(
        Locale.ROOT,
        "Indexed into %s in %s: %s added, %s updated, %s unchanged, %s duplicates, %s pruned, %s failed%n",
        NewsPaths.display(index.toAbsolutePath().toString()),
        Output.seconds(p.seconds()),
        Output.count(p.added()),
        Output.count(p.updated()),
        Output.count(p.unchanged()),
        Output.count(p.duplicates()),
        Output.count(p.pruned()),
        Output.count(p.failed()));
    out.printf(
        Locale.ROOT,
        "%s files read, %s unchanged files skipped; %.0f articles/s, %.2f MB/s%n",
        Output.count(p.filesRead()),
        Output.count(p.filesSkipped()),
        p.articlesPerSecond(),
        p.megabytesPerSecond());
  }

  @Override
  public void close() throws IOException {
    if (errorsFile != null) {
      errorsFile.close();
    }
  }

  /** Draws the progress bar on the injected error writer. */
  private record WriterConsumer(PrintWriter err, int width) implements ProgressBarConsumer {
    @Override
    public int getMaxRenderedLength() {
      return width;
    }

    @Override
    public void accept(String rendered) {
      synchronized (err) {
        err.print('\r');
        err.print(rendered);
        err.flush();
      }
    }

    @Override
    public void close() {
      err.println();
      err.flush();
    }
  }
}
