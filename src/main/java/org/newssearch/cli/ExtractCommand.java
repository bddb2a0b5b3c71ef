package org.newssearch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newssearch.ingest.ArticleSink;
import org.newssearch.ingest.BadInputException;
import org.newssearch.ingest.Formats;
import org.newssearch.ingest.InputFile;
import org.newssearch.ingest.InputWalker;
import org.newssearch.model.Analysis;
import org.newssearch.model.Article;
import org.newssearch.model.Mention;
import org.newssearch.model.Quote;
import org.newssearch.nlp.NewsNlp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Show the entities and quotes the engine finds, for reading or for evaluation.",
      "FILE...: article files (any format news index reads); offsets are into each article's body.",
      "-: JSON lines {\"id\", \"text\"} on standard input; offsets are into the given text (Java string indices)."
    })
final class ExtractCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Article files or folders, or - for JSON lines on standard input.")
  List<String> inputs;

  @Option(names = "--json", description = "One JSON line per article: {\"id\", \"entities\": [...], \"quotes\": [...]}.")
  boolean json;

  @Option(names = "--text", description = "With --json, also write each article's body as \"text\" (so offsets can be checked).")
  boolean withText;

  private NewsNlp nlp;
  private int failures;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    nlp = NewsNlp.standard();
    if (inputs.size() == 1 && inputs.get(0).equals("-")) {
      readStdin(out, err);
    } else {
      if (inputs.contains("-")) {
        throw new UserException(ExitCodes.USAGE, "'-' (standard input) cannot be mixed with files");
      }
      readFiles(out, err);
    }
    out.flush();
    return failures > 0 ? ExitCodes.SOME_FAILED : ExitCodes.OK;
  }

  private void readStdin(PrintWriter out, PrintWriter err) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16);
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      JsonNode node;
      try {
        node = Output.JSON.readTree(line);
      } catch (IOException e) {
        err.println("news: stdin, line " + n + ": invalid JSON; skipped");
        failures++;
        continue;
      }
      JsonNode text = node == null ? null : node.get("text");
      if (text == null || !text.isTextual()) {
        err.println("news: stdin, line " + n + ": no \"text\" string; skipped");
        failures++;
        continue;
      }
      String id = node.hasNonNull("id") ? node.get("id").asText() : "line-" + n;
      emit(out, id, text.asText(), analyze(text.asText(), "stdin, line " + n, err));
    }
  }

  /** Extraction of one text; a bug in it costs that text its entities and quotes, not the rest of the input. */
  private Analysis analyze(String text, String where, PrintWriter err) {
    try {
      return nlp.analyze(text);
    } catch (RuntimeException e) {
      err.println("news: " + where + ": extraction failed (" + e + "); written with no entities or quotes");
      failures++;
      return Analysis.EMPTY;
    }
  }

  private void readFiles(PrintWriter out, PrintWriter err) {
    List<Path> paths = inputs.stream().map(Path::of).toList();
    InputWalker w = new InputWalker(paths, (p, reason) -> fail(err, p.toString(), "", reason));
    while (w.hasNext()) {
      Path p = w.next();
      try {
        InputFile in = Formats.probe(p, 32L << 20);
        in.format().reader().read(in, new ArticleSink() {
          @Override
          public void accept(Article a) {
            emit(out, a.id(), a.body(), analyze(a.body(), p + ", " + a.origin().position(), err));
          }

          @Override
          public void fail(String position, String reason) {
            ExtractCommand.this.fail(err, p.toString(), position, reason);
          }

          @Override
          public void warn(String position, String message) {
            err.println("news: warning: " + NewsPaths.display(p.toAbsolutePath().toString()) + (position.isEmpty() ? "" : ", " + position) + ": " + message);
          }
        });
      } catch (BadInputException e) {
        fail(err, p.toString(), e.position(), e.getMessage());
      } catch (IOException e) {
        fail(err, p.toString(), "", "cannot read: " + e.getMessage());
      }
    }
  }

  private void fail(PrintWriter err, String file, String position, String reason) {
    failures++;
    err.println("news: skipped " + file + (position.isEmpty() ? "" : ", " + position) + ": " + reason);
  }

  private void emit(PrintWriter out, String id, String text, Analysis a) {
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", id);
      if (withText) {
        m.put("text", text);
      }
      List<Map<String, Object>> ents = new ArrayList<>();
      for (Mention e : a.entities()) {
        Map<String, Object> em = new LinkedHashMap<>();
        em.put("start", e.start());
        em.put("end", e.end());
        em.put("text", e.text());
        em.put("type", e.type().name());
        em.put("canonical", e.canonical());
        ents.add(em);
      }
      m.put("entities", ents);
      List<Map<String, Object>> quotes = new ArrayList<>();
      for (Quote q : a.quotes()) {
        Map<String, Object> qm = new LinkedHashMap<>();
        qm.put("start", q.start());
        qm.put("end", q.end());
        qm.put("text", q.text());
        qm.put("speaker", q.speaker());
        qm.put("speakerStart", q.speakerStart());
        qm.put("speakerEnd", q.speakerEnd());
        qm.put("cue", q.cue());
        qm.put("group", q.group());
        quotes.add(qm);
      }
      m.put("quotes", quotes);
      out.println(Output.json(m));
      return;
    }
    out.println("== " + id);
    Map<String, Set<String>> byEntity = new LinkedHashMap<>();
    for (Mention e : a.entities()) {
      byEntity.computeIfAbsent(e.type().name().toLowerCase(Locale.ROOT) + "\t" + e.canonical(), k -> new LinkedHashSet<>()).add(e.text());
    }
    byEntity.forEach((k, v) -> {
      String[] parts = k.split("\t");
      v.remove(parts[1]);
      out.printf(Locale.ROOT, "  %-6s %s%s%n", parts[0], parts[1], v.isEmpty() ? "" : " (" + String.join(", ", v) + ")");
    });
    for (Quote q : a.quotes()) {
      out.printf(Locale.ROOT, "  quote  [%d] %s: “%s”%n", q.group(), q.speaker() == null ? "(no speaker)" : q.speaker(), q.text());
    }
    out.println();
  }
}
