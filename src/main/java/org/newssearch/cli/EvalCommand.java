package org.newssearch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newssearch.eval.EntityEvaluation;
import org.newssearch.eval.GoldArticle;
import org.newssearch.eval.QuoteEvaluation;
import org.newssearch.nlp.NewsNlp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Score extraction against gold annotations (JSON lines as news extract --json writes, plus \"text\").",
      "entities: CoNLL exact-span precision, recall and F1 per type, and canonical-name accuracy.",
      "quotes: span precision, recall and F1 (overlap of half or more, and exact), and speaker accuracy."
    })
final class EvalCommand implements Callable<Integer> {

  enum What {
    entities,
    quotes
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "WHAT", description = "entities or quotes")
  What what;

  @Parameters(index = "1", paramLabel = "GOLD", description = "Gold file (JSON lines).")
  Path gold;

  @Option(names = "--errors", description = "Also list every error (missed, false, wrong canonical or speaker).")
  boolean errors;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<GoldArticle> articles;
    try {
      articles = GoldArticle.read(gold);
    } catch (NoSuchFileException e) {
      throw new UserException(ExitCodes.USAGE, "no such gold file: " + gold);
    } catch (IOException e) {
      throw new UserException(ExitCodes.USAGE, e.getMessage());
    }
    NewsNlp nlp = NewsNlp.standard();
    out.println(what + " on " + gold + " (" + articles.size() + " articles)");
    out.println();
    if (what == What.entities) {
      EntityEvaluation e = EntityEvaluation.run(articles, text -> nlp.analyze(text).entities());
      out.print(e.table());
      if (errors) {
        e.errors().forEach(out::println);
      }
    } else {
      QuoteEvaluation q = QuoteEvaluation.run(articles, text -> nlp.analyze(text).quotes());
      out.print(q.table());
      if (errors) {
        q.errors().forEach(out::println);
      }
    }
    return ExitCodes.OK;
  }
}
