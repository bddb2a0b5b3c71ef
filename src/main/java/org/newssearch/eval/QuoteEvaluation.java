package org.newssearch.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.newssearch.model.Quote;

/**
 * Scoring of quotations: a predicted quote matches a gold one when their spans overlap by at
 * least half of the longer (styles differ on a trailing comma or full stop inside the marks);
 * exact-span figures are kept too. Speaker accuracy is over matched quotes: the same speaker,
 * ignoring case, with null matching only null.
 */
public final class QuoteEvaluation {

  private Scores lenient = new Scores(0, 0, 0);
  private Scores exact = new Scores(0, 0, 0);
  private int speakerRight;
  private int speakerTotal;
  private int attributedRight;
  private int attributedTotal;
  private final List<String> errors = new ArrayList<>();

  public static QuoteEvaluation run(List<GoldArticle> gold, Function<String, List<Quote>> extractor) {
    QuoteEvaluation e = new QuoteEvaluation();
    for (GoldArticle a : gold) {
      e.add(a, extractor.apply(a.text()));
    }
    return e;
  }

  void add(GoldArticle a, List<Quote> predicted) {
    boolean[] goldUsed = new boolean[a.quotes().size()];
    int tp = 0;
    int exactTp = 0;
    for (Quote p : predicted) {
      int best = -1;
      double bestOverlap = 0;
      for (int i = 0; i < a.quotes().size(); i++) {
        if (goldUsed[i]) {
          continue;
        }
        double o = overlap(p, a.quotes().get(i));
        if (o > bestOverlap) {
          bestOverlap = o;
          best = i;
        }
      }
      if (best >= 0 && bestOverlap >= 0.5) {
        goldUsed[best] = true;
        tp++;
        Quote g = a.quotes().get(best);
        if (g.start() == p.start() && g.end() == p.end()) {
          exactTp++;
        }
        speakerTotal++;
        boolean right = Objects.equals(norm(g.speaker()), norm(p.speaker()));
        if (right) {
          speakerRight++;
        } else {
          errors.add(a.id() + ": speaker of '" + shorten(p.text()) + "' is " + p.speaker() + ", gold " + g.speaker());
        }
        if (g.speaker() != null) {
          attributedTotal++;
          if (right) {
            attributedRight++;
          }
        }
      } else {
        errors.add(a.id() + ": false quote '" + shorten(p.text()) + "' at " + p.start());
      }
    }
    for (int i = 0; i < goldUsed.length; i++) {
      if (!goldUsed[i]) {
        errors.add(a.id() + ": missed quote '" + shorten(a.quotes().get(i).text()) + "' at " + a.quotes().get(i).start());
      }
    }
    lenient = lenient.plus(new Scores(tp, predicted.size() - tp, a.quotes().size() - tp));
    exact = exact.plus(new Scores(exactTp, predicted.size() - exactTp, a.quotes().size() - exactTp));
  }

  private static double overlap(Quote p, Quote g) {
    int o = Math.min(p.end(), g.end()) - Math.max(p.start(), g.start());
    if (o <= 0) {
      return 0;
    }
    return (double) o / Math.max(p.end() - p.start(), g.end() - g.start());
  }

  private static String norm(String s) {
    return s == null ? null : EntityEvaluation.norm(s);
  }

  private static String shorten(String s) {
    return s.length() <= 50 ? s : s.substring(0, 47) + "...";
  }

  public Scores spans() {
    return lenient;
  }

  public Scores exactSpans() {
    return exact;
  }

  public double speakerAccuracy() {
    return speakerTotal == 0 ? 0 : (double) speakerRight / speakerTotal;
  }

  /** Over matched quotes whose gold speaker is not null. */
  public double attributedSpeakerAccuracy() {
    return attributedTotal == 0 ? 0 : (double) attributedRight / attributedTotal;
  }

  public List<String> errors() {
    return errors;
  }

  public String table() {
    StringBuilder sb = new StringBuilder(Scores.header()).append('\n');
    sb.append(lenient.row("quote (≥50%)")).append('\n');
    sb.append(exact.row("quote (exact)")).append('\n');
    sb.append(String.format(Locale.ROOT, "%nspeaker right for %.3f of matched quotes (%d of %d); %.3f of those with a gold speaker (%d of %d)%n",
        speakerAccuracy(), speakerRight, speakerTotal, attributedSpeakerAccuracy(), attributedRight, attributedTotal));
    return sb.toString();
  }
}
