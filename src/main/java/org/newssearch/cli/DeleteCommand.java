package org.newssearch.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newssearch.index.NewsIndexWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = {
      "Delete articles (and their quotes) by id.",
      "An article comes back only if its file changes and is indexed again, or with --rebuild."
    })
final class DeleteCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "ID", description = "Article ids.")
  List<String> ids;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (!AutoIndex.hasIndex(index.path())) {
      throw new UserException(ExitCodes.INDEX, "no index at " + index.path());
    }
    try (NewsIndexWriter w = NewsIndexWriter.open(index.path(), 16, false)) {
      int found = w.deleteArticles(ids);
      w.commit(w.lastCommitData().isEmpty() ? Map.of() : Map.of("news.sweep", w.lastCommitData().getOrDefault("news.sweep", "done")));
      out.printf("Deleted %d of %d articles%n", found, ids.size());
      if (found < ids.size()) {
        spec.commandLine().getErr().println("news: " + (ids.size() - found) + " ids were not in the index");
        return ExitCodes.SOME_FAILED;
      }
    }
    return ExitCodes.OK;
  }
}
