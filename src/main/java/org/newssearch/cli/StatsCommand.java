package org.newssearch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newssearch.ingest.Sizes;
import org.newssearch.search.IndexStats;
import org.newssearch.search.NewsSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts, sources, date range and size of the index.")
final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Option(names = "--sources", paramLabel = "N", defaultValue = "10", description = "Sources to list (default: ${DEFAULT-VALUE}).")
  int sources;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    AutoIndex.ensure(index, spec.commandLine().getErr());
    try (NewsSearcher searcher = NewsSearcher.open(index.path())) {
      IndexStats s = searcher.stats();
      if (json) {
        out.println(Output.json(s));
        return ExitCodes.OK;
      }
      out.printf(Locale.ROOT, "index:    %s (%s, %d segments)%n", NewsPaths.display(index.path().toAbsolutePath().toString()), Sizes.human(s.sizeBytes()), s.segments());
      out.printf(Locale.ROOT, "articles: %s%n", Output.count(s.articles()));
      out.printf(Locale.ROOT, "quotes:   %s%n", Output.count(s.quotes()));
      out.printf(Locale.ROOT, "files:    %s%n", Output.count(s.origins()));
      out.printf(Locale.ROOT, "dates:    %s%n", s.firstDate() == null ? "none" : s.firstDate() + " to " + s.lastDate() + (s.undated() > 0 ? " (" + Output.count(s.undated()) + " undated)" : ""));
      out.printf(Locale.ROOT, "sources:  %s%n", Output.count(s.sources().size()));
      s.sources().stream().limit(sources).forEach(c -> out.printf(Locale.ROOT, "  %8s  %s%n", Output.count(c.count()), c.name()));
      if (s.sources().size() > sources) {
        out.printf(Locale.ROOT, "  ... and %d more (--sources N)%n", s.sources().size() - sources);
      }
    }
    return ExitCodes.OK;
  }
}
