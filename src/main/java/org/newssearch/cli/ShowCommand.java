package org.newssearch.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newssearch.search.NewsSearcher;
import org.newssearch.search.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Print one article by its id (or the id its input gave it).")
final class ShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(paramLabel = "ID", description = "Article id, as printed by news search.")
  String id;

  @Option(names = "--json", description = "Print the article as JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    AutoIndex.ensure(index, spec.commandLine().getErr());
    try (NewsSearcher searcher = NewsSearcher.open(index.path())) {
      Optional<StoredArticle> found = searcher.show(id);
      if (found.isEmpty()) {
        throw new UserException(ExitCodes.SOME_FAILED, "no article with id '" + id + "'");
      }
      StoredArticle a = found.get();
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("external_id", a.externalId());
        m.put("title", a.title());
        m.put("date", a.date());
        m.put("source", a.source());
        m.put("author", a.author());
        m.put("url", a.url());
        m.put("origin", NewsPaths.displayOrigin(a.origin()));
        m.put("entities", a.entities());
        m.put("quotes", a.quotes());
        m.put("body", a.body());
        out.println(Output.json(m));
        return ExitCodes.OK;
      }
      Terminal term = Terminal.detect(Terminal.ColorMode.AUTO);
      out.println(term.bold(a.title()));
      line(out, "date", a.date());
      line(out, "source", a.source());
      line(out, "author", a.author());
      line(out, "url", a.url());
      line(out, "id", a.id());
      line(out, "input id", a.externalId());
      line(out, "origin", NewsPaths.displayOrigin(a.origin()));
      for (StoredArticle.EntityNames e : a.entities()) {
        line(out, e.type().toLowerCase(Locale.ROOT), e.canonical() + (e.aliases().isEmpty() ? "" : " (" + String.join(", ", e.aliases()) + ")"));
      }
      if (a.quotes() > 0) {
        line(out, "quotes", a.quotes() + " (news quotes --article " + a.id() + ")");
      }
      out.println();
      for (String p : a.body().split("\n\n")) {
        out.println(Output.wrap(p, term.width(), ""));
        out.println();
      }
    }
    return ExitCodes.OK;
  }

  private static void line(PrintWriter out, String label, String value) {
    if (value != null && !value.isBlank()) {
      out.printf(Locale.ROOT, "%-9s %s%n", label + ":", value);
    }
  }
}
