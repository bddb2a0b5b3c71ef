package org.newssearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newssearch.index.IndexChecker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Run Lucene's CheckIndex and compare the remembered state of each input file with the index and the disk.",
      "Exit codes: 0 consistent, 1 inconsistent, 3 the index cannot be read."
    })
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!AutoIndex.hasIndex(index.path())) {
      throw new UserException(ExitCodes.INDEX, "no index at " + index.path());
    }
    IndexChecker.Report r = IndexChecker.check(index.path());
    out.println("lucene:   " + (r.luceneClean() ? "ok, " : "BROKEN, ") + r.luceneSummary());
    out.println("articles: " + Output.count(r.articles()) + " from " + Output.count(r.origins()) + " files");
    report(out, "orphans", r.orphans(), "articles no file refers to (the next news index removes them)");
    report(out, "deleted", r.missing(), "articles deleted with news delete that their file still holds");
    report(out, "changed", r.changedFiles(), "files changed since indexed (rerun news index)");
    report(out, "gone", r.goneFiles(), "files no longer on disk (news index --prune removes their articles)");
    out.println(r.consistent() ? "index is consistent" : "index is NOT consistent");
    return r.consistent() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
  }

  private static void report(PrintWriter out, String label, List<String> items, String meaning) {
    if (items.isEmpty()) {
      return;
    }
    out.printf("%-9s %d %s%n", label + ":", items.size(), meaning);
    items.stream().limit(5).forEach(i -> out.println("  " + NewsPaths.display(i)));
    if (items.size() > 5) {
      out.println("  ...");
    }
  }
}
