package org.newssearch.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newssearch.model.EntityType;
import org.newssearch.nlp.NewsNlp;

/**
 * Extraction scored against the gold annotations, with floors set a little under what the
 * extractor measured when they were set (see the closing notes), so a change that makes
 * extraction worse fails here. {@code dev} and {@code styles} to {@code styles5} were used while developing;
 * {@code heldout}, {@code heldout2}, {@code wire3} and {@code heldout3} to {@code heldout5} never were.
 */
class GoldEvaluationTest {

  private static final NewsNlp NLP = NewsNlp.standard();

  private static List<GoldArticle> gold(String name) throws Exception {
    return GoldArticle.read(Path.of("src/test/resources/gold/" + name + ".jsonl"));
  }

  private static void atLeast(double floor, double value, String what) {
    assertTrue(value >= floor, String.format(Locale.ROOT, "%s is %.3f, below its floor %.2f", what, value, floor));
  }

  /**
   * Scores the extractor's entities on one gold set and holds each figure to its floor: PERSON,
   * ORGANIZATION, LOCATION and overall F1, canonical accuracy.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "dev, 0.96, 0.89, 0.93, 0.93, 0.94",
    "heldout, 0.93, 0.87, 0.89, 0.90, 0.96",
    "styles, 0.95, 0.86, 0.89, 0.90, 0.95",
    "styles2, 0.93, 0.83, 0.85, 0.87, 0.95",
    "heldout2, 0.93, 0.82, 0.88, 0.88, 0.96",
    "wire3, 0.96, 0.88, 0.92, 0.91, 0.98",
    "styles3, 0.93, 0.85, 0.91, 0.90, 0.97",
    "heldout3, 0.93, 0.79, 0.82, 0.84, 0.97",
    "styles4, 0.95, 0.81, 0.86, 0.88, 0.96",
    "heldout4, 0.90, 0.78, 0.83, 0.85, 0.96",
    "styles5, 0.94, 0.81, 0.87, 0.88, 0.96",
    "heldout5, 0.93, 0.79, 0.85, 0.86, 0.95"
  })
  void entities(String set, double person, double organization, double location, double overall, double canonical)
      throws Exception {
    EntityEvaluation e = EntityEvaluation.run(gold(set), t -> NLP.analyze(t).entities());
    System.out.println("entities, " + set + ":\n" + e.table());
    atLeast(person, e.scores(EntityType.PERSON).f1(), "PERSON F1 (" + set + ")");
    atLeast(organization, e.scores(EntityType.ORGANIZATION).f1(), "ORGANIZATION F1 (" + set + ")");
    atLeast(location, e.scores(EntityType.LOCATION).f1(), "LOCATION F1 (" + set + ")");
    atLeast(overall, e.overall().f1(), "overall F1 (" + set + ")");
    atLeast(canonical, e.canonicalAccuracy(), "canonical accuracy (" + set + ")");
  }

  /** Scores the extractor's quotes on one gold set and holds each figure to its floor: span F1, exact span F1, speaker accuracy. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "dev, 0.98, 0.97, 0.84",
    "heldout, 0.97, 0.95, 0.81",
    "styles, 0.98, 0.97, 0.84",
    "styles2, 0.98, 0.97, 0.89",
    "heldout2, 0.98, 0.97, 0.93",
    "wire3, 0.98, 0.97, 0.93",
    "styles3, 0.98, 0.98, 0.88",
    "heldout3, 0.98, 0.98, 0.86",
    "styles4, 0.98, 0.98, 0.86",
    "heldout4, 0.98, 0.98, 0.77",
    "styles5, 0.98, 0.98, 0.86",
    "heldout5, 0.98, 0.98, 0.85"
  })
  void quotes(String set, double spans, double exactSpans, double speakers) throws Exception {
    QuoteEvaluation q = QuoteEvaluation.run(gold(set), t -> NLP.analyze(t).quotes());
    System.out.println("quotes, " + set + ":\n" + q.table());
    atLeast(spans, q.spans().f1(), "quote span F1 (" + set + ")");
    atLeast(exactSpans, q.exactSpans().f1(), "exact quote span F1 (" + set + ")");
    atLeast(speakers, q.speakerAccuracy(), "speaker accuracy (" + set + ")");
  }
}
