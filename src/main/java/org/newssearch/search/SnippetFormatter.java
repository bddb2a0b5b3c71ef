package org.newssearch.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the unified highlighter's passages into a {@link Snippet}. With weight matches on, a
 * phrase arrives as one match spanning the whole phrase, so it is marked whole; overlapping matches
 * (a word matched by two fields) are merged.
 */
final class SnippetFormatter extends PassageFormatter {

  @Override
  public Object format(Passage[] passages, String content) {
    List<Snippet.Segment> out = new ArrayList<>();
    int lastEnd = -1;
    for (Passage p : passages) {
      if (p == null) {
        continue;
      }
      if (lastEnd >= 0) {
        stripTrailing(out);
        out.add(new Snippet.Segment(p.getStartOffset() > lastEnd ? Snippet.ELLIPSIS : " ", false));
      }
      int pos = p.getStartOffset();
      int n = p.getNumMatches();
      int[] starts = p.getMatchStarts();
      int[] ends = p.getMatchEnds();
      int i = 0;
      while (i < n) {
        int s = Math.max(starts[i], pos);
        int e = ends[i];
        while (i + 1 < n && starts[i + 1] <= e) { // merge overlaps
          e = Math.max(e, ends[i + 1]);
          i++;
        }
        if (e > s) {
          if (s > pos) {
            String before = collapse(content.substring(pos, s));
            out.add(new Snippet.Segment(pos == p.getStartOffset() ? before.stripLeading() : before, false));
          }
          out.add(new Snippet.Segment(collapse(content.substring(s, Math.min(e, p.getEndOffset()))), true));
          pos = Math.min(e, p.getEndOffset());
        }
        i++;
      }
      if (pos < p.getEndOffset()) {
        out.add(new Snippet.Segment(collapse(content.substring(pos, p.getEndOffset())), false));
      }
      lastEnd = p.getEndOffset();
    }
    return new Snippet(trim(out));
  }

  private static void stripTrailing(List<Snippet.Segment> out) {
    if (!out.isEmpty() && !out.get(out.size() - 1).match()) {
      Snippet.Segment last = out.remove(out.size() - 1);
      String t = last.text().stripTrailing();
      if (!t.isEmpty()) {
        out.add(new Snippet.Segment(t, false));
      }
    }
  }

  /** Paragraph breaks inside a snippet read as spaces. */
  private static String collapse(String s) {
    return s.replace("\n\n", " ").replace('\n', ' ');
  }

  private static List<Snippet.Segment> trim(List<Snippet.Segment> segs) {
    if (segs.isEmpty()) {
      return segs;
    }
    Snippet.Segment first = segs.get(0);
    if (!first.match()) {
      segs.set(0, new Snippet.Segment(first.text().stripLeading(), false));
    }
    Snippet.Segment last = segs.get(segs.size() - 1);
    if (!last.match()) {
      segs.set(segs.size() - 1, new Snippet.Segment(last.text().stripTrailing(), false));
    }
    segs.removeIf(s -> s.text().isEmpty());
    return segs;
  }
}
