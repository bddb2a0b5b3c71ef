package org.newssearch.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newssearch.search.NewsSearcher;
import org.newssearch.search.QuoteHit;
import org.newssearch.search.QuoteRequest;
import org.newssearch.search.QuoteResults;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Search quotations: who said what, where and when.",
      "Words of a quote may be half-remembered (missing, changed, reordered; British or American spelling).",
      "Examples: news quotes used as a chess piece | news quotes --speaker \"Mr Ratcliffe\" | news quotes debt --from 2020"
    })
final class QuotesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin IndexOption index;

  @Parameters(arity = "0..*", paramLabel = "TEXT", description = "Words of the quote (optional with --speaker or --article).")
  List<String> text;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only quotes by this speaker (any name or alias the articles use).")
  String speaker;

  @Option(names = "--article", paramLabel = "ID", description = "Only quotes of this article.")
  String article;

  @Option(names = "--from", paramLabel = "DATE", description = "Only articles published on or after DATE.")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Only articles published on or before DATE.")
  String to;

  @Option(names = "--source", paramLabel = "NAME", description = "Only articles from this source.")
  String source;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Quotes to show (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Quotes to skip (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", description = "auto, always or never.")
  Terminal.ColorMode color;

  @ArgGroup(exclusive = true)
  Format format = new Format();

  static final class Format {
    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Option(names = "--csv", description = "Print CSV.")
    boolean csv;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String words = text == null || text.isEmpty() ? null : String.join(" ", text);
    QuoteRequest req = new QuoteRequest(words, speaker, article, DateOption.from(from), DateOption.to(to), source, limit, offset);
    AutoIndex.ensure(index, spec.commandLine().getErr());
    try (NewsSearcher s = NewsSearcher.open(index.path())) {
      QuoteResults r = s.quotes(req);
      if (format.json) {
        out.println(Output.json(json(r)));
      } else if (format.csv) {
        List<List<Object>> rows = new ArrayList<>();
        for (QuoteHit h : r.hits()) {
          rows.add(List.of(h.rank(), h.text(), nz(h.speaker()), nz(h.cue()), h.articleId(), nz(h.title()), nz(h.date()), nz(h.source()), NewsPaths.displayOrigin(h.origin()), h.score()));
        }
        Output.csv(out, List.of("rank", "quote", "speaker", "cue", "article_id", "title", "date", "source", "origin", "score"), rows);
      } else {
        text(out, r, Terminal.detect(color));
      }
    }
    return ExitCodes.OK;
  }

  private static Map<String, Object> json(QuoteResults r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", r.total());
    if (!r.totalIsExact()) {
      m.put("total_relation", "gte");
    }
    m.put("took_ms", r.tookMs());
    List<Map<String, Object>> hits = new ArrayList<>();
    for (QuoteHit h : r.hits()) {
      Map<String, Object> hm = new LinkedHashMap<>();
      hm.put("text", h.text());
      hm.put("snippet", h.snippet().toHtml());
      hm.put("speaker", h.speaker());
      hm.put("speaker_mention", h.speakerMention());
      hm.put("cue", h.cue());
      hm.put("article_id", h.articleId());
      hm.put("title", h.title());
      hm.put("date", h.date());
      hm.put("source", h.source());
      hm.put("origin", NewsPaths.displayOrigin(h.origin()));
      hm.put("start", h.start());
      hm.put("end", h.end());
      hm.put("group", h.group());
      hm.put("score", Math.round(h.score() * 10000) / 10000.0);
      hits.add(hm);
    }
    m.put("quotes", hits);
    return m;
  }

  private static void text(PrintWriter out, QuoteResults r, Terminal term) {
    out.printf(Locale.ROOT, "%s %s (%d ms)%n", Output.count(r.total()) + (r.totalIsExact() ? "" : "+"), r.total() == 1 ? "quote" : "quotes", r.tookMs());
    for (QuoteHit h : r.hits()) {
      out.println();
      String who = h.speaker() == null ? "(speaker unknown)" : h.speaker() + (h.speakerMention() != null && !h.speakerMention().equals(h.speaker()) ? " (“" + h.speakerMention() + "”)" : "");
      out.printf(Locale.ROOT, "%3d. %s%s%n", h.rank(), term.bold(who), h.cue() == null ? "" : " " + term.dim(h.cue()));
      out.println(Output.wrap("“" + Output.snippet(h.snippet(), term) + "”", term.width(), "     "));
      out.println("     " + term.dim(String.join(" · ", nz(h.title()), nz(h.date()).isEmpty() ? "undated" : h.date(), nz(h.source()).isEmpty() ? "unknown source" : h.source())));
      out.println("     " + term.dim("article " + h.articleId() + " · " + NewsPaths.displayOrigin(h.origin())));
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
