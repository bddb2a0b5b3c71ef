package org.newssearch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newssearch.model.EntityType;
import org.newssearch.search.EntityFacets;
import org.newssearch.search.NewsSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "The people, organisations and places named most often in the articles matching QUERY (all articles without one), with article counts.",
      "Example: news entities iran --type person    (who appears most with Iran)"
    })
final class EntitiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Article query in the syntax of news search (optional).")
  List<String> query;

  @Option(names = "--type", paramLabel = "TYPE", description = "person, org or place (default: all three).")
  String type;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Entities per type (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after DATE.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before DATE.")
  String to;

  @Option(names = "--source", paramLabel = "NAME", description = "Only articles from this source.")
  String source;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1 || limit > 1000) {
      throw new UserException(ExitCodes.USAGE, "--limit must be between 1 and 1000, got " + limit);
    }
    EntityType t = type == null ? null : EntityType.parse(type);
    String q = query == null ? null : String.join(" ", query);
    PrintWriter out = spec.commandLine().getOut();
    AutoIndex.ensure(index, spec.commandLine().getErr());
    try (NewsSearcher s = NewsSearcher.open(index.path())) {
      EntityFacets.Result r = s.entities(q, t, limit, DateOption.from(from), DateOption.to(to), source);
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", r.total());
        m.put("took_ms", r.tookMs());
        Map<String, Object> types = new LinkedHashMap<>();
        r.byType().forEach((k, v) -> {
          List<Map<String, Object>> list = new ArrayList<>();
          for (EntityFacets.EntityCount c : v) {
            list.add(Map.of("name", c.name(), "articles", c.articles()));
          }
          types.put(k.field(), list);
        });
        m.put("entities", types);
        out.println(Output.json(m));
        return ExitCodes.OK;
      }
      out.printf(Locale.ROOT, "%s %s%s (%d ms)%n", Output.count(r.total()), r.total() == 1 ? "article" : "articles", q == null || q.isBlank() ? "" : " for " + q, r.tookMs());
      r.byType().forEach((k, v) -> {
        out.println();
        out.println(switch (k) {
          case PERSON -> "people";
          case ORGANIZATION -> "organisations";
          case LOCATION -> "places";
        } + ":");
        if (v.isEmpty()) {
          out.println("  (none)");
        }
        for (EntityFacets.EntityCount c : v) {
          out.printf(Locale.ROOT, "  %6s  %s%n", Output.count(c.articles()), c.name());
        }
      });
    }
    return ExitCodes.OK;
  }
}
