package org.newssearch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newssearch.search.NewsSearcher;
import org.newssearch.search.SearchHit;
import org.newssearch.search.SearchRequest;
import org.newssearch.search.SearchResults;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Full-text search in Lucene's classic syntax; all words are required, ranked by BM25.",
      "Examples: chess piece | \"chess piece\" | iran AND (tanks OR debt) -ratcliffe | title:strike",
      "          \"foreign office\"~3 | organi*ation | raab~ | date:[2020-01-01 TO 2020-06-30] | person:\"Boris Johnson\""
    })
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query (several arguments are joined with spaces).")
  List<String> query;

  @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after DATE (2020-01-16, 2020-01 or 2020).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before DATE.")
  String to;

  @Option(names = "--source", paramLabel = "NAME", description = "Only articles from this source (words of its name).")
  String source;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance", description = "relevance or date (newest first). Default: ${DEFAULT-VALUE}.")
  SearchRequest.Sort sort;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip, for paging (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--no-snippets", negatable = false, description = "Skip highlighted snippets (faster).")
  boolean noSnippets;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "auto, always or never.")
  Terminal.ColorMode color;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "Print JSON: {\"total\", \"took_ms\", \"hits\": [...]}.")
    boolean json;

    @Option(names = "--csv", description = "Print the hits as CSV.")
    boolean csv;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean text = !format.json && !format.csv;
    SearchRequest req =
        new SearchRequest(String.join(" ", query), DateOption.from(from), DateOption.to(to), source, sort, limit, offset, !noSnippets, text && !noSnippets);
    AutoIndex.ensure(index, err);
    try (NewsSearcher searcher = NewsSearcher.open(index.path())) {
      SearchResults res = searcher.search(req);
      if (format.json) {
        out.println(Output.json(json(res)));
      } else if (format.csv) {
        csv(out, res);
      } else {
        text(out, res, req, Terminal.detect(color));
      }
    }
    return ExitCodes.OK;
  }

  static Map<String, Object> json(SearchResults res) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", res.total());
    if (!res.totalIsExact()) {
      m.put("total_relation", "gte");
    }
    m.put("took_ms", res.tookMs());
    List<Map<String, Object>> hits = new ArrayList<>();
    for (SearchHit h : res.hits()) {
      Map<String, Object> hm = new LinkedHashMap<>();
      hm.put("id", h.id());
      hm.put("title", h.title());
      hm.put("date", h.date());
      hm.put("source", h.source());
      hm.put("origin", NewsPaths.displayOrigin(h.origin()));
      hm.put("score", Math.round(h.score() * 10000) / 10000.0);
      hm.put("snippet", h.snippet().toHtml());
      hits.add(hm);
    }
    m.put("hits", hits);
    return m;
  }

  private static void csv(PrintWriter out, SearchResults res) {
    List<List<Object>> rows = new ArrayList<>();
    for (SearchHit h : res.hits()) {
      rows.add(List.of(h.rank(), h.id(), h.title(), nz(h.date()), nz(h.source()), NewsPaths.displayOrigin(h.origin()), h.score(), h.snippet().toPlain()));
    }
    Output.csv(out, List.of("rank", "id", "title", "date", "source", "origin", "score", "snippet"), rows);
  }

  private static void text(PrintWriter out, SearchResults res, SearchRequest req, Terminal term) {
    String total = Output.count(res.total()) + (res.totalIsExact() ? "" : "+");
    out.printf(Locale.ROOT, "%s %s for %s (%d ms)%n", total, res.total() == 1 ? "article" : "articles", req.query(), res.tookMs());
    if (res.hits().isEmpty()) {
      if (res.total() > 0) {
        out.println("(no hits on this page: --offset " + req.offset() + " is past the end)");
      }
      return;
    }
    for (SearchHit h : res.hits()) {
      out.println();
      out.printf(Locale.ROOT, "%3d. %s%n", h.rank(), term.bold(Output.snippet(h.titleSnippet(), term)));
      out.println("     " + term.dim(String.join(" · ", nz(h.date()).isEmpty() ? "undated" : h.date(), nz(h.source()).isEmpty() ? "unknown source" : h.source(), String.format(Locale.ROOT, "score %.3f", h.score()))));
      if (!h.snippet().isEmpty()) {
        out.println(Output.wrap(Output.snippet(h.snippet(), term), term.width(), "     "));
      }
      out.println("     " + term.dim("id " + h.id() + " · " + NewsPaths.displayOrigin(h.origin())));
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
