package org.newssearch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newssearch.index.IndexOptions;
import org.newssearch.index.IndexProgress;
import org.newssearch.ingest.Sizes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index article files and folders (recursively): .txt, .html, .jsonl, Reuters .sgm, optionally .gz.",
      "Rerunning adds new articles, updates changed ones and skips unchanged files.",
      "Exit codes: 0 all indexed, 1 some inputs failed, 2 usage error, 3 the index could not be written."
    })
final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to index.")
  List<Path> paths;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores, ${DEFAULT-VALUE}).", defaultValue = "0")
  int threads;

  @Option(names = "--prune", description = "Remove articles whose origin file no longer exists.")
  boolean prune;

  @Option(names = "--rebuild", description = "Start from an empty index.")
  boolean rebuild;

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "10000", description = "Commit after N articles written (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Option(names = "--commit-interval", paramLabel = "TIME", defaultValue = "60s", description = "And at least this often: 30s, 5m (default: ${DEFAULT-VALUE}).")
  String commitInterval;

  @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "32MB", description = "Largest document or record read: 512k, 32MB (default: ${DEFAULT-VALUE}).")
  String maxSize;

  @Option(names = "--ram-buffer-mb", paramLabel = "MB", defaultValue = "64", description = "IndexWriter RAM buffer (default: ${DEFAULT-VALUE}).")
  double ramBufferMb;

  @Option(names = "--errors", paramLabel = "FILE", description = "Also write each failure as a JSON line to FILE.")
  Path errors;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IndexOptions options =
        new IndexOptions(
            threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
            parseSize(maxSize),
            commitEvery,
            parseDuration(commitInterval),
            ramBufferMb,
            prune,
            rebuild);
    IndexProgress p;
    try (IndexRun run = new IndexRun(err, Terminal.detect(Terminal.ColorMode.AUTO), errors)) {
      p = run.run(index.path(), paths, options);
      IndexRun.summary(out, p, index.path());
      if (run.failureCount() > 0) {
        out.println("Failed inputs:");
        for (var f : run.failures()) {
          out.println("  " + IndexRun.display(f));
        }
        if (run.failureCount() > run.failures().size()) {
          out.println("  ... and " + (run.failureCount() - run.failures().size()) + " more" + (errors == null ? " (use --errors FILE for all)" : " (see " + errors + ")"));
        }
      }
    }
    return p.failed() > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  static long parseSize(String s) {
    try {
      return Sizes.parse(s);
    } catch (IllegalArgumentException e) {
      throw new UserException(ExitCodes.USAGE, "--max-size: " + e.getMessage());
    }
  }

  static Duration parseDuration(String s) {
    String t = s.strip().toLowerCase(Locale.ROOT);
    try {
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      if (t.endsWith("s")) {
        return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
      }
      if (t.endsWith("m")) {
        return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
      }
      if (t.endsWith("h")) {
        return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
      }
      return Duration.parse(s);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new UserException(ExitCodes.USAGE, "--commit-interval: not a duration: '" + s + "' (examples: 30s, 5m, 1h)");
    }
  }
}
