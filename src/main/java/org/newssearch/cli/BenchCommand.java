package org.newssearch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newssearch.bench.BenchReport;
import org.newssearch.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmark against bare Lucene in one run: index Reuters-21578 (times --copies) with both, then run",
      "the same seeded queries on both; writes a Markdown table and JSON to --out.",
      "Example: news bench --copies 46 --threads 2   (about one million articles)"
    })
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--reuters", paramLabel = "DIR", description = "Reuters-21578 folder (default: ../shared/data/reuters21578 beside the project).")
  Path reuters;

  @Option(names = "--copies", paramLabel = "N", defaultValue = "1", description = "Copies of the corpus, each varied (default: ${DEFAULT-VALUE}; 46 gives about a million).")
  int copies;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Indexing threads for both pipelines (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--ram-buffer-mb", paramLabel = "MB", defaultValue = "64", description = "IndexWriter RAM buffer for both (default: ${DEFAULT-VALUE}).")
  double ramBufferMb;

  @Option(names = "--queries", paramLabel = "N", defaultValue = "1000", description = "Queries in the seeded set (default: ${DEFAULT-VALUE}).")
  int queries;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Seed of the query set (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--work", paramLabel = "DIR", description = "Where the generated corpus and the two indexes go (default: target/bench).")
  Path work;

  @Option(names = "--out", paramLabel = "DIR", description = "Where results go (default: benchmarks/ of the project).")
  Path out;

  @Option(names = "--keep-indexes", description = "Keep both indexes after the run (for cold-start timing).")
  boolean keep;

  @Option(names = "--queries-only", description = "Only time the queries, on indexes a --keep-indexes run left (writes nothing).")
  boolean queriesOnly;

  @Option(names = "--thread-scaling", description = "Only index the Reuters folder itself with 1 and 2 threads, after a warm-up, in this one run.")
  boolean threadScaling;

  @Override
  public Integer call() throws Exception {
    if (copies < 1 || threads < 1 || queries < 10) {
      throw new UserException(ExitCodes.USAGE, "--copies and --threads must be at least 1 and --queries at least 10");
    }
    Path dir = reuters != null ? reuters : NewsPaths.home().toAbsolutePath().resolve("../shared/data/reuters21578").normalize();
    if (!Files.isDirectory(dir)) {
      throw new UserException(ExitCodes.USAGE, "no Reuters-21578 folder at " + dir + " (give one with --reuters DIR)");
    }
    Path workDir = work != null ? work : NewsPaths.home().resolve("target/bench");
    Path outDir = out != null ? out : NewsPaths.home().resolve("benchmarks");
    PrintWriter log = spec.commandLine().getErr();
    if (threadScaling) {
      var runs = new Benchmark(new Benchmark.Options(dir, 1, threads, ramBufferMb, queries, seed, workDir, false), log).threadScaling();
      double[] best = new double[3];
      Arrays.fill(best, Double.MAX_VALUE);
      for (double[] r : runs) {
        best[(int) r[0]] = Math.min(best[(int) r[0]], r[1]);
      }
      spec.commandLine().getOut().printf(Locale.ROOT, "Reuters-21578, full pipeline: best of two runs: 1 thread %.2f s, 2 threads %.2f s: %.2f x faster with 2%n", best[1], best[2], best[1] / best[2]);
      return ExitCodes.OK;
    }
    if (queriesOnly) {
      var lat = new Benchmark(new Benchmark.Options(dir, copies, threads, ramBufferMb, queries, seed, workDir, true), log).queriesOnly();
      PrintWriter out = spec.commandLine().getOut();
      out.println("| group | queries | p50 (ms) | p95 (ms) | p99 (ms) | mean (ms) |\n|---|---:|---:|---:|---:|---:|");
      lat.forEach((k, v) -> out.printf(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", k, v.queries(), v.p50(), v.p95(), v.p99(), v.mean()));
      return ExitCodes.OK;
    }
    Benchmark.Result r = new Benchmark(new Benchmark.Options(dir, copies, threads, ramBufferMb, queries, seed, workDir, keep), log).run();
    String command = "news bench --copies " + copies + " --threads " + threads + " --ram-buffer-mb " + (int) ramBufferMb + " --queries " + queries + " --seed " + seed;
    String name = "results-" + r.corpusArticles();
    BenchReport.write(r, command, outDir, name);
    spec.commandLine().getOut().print(BenchReport.markdown(r, command));
    log.println("news: wrote " + outDir.resolve(name + ".md") + " and .json");
    return ExitCodes.OK;
  }
}
