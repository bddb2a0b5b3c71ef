package org.newssearch.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newssearch.model.EntityType;
import org.newssearch.model.Mention;

/**
 * CoNLL-style scoring of entity mentions: a predicted mention counts when its span and type equal
 * a gold one's. Canonical-name accuracy is over those correct mentions.
 */
public final class EntityEvaluation {

  private final Map<EntityType, Scores> byType = new EnumMap<>(EntityType.class);
  private int canonicalRight;
  private int canonicalTotal;
  private final List<String> errors = new ArrayList<>();

  /** Scores {@code extractor} on every gold article. */
  public static EntityEvaluation run(List<GoldArticle> gold, Function<String, List<Mention>> extractor) {
    EntityEvaluation e = new EntityEvaluation();
    for (GoldArticle a : gold) {
      e.add(a, extractor.apply(a.text()));
    }
    return e;
  }

  void add(GoldArticle a, List<Mention> predicted) {
    Map<String, Mention> gold = new HashMap<>();
    for (Mention m : a.entities()) {
      gold.put(m.start() + ":" + m.end() + ":" + m.type(), m);
    }
    Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      counts.put(t, new int[3]);
    }
    Set<String> matched = new HashSet<>();
    for (Mention p : predicted) {
      String key = p.start() + ":" + p.end() + ":" + p.type();
      Mention g = gold.get(key);
      if (g != null && matched.add(key)) {
        counts.get(p.type())[0]++;
        canonicalTotal++;
        if (norm(g.canonical()).equals(norm(p.canonical()))) {
          canonicalRight++;
        } else {
          errors.add(a.id() + ": canonical of '" + p.text() + "' is '" + p.canonical() + "', gold '" + g.canonical() + "'");
        }
      } else {
        counts.get(p.type())[1]++;
        errors.add(a.id() + ": false " + p.type() + " '" + p.text() + "' at " + p.start());
      }
    }
    for (Map.Entry<String, Mention> g : gold.entrySet()) {
      if (!matched.contains(g.getKey())) {
        counts.get(g.getValue().type())[2]++;
        errors.add(a.id() + ": missed " + g.getValue().type() + " '" + g.getValue().text() + "' at " + g.getValue().start());
      }
    }
    for (EntityType t : EntityType.values()) {
      int[] c = counts.get(t);
      byType.merge(t, new Scores(c[0], c[1], c[2]), Scores::plus);
    }
  }

  static String norm(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  public Scores scores(EntityType t) {
    return byType.getOrDefault(t, new Scores(0, 0, 0));
  }

  public Scores overall() {
    Scores s = new Scores(0, 0, 0);
    for (Scores x : byType.values()) {
      s = s.plus(x);
    }
    return s;
  }

  public double canonicalAccuracy() {
    return canonicalTotal == 0 ? 0 : (double) canonicalRight / canonicalTotal;
  }

  public List<String> errors() {
    return errors;
  }

  /** The table {@code news eval entities} prints. */
  public String table() {
    StringBuilder sb = new StringBuilder(Scores.header()).append('\n');
    for (EntityType t : EntityType.values()) {
      sb.append(scores(t).row(t.name())).append('\n');
    }
    sb.append(overall().row("ALL")).append('\n');
    sb.append(String.format(Locale.ROOT, "%ncanonical name right for %.3f of the correct mentions (%d of %d)%n", canonicalAccuracy(), canonicalRight, canonicalTotal));
    return sb.toString();
  }
}
