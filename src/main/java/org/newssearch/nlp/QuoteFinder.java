package org.newssearch.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newssearch.text.Paragraphs;

/**
 * Finds quotations by their marks, paragraph by paragraph, the way news is written: curly or
 * straight, single or double, guillemets; nested to any depth, with the same or the other mark;
 * running over paragraphs (each continuation paragraph reopens, only the last closes). An
 * apostrophe (isn’t, O’Malley, the ’90s) never opens or closes a quote, and a plural possessive
 * (the students’ union) is told from a closing quote by whether a better closer follows.
 */
final class QuoteFinder {

  private final Gazetteer g;

  QuoteFinder(Gazetteer g) {
    this.g = g;
  }

  /** One quoted stretch within one paragraph; {@code start}/{@code end} exclude the marks. */
  record Found(int start, int end, int paragraph, int depth, int group, int parentIndex, boolean openedHere, boolean continues) {}

  private static final int OPEN = 1;
  private static final int CLOSE = 2;
  private static final int WEAK_CLOSE = 3;

  /** Kinds of work whose name is quoted: "the film ‘The Salt Road’", "‘The Salt Road’, her second drama". */
  private static final Set<String> WORK_NOUNS =
      Set.of("film", "movie", "book", "novel", "song", "album", "play", "musical", "opera", "series", "programme", "program",
          "documentary", "poem", "painting", "memoir", "single", "show", "sitcom", "drama", "exhibition",
          "podcast", "episode", "ballet", "anthem", "hymn", "report", "study", "essay", "column");
  /** What is done to a work, right before its name: "they sang ‘You’ll Never Walk Alone’". */
  private static final Set<String> WORK_VERBS =
      Set.of("titled", "entitled", "sang", "sing", "sings", "singing", "performed", "released", "published", "starring", "headlined");
  /** "the author of ‘Why We Wake’": makers whose work is named after "of". */
  private static final Set<String> MAKERS =
      Set.of("author", "authors", "writer", "director", "star", "creator", "composer", "producer", "editor", "host", "presenter", "co-author", "singer");

  private record Mark(int pos, boolean dbl, int role) {}

  private record Open(int pos, boolean dbl, int group, int foundIndex) {}

  List<Found> find(TokenizedText t) {
    String s = t.text;
    List<Found> out = new ArrayList<>();
    List<Paragraphs.Span> paras = t.paragraphs;
    int nextGroup = 0;
    Integer carriedGroup = null;
    boolean carriedDouble = false;
    for (int p = 0; p < paras.size(); p++) {
      int ps = paras.get(p).start();
      int pe = paras.get(p).end();
      List<Mark> marks = marks(s, ps, pe);
      List<Open> stack = new ArrayList<>();
      int lastClose = -1;
      for (int m = 0; m < marks.size(); m++) {
        Mark mk = marks.get(m);
        if (mk.role == OPEN) {
          int group;
          boolean continuing = m == 0 && carriedGroup != null && mk.pos == ps && mk.dbl == carriedDouble;
          group = continuing ? carriedGroup : nextGroup++;
          stack.add(new Open(mk.pos, mk.dbl, group, -1));
          continue;
        }
        if (mk.role == WEAK_CLOSE && strongerCloserFollows(marks, m)) {
          continue; // the students’ union: an apostrophe
        }
        int at = nearestOpen(stack, mk.dbl);
        if (at < 0) {
          continue; // a stray closer or an apostrophe with nothing open
        }
        // inner quotes left open end here too ("…it’s just complicated.’" closing two)
        for (int k = stack.size() - 1; k > at; k--) {
          Open inner = stack.remove(k);
          add(out, s, inner, mk.pos, p, k, stack, false);
        }
        Open o = stack.remove(at);
        add(out, s, o, mk.pos, p, at, stack, false);
        lastClose = mk.pos;
      }
      carriedGroup = null;
      if (!stack.isEmpty()) {
        Open bottom = stack.get(0);
        boolean nextReopens = p + 1 < paras.size() && opensWith(s, paras.get(p + 1).start(), paras.get(p + 1).end(), bottom.dbl);
        for (int k = stack.size() - 1; k >= 0; k--) {
          Open o = stack.get(k);
          int end = pe;
          boolean continues = k == 0 && nextReopens;
          if (!continues && lastClose > o.pos && isAtParagraphEnd(s, lastClose, pe)) {
            end = lastClose; // one closing mark shared by nested quotes
          }
          add(out, s, o, end, p, k, stack.subList(0, k), continues);
        }
        if (nextReopens) {
          carriedGroup = bottom.group;
          carriedDouble = bottom.dbl;
        }
      }
    }
    out.sort(Comparator.comparingInt(Found::start).thenComparingInt(Found::depth));
    return dropNonQuotes(t, out);
  }

  private static void add(List<Found> out, String s, Open o, int closePos, int paragraph, int depth, List<Open> outer, boolean continues) {
    int a = o.pos + 1;
    int b = closePos;
    while (a < b && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    if (b <= a || !hasLetterOrDigit(s, a, b)) {
      return;
    }
    out.add(new Found(a, b, paragraph, depth, o.group, -1, true, continues));
  }

  private static boolean hasLetterOrDigit(String s, int a, int b) {
    for (int i = a; i < b; i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAtParagraphEnd(String s, int pos, int pe) {
    for (int i = pos + 1; i < pe; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int nearestOpen(List<Open> stack, boolean dbl) {
    for (int k = stack.size() - 1; k >= 0; k--) {
      if (stack.get(k).dbl == dbl) {
        return k;
      }
    }
    return -1;
  }

  private static boolean strongerCloserFollows(List<Mark> marks, int m) {
    boolean dbl = marks.get(m).dbl;
    for (int k = m + 1; k < marks.size(); k++) {
      Mark n = marks.get(k);
      if (n.dbl != dbl) {
        continue;
      }
      return n.role == CLOSE;
    }
    return false;
  }

  private static boolean opensWith(String s, int ps, int pe, boolean dbl) {
    if (ps >= pe) {
      return false;
    }
    char c = s.charAt(ps);
    return dbl ? (c == '\u201C' || c == '"' || c == '\u00AB' || c == '\u201E') : (c == '\u2018' || c == '\'' || c == '\u2039' || c == '\u201A');
  }

  /** Classifies every quotation mark of a paragraph as opening or closing; drops apostrophes. */
  private static List<Mark> marks(String s, int ps, int pe) {
    List<Mark> out = new ArrayList<>();
    int depthSingle = 0;
    int depthDouble = 0;
    for (int i = ps; i < pe; i++) {
      char c = s.charAt(i);
      char prev = i > ps ? s.charAt(i - 1) : ' ';
      char next = i + 1 < pe ? s.charAt(i + 1) : ' ';
      int role = 0;
      boolean dbl;
      switch (c) {
        case '\u201C', '\u201E', '\u201F', '\u00AB' -> {
          dbl = true;
          role = OPEN;
        }
        case '\u201D', '\u00BB' -> {
          dbl = true;
          role = CLOSE;
        }
        case '"' -> {
          dbl = true;
          role = straightRole(prev, next, depthDouble > 0);
        }
        case '\u2018', '\u201A', '\u2039' -> {
          dbl = false;
          role = Character.isDigit(next) && i + 3 <= pe && isDecadeElision(s, i + 1, pe) ? 0 : OPEN;
          if (Character.isLetter(prev) && Character.isLetter(next)) {
            role = 0; // O‘Brien typed with the wrong mark
          }
        }
        case '\u2019', '\'', '\u203A', '\u02BC' -> {
          dbl = false;
          role = singleRole(s, i, ps, pe, prev, next, depthSingle > 0);
        }
        default -> {
          continue;
        }
      }
      if (role == 0) {
        continue;
      }
      if (role == OPEN) {
        if (dbl) {
          depthDouble++;
        } else {
          depthSingle++;
        }
      } else if (role == CLOSE) {
        if (dbl) {
          depthDouble = Math.max(0, depthDouble - 1);
        } else {
          depthSingle = Math.max(0, depthSingle - 1);
        }
      }
      out.add(new Mark(i, dbl, role));
    }
    return out;
  }

  private static int straightRole(char prev, char next, boolean open) {
    if (prev == '\'' || prev == '\u2019' || prev == '\u2018') {
      // right after a single mark: "…go?'" closes, "'…" after an open double opens
      boolean after = Character.isWhitespace(next) || isClosingContext(next);
      return open && after ? CLOSE : after ? 0 : OPEN;
    }
    boolean spaceBefore = Character.isWhitespace(prev) || isOpeningContext(prev);
    boolean spaceAfter = Character.isWhitespace(next) || isClosingContext(next);
    if (spaceBefore && !spaceAfter) {
      return OPEN;
    }
    if (!spaceBefore && spaceAfter) {
      return CLOSE;
    }
    if (spaceBefore && spaceAfter) {
      return 0;
    }
    return open ? CLOSE : OPEN;
  }

  private static int singleRole(String s, int i, int ps, int pe, char prev, char next, boolean open) {
    if (Character.isLetterOrDigit(prev) && Character.isLetter(next)) {
      return 0; // isn’t, O’Malley
    }
    boolean spaceBefore = i == ps || Character.isWhitespace(prev) || isOpeningContext(prev);
    if (spaceBefore) {
      if (Character.isDigit(next) && isDecadeElision(s, i + 1, pe)) {
        return 0; // the ’90s
      }
      if (Character.isWhitespace(next) || i + 1 >= pe) {
        return 0;
      }
      if (isElision(s, i + 1, pe)) {
        return 0; // ’em, ’til, rock ’n’ roll
      }
      return OPEN;
    }
    // after a letter, digit or punctuation: a closer, unless it is a plural possessive
    if ((prev == 's' || prev == 'S') && i + 2 < pe && Character.isWhitespace(next)) {
      char after = s.charAt(i + 2);
      if (Character.isLowerCase(after) || Character.isDigit(after)) {
        return WEAK_CLOSE;
      }
    }
    if (Character.isLetterOrDigit(next)) {
      return 0;
    }
    return CLOSE;
  }

  private static boolean isOpeningContext(char c) {
    return c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013' || c == '/' || c == '\u2018' || c == '\u201C' || c == '"' || c == '\'' || c == ':' || c == '\u00AB';
  }

  private static boolean isClosingContext(char c) {
    return c == ')' || c == ']' || c == '}' || c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\u2014' || c == '\u2013' || c == '\u2019' || c == '\u201D' || c == '\'' || c == '"' || c == '\u00BB' || c == '\u2026' || c == '-';
  }

  private static boolean isDecadeElision(String s, int i, int pe) {
    return i + 2 < pe + 1 && i + 1 < pe && Character.isDigit(s.charAt(i)) && Character.isDigit(s.charAt(i + 1)) && (i + 2 >= pe || s.charAt(i + 2) == 's' || !Character.isLetterOrDigit(s.charAt(i + 2)));
  }

  private static final Set<String> ELISIONS = Set.of("em", "til", "cause", "n", "tis", "twas", "bout", "round");

  private static boolean isElision(String s, int i, int pe) {
    int j = i;
    while (j < pe && Character.isLetter(s.charAt(j))) {
      j++;
    }
    if (j == i) {
      return false;
    }
    String w = s.substring(i, j).toLowerCase(Locale.ROOT);
    return ELISIONS.contains(w) && (j >= pe || !Character.isLetter(s.charAt(j)));
  }

  /** Nicknames inside names (Walter “Buck” Dunleavy) and titles of works are not quotations. */
  private List<Found> dropNonQuotes(TokenizedText t, List<Found> in) {
    List<Found> out = new ArrayList<>(in.size());
    String s = t.text;
    for (Found f : in) {
      if (isWorkTitle(s, f)) {
        titles.add(f);
        continue;
      }
      if (isNickname(s, f)) {
        continue;
      }
      out.add(f);
    }
    return out;
  }

  private final List<Found> titles = new ArrayList<>();

  /** Titles of works in quotation marks that the last {@link #find} set aside: no quotes, and no names inside. */
  List<Found> titles() {
    return titles;
  }

  private static final Set<String> NICKNAME_INTRO = Set.of("by", "nicknamed", "called", "dubbed", "named", "or", "alias", "aka");

  private static boolean isNickname(String s, Found f) {
    String q = s.substring(f.start(), f.end());
    if (q.length() > 25 || q.indexOf(' ') >= 0 && q.split(" ").length > 2 || !Character.isUpperCase(q.charAt(0))) {
      return false;
    }
    String before = wordBefore(s, f.start() - 1);
    String bare = q.replaceAll("[,.]$", "");
    if (bare.indexOf(' ') < 0 && NICKNAME_INTRO.contains(before.toLowerCase(Locale.ROOT)) && bare.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')) {
      return true; // who goes by “Deuce,”; called Ray Jr. or "Junior,"
    }
    String after = wordAfter(s, f.end() + 1);
    return !before.isEmpty() && !after.isEmpty() && Character.isUpperCase(before.charAt(0)) && Character.isUpperCase(after.charAt(0));
  }

  /** Words that introduce the name of a product or project, not words said. */
  private static final Pattern PRODUCT_INTRO =
      Pattern.compile("\\b(code-named|codenamed|codename|christened|branded|product|app|platform|brand|model|project|operation),?\\s*$");

  private boolean isWorkTitle(String s, Found f) {
    if (f.end() - f.start() <= 40 && f.end() > f.start() && Character.isUpperCase(s.charAt(f.start()))) {
      String[] words = s.substring(f.start(), f.end()).replaceAll("[,.]$", "").split(" ");
      if (words.length <= 3 && Arrays.stream(words).allMatch(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0)))
          && PRODUCT_INTRO.matcher(s.substring(Math.max(0, f.start() - 30), Math.max(0, f.start() - 1)).toLowerCase(Locale.ROOT)).find()) {
        return true; // its flagship product, "Reconcile,"; a second product, code-named "Ledger Zero,"
      }
    }
    if (!titleCased(s, f)) {
      return false;
    }
    String before = wordBefore(s, f.start() - 1).toLowerCase(Locale.ROOT);
    if (WORK_NOUNS.contains(before) || WORK_VERBS.contains(before)) {
      return true; // the film “The Salt Road”; they sang “You’ll Never Walk Alone”
    }
    int mark = f.start() - 1;
    while (mark > 0 && s.charAt(mark - 1) == ' ') {
      mark--;
    }
    if (before.isEmpty() && mark > 0 && s.charAt(mark - 1) == ','
        && WORK_NOUNS.contains(wordBefore(s, mark - 1).toLowerCase(Locale.ROOT))) {
      return true; // her new novel, “The Salt Years”, came out in May
    }
    if (before.equals("of")) {
      int of = s.lastIndexOf("of", f.start() - 1);
      return MAKERS.contains(wordBefore(s, of).toLowerCase(Locale.ROOT)); // the author of “Why We Wake”
    }
    return inAppositionToAWork(s, f);
  }

  /** Every word of four letters or more capitalised, and no closing punctuation: a name, not words said. */
  private static boolean titleCased(String s, Found f) {
    for (int k = f.start(); k < f.end(); k++) {
      boolean wordStart = k == f.start() || Character.isWhitespace(s.charAt(k - 1));
      if (wordStart && Character.isLowerCase(s.charAt(k))) {
        int e = k;
        while (e < f.end() && !Character.isWhitespace(s.charAt(e))) {
          e++;
        }
        if (e - k > 3) {
          return false;
        }
      }
    }
    char last = f.end() > f.start() ? s.charAt(f.end() - 1) : ' ';
    return last != ',' && last != '.' && last != '!' && last != '?';
  }

  /**
   * “The Salt Road”, Nadia Okonkwo-Hart’s second drama: a kind of work after a comma, before any
   * verb of saying (not “Never Again”, Boris Johnson wrote in his column).
   */
  private boolean inAppositionToAWork(String s, Found f) {
    int k = f.end() + 1; // past the closing mark
    if (k >= s.length() || s.charAt(k) != ',') {
      return false;
    }
    for (int words = 0; words < 8 && k < s.length(); words++) {
      while (k < s.length() && !Character.isLetter(s.charAt(k))) {
        char c = s.charAt(k);
        if (c == '.' || c == '\n' || c == '“' || c == '"' || c == '‘') {
          return false;
        }
        k++;
      }
      int e = k;
      while (e < s.length() && (Character.isLetter(s.charAt(e)) || s.charAt(e) == '-')) {
        e++;
      }
      String w = s.substring(k, e).toLowerCase(Locale.ROOT);
      if (WORK_NOUNS.contains(w)) {
        return true;
      }
      if (g.cue(w) != null) {
        return false;
      }
      k = e;
    }
    return false;
  }

  /** The word ending just before {@code pos} (skipping one space), or "". */
  private static String wordBefore(String s, int pos) {
    int e = Math.min(pos, s.length());
    if (e <= 0) {
      return "";
    }
    while (e > 0 && s.charAt(e - 1) == ' ') {
      e--;
    }
    int b = e;
    while (b > 0 && (Character.isLetter(s.charAt(b - 1)) || s.charAt(b - 1) == '.')) {
      b--;
    }
    return s.substring(b, e);
  }

  private static String wordAfter(String s, int pos) {
    int b = Math.max(0, pos);
    if (b >= s.length()) {
      return "";
    }
    while (b < s.length() && s.charAt(b) == ' ') {
      b++;
    }
    int e = b;
    while (e < s.length() && Character.isLetter(s.charAt(e))) {
      e++;
    }
    return s.substring(b, e);
  }
}
