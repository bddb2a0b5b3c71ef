package org.newssearch.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newssearch.model.EntityType;
import org.newssearch.nlp.NewsNlp;

/**
 * Extraction scored against the gold annotations, with floors set a little under what the
 * extractor measured when they were set (see the closing notes), so a change that makes
 * extraction worse fails here. {@code dev} was used while developing; {@code heldout} never was.
 */
class GoldEvaluationTest {

  private static final NewsNlp NLP = NewsNlp.standard();

  private static List<GoldArticle> gold(String name) throws Exception {
    return GoldArticle.read(Path.of("src/test/resources/gold/" + name + ".jsonl"));
  }

  private static void atLeast(double floor, double value, String what) {
    assertTrue(value >= floor, String.format(Locale.ROOT, "%s is %.3f, below its floor %.2f", what, value, floor));
  }

  @Test
  void entitiesOnTheDevelopmentSet() throws Exception {
    EntityEvaluation e = EntityEvaluation.run(gold("dev"), t -> NLP.analyze(t).entities());
    System.out.println("entities, dev:\n" + e.table());
    atLeast(0.96, e.scores(EntityType.PERSON).f1(), "PERSON F1 (dev)");
    atLeast(0.88, e.scores(EntityType.ORGANIZATION).f1(), "ORGANIZATION F1 (dev)");
    atLeast(0.93, e.scores(EntityType.LOCATION).f1(), "LOCATION F1 (dev)");
    atLeast(0.93, e.overall().f1(), "overall F1 (dev)");
    atLeast(0.94, e.canonicalAccuracy(), "canonical accuracy (dev)");
  }

  @Test
  void entitiesOnTheHeldOutSet() throws Exception {
    EntityEvaluation e = EntityEvaluation.run(gold("heldout"), t -> NLP.analyze(t).entities());
    System.out.println("entities, held out:\n" + e.table());
    atLeast(0.92, e.scores(EntityType.PERSON).f1(), "PERSON F1 (held out)");
    atLeast(0.84, e.scores(EntityType.ORGANIZATION).f1(), "ORGANIZATION F1 (held out)");
    atLeast(0.87, e.scores(EntityType.LOCATION).f1(), "LOCATION F1 (held out)");
    atLeast(0.88, e.overall().f1(), "overall F1 (held out)");
    atLeast(0.96, e.canonicalAccuracy(), "canonical accuracy (held out)");
  }

  @Test
  void quotesOnTheDevelopmentSet() throws Exception {
    QuoteEvaluation q = QuoteEvaluation.run(gold("dev"), t -> NLP.analyze(t).quotes());
    System.out.println("quotes, dev:\n" + q.table());
    atLeast(0.98, q.spans().f1(), "quote span F1 (dev)");
    atLeast(0.97, q.exactSpans().f1(), "exact quote span F1 (dev)");
    atLeast(0.82, q.speakerAccuracy(), "speaker accuracy (dev)");
  }

  @Test
  void quotesOnTheHeldOutSet() throws Exception {
    QuoteEvaluation q = QuoteEvaluation.run(gold("heldout"), t -> NLP.analyze(t).quotes());
    System.out.println("quotes, held out:\n" + q.table());
    atLeast(0.97, q.spans().f1(), "quote span F1 (held out)");
    atLeast(0.95, q.exactSpans().f1(), "exact quote span F1 (held out)");
    atLeast(0.73, q.speakerAccuracy(), "speaker accuracy (held out)");
  }

  @Test
  void entitiesOnTheStylesSet() throws Exception {
    EntityEvaluation e = EntityEvaluation.run(gold("styles"), t -> NLP.analyze(t).entities());
    System.out.println("entities, styles:\n" + e.table());
    atLeast(0.95, e.scores(EntityType.PERSON).f1(), "PERSON F1 (styles)");
    atLeast(0.83, e.scores(EntityType.ORGANIZATION).f1(), "ORGANIZATION F1 (styles)");
    atLeast(0.87, e.scores(EntityType.LOCATION).f1(), "LOCATION F1 (styles)");
    atLeast(0.89, e.overall().f1(), "overall F1 (styles)");
    atLeast(0.95, e.canonicalAccuracy(), "canonical accuracy (styles)");
  }

  @Test
  void quotesOnTheStylesSet() throws Exception {
    QuoteEvaluation q = QuoteEvaluation.run(gold("styles"), t -> NLP.analyze(t).quotes());
    System.out.println("quotes, styles:\n" + q.table());
    atLeast(0.98, q.spans().f1(), "quote span F1 (styles)");
    atLeast(0.97, q.exactSpans().f1(), "exact quote span F1 (styles)");
    atLeast(0.80, q.speakerAccuracy(), "speaker accuracy (styles)");
  }
}
