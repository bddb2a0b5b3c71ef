package org.newssearch.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newssearch.model.EntityType;
import org.newssearch.model.Mention;

/**
 * Rule-based named-entity recognition for news, with no model to download: capitalised spans
 * are found, titles and honorifics peeled off (and kept as evidence), then each span is classed
 * by the gazetteers, by the shape of organisation names (Court of Appeal, Harwick Foods plc,
 * BBC), by given names, by context (a cue verb after a name, a preposition before a place), and
 * finally by what the rest of the article says about the same words. Sentence-initial words,
 * all-capital headlines and text inside quotes are trusted only when known.
 */
final class EntityRecognizer {

  private static final Set<String> PARTICLES =
      Set.of("de", "da", "di", "du", "del", "della", "dos", "das", "van", "von", "der", "den", "ter", "ten", "al", "el",
          "bin", "ibn", "bint", "ap", "la", "le", "y", "st", "st.", "mac", "ni", "nic", "o");
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "from", "near", "outside", "across", "around", "into", "to", "towards", "toward", "through", "via", "between", "inside");
  private static final Set<String> PERSON_AFTER =
      Set.of("said", "says", "told", "tells", "added", "wrote", "tweeted", "insisted", "warned", "urged", "argued", "explained", "recalled", "admitted", "asked", "replied", "who", "whose", "himself", "herself");

  private final Gazetteer g;
  private final AliasResolver aliases = new AliasResolver();

  EntityRecognizer(Gazetteer g) {
    this.g = g;
  }

  /** A span of tokens [from, to) with what is known about it. */
  static final class Span {
    int from;
    int to;
    EntityType type;
    char gender; // from a title or given name: 'M', 'F' or 0
    boolean titled; // preceded by a person title or honorific
    boolean guessed; // classed by default, not by evidence

    Span(int from, int to, EntityType type) {
      this.from = from;
      this.to = to;
      this.type = type;
    }
  }

  List<Mention> recognize(TokenizedText t, List<QuoteFinder.Found> quotes) {
    boolean[] quoteInitial = new boolean[t.size];
    for (QuoteFinder.Found f : quotes) {
      int k = t.tokenAt(f.start());
      if (k < t.size) {
        quoteInitial[k] = true;
      }
    }
    boolean[] uncased = uncasedSentences(t);
    List<Span> spans = new ArrayList<>();
    List<int[]> pending = new ArrayList<>(); // single unknown capitalised words, decided at the end
    for (int s = 0; s < t.sentences; s++) {
      int end = t.sentenceEnd(s);
      int i = t.sentenceStart[s];
      while (i < end) {
        if (uncased[s]) {
          i = matchUncased(t, i, end, spans);
          continue;
        }
        if (!startsCandidate(t, i, end)) {
          i++;
          continue;
        }
        int j = extend(t, i, end);
        classify(t, i, j, spans, pending, quoteInitial);
        i = Math.max(j, i + 1);
      }
    }
    resolvePending(t, spans, pending, quoteInitial);
    return aliases.resolve(t, spans, g);
  }

  // ---- candidates

  private boolean startsCandidate(TokenizedText t, int i, int end) {
    if (t.isCapitalized(i)) {
      return true;
    }
    // a lower-case particle opening a name: "van der Merwe said", "al-Mansouri" is one token
    return t.isWord(i) && PARTICLES.contains(t.lower(i)) && i + 1 < end && !t.isSentenceInitial(i)
        && (t.isCapitalized(i + 1) || (PARTICLES.contains(t.lower(i + 1)) && t.isCapitalized(i + 2)));
  }

  /** Extends a capitalised run over connectors (of, de, van der, &) and short numbers (Radio 4). */
  private int extend(TokenizedText t, int i, int end) {
    int j = i + 1;
    while (j < end) {
      if (t.isCapitalized(j)) {
        j++;
        continue;
      }
      if (t.isWord(j) && isConnector(t, j) && j + 1 < end && (t.isCapitalized(j + 1) || (t.isWord(j + 1) && isConnector(t, j + 1) && t.isCapitalized(j + 2)))) {
        j++;
        continue;
      }
      if (t.isPunct(j, '&') && j + 1 < end && t.isCapitalized(j + 1)) {
        j++;
        continue;
      }
      if (t.kind[j] == TokenizedText.NUMBER && t.end[j] - t.start[j] <= 2 && t.isCapitalized(j - 1) && !g.isCalendar(t.lower(j - 1))
          && (j + 1 >= end || !t.isWord(j + 1) || !Character.isLowerCase(t.first(j + 1)))
          && t.start[j] == t.end[j - 1] + 1) {
        j++; // BBC Radio 4, Channel 4
        continue;
      }
      break;
    }
    return j;
  }

  private boolean isConnector(TokenizedText t, int j) {
    String w = t.lower(j);
    if (w.equals("of") || w.equals("for") || w.equals("on")) {
      return true; // Court of Appeal, Department for Education, Committee on Foreign Relations
    }
    if (w.equals("the") && j > 0 && t.lower(j - 1).equals("of")) {
      return true; // Bank of the West
    }
    return PARTICLES.contains(w);
  }

  // ---- classification

  private void classify(TokenizedText t, int a, int b, List<Span> spans, List<int[]> pending, boolean[] quoteInitial) {
    // split at connectors when the parts are separately known and the whole is not (London of Ontario? no: keep)
    while (a < b && !t.isCapitalized(a) && !PARTICLES.contains(t.lower(a))) {
      a++;
    }
    // drop leading words that are capitalised only because they start a sentence or quote
    while (a < b && isWeakStart(t, a, quoteInitial) && !knownSpanStartingAt(t, a, b)) {
      if (g.title(t.lower(a)) != null || t.lower(a).equals("the")) {
        break; // titles are peeled below; "The" below too
      }
      if (!g.isCommonWord(t.lower(a)) && g.firstName(Gazetteer.norm(t.text(a))) != 0) {
        break;
      }
      if (!g.isCommonWord(t.lower(a)) && b - a == 1) {
        pending.add(new int[] {a, 1});
        return;
      }
      a++;
    }
    while (a < b && (t.lower(a).equals("the") || g.isCalendar(t.lower(a)) || (g.isCommonWord(t.lower(a)) && !isTitleAt(t, a, b) && !knownSpanStartingAt(t, a, b) && !isNameWord(t, a)))) {
      a++;
    }
    while (b > a && (g.isCalendar(t.lower(b - 1)) || (!t.isCapitalized(b - 1) && t.kind[b - 1] != TokenizedText.NUMBER))) {
      b--;
    }
    if (a >= b) {
      return;
    }
    // titles and honorifics: Mr, Dr, Prime Minister, Foreign Secretary, Lord Justice
    boolean titled = false;
    char gender = 0;
    boolean personTitle = false;
    while (a < b) {
      int n = titleLength(t, a, b);
      if (n == 0) {
        break;
      }
      Gazetteer.Title title = g.title(Gazetteer.key(t, a, a + n));
      if (a + n < b && t.lower(a + n).equals("of")) {
        // the Archbishop of York, the Mayor of London: a place inside a title
        int p = a + n + 1;
        int q = p;
        while (q < b && t.isCapitalized(q)) {
          q++;
        }
        placeInTitle(t, p, q, spans);
        a = q;
        titled = false;
        continue;
      }
      titled = true;
      personTitle = true;
      if (title.gender() != 'U') {
        gender = title.gender();
      }
      a += n;
    }
    if (a >= b) {
      return;
    }
    // a nationality before a name or office: "Iranian Foreign Minister X", "German Chancellor X"
    if (!titled && b - a >= 2 && g.isNationality(t.lower(a)) && g.organization(Gazetteer.key(t, a, b)) == null) {
      int n = titleLength(t, a + 1, b);
      if (n > 0) {
        classify(t, a + 1, b, spans, pending, quoteInitial);
        return;
      }
    }
    Span s = new Span(a, b, null);
    s.titled = titled;
    s.gender = gender;
    if (personTitle) {
      s.type = EntityType.PERSON;
      if (gender == 0) {
        s.gender = genderOfFirstName(t, a, b);
      }
      spans.add(s);
      return;
    }
    EntityType known = known(t, a, b);
    if (known != null) {
      if (known == EntityType.PERSON) {
        s.gender = genderOfFirstName(t, a, b);
      }
      s.type = known;
      spans.add(s);
      return;
    }
    if (b - a >= 2) {
      // a known place or organisation followed by more words: split ("London Marathon" stays unknown)
      EntityType shaped = byShape(t, a, b);
      if (shaped != null) {
        s.type = shaped;
        if (shaped == EntityType.PERSON) {
          s.gender = genderOfFirstName(t, a, b);
        }
        spans.add(s);
        return;
      }
      if (splitKnown(t, a, b, spans, pending, quoteInitial)) {
        return;
      }
      s.type = b - a <= 3 && looksLikeName(t, a, b) ? EntityType.PERSON : EntityType.ORGANIZATION;
      s.guessed = true;
      spans.add(s);
      return;
    }
    // one unknown word
    EntityType shaped = byShape(t, a, b);
    if (shaped != null) {
      s.type = shaped;
      spans.add(s);
      return;
    }
    pending.add(new int[] {a, 0});
  }

  private boolean isWeakStart(TokenizedText t, int i, boolean[] quoteInitial) {
    return t.isSentenceInitial(i) || quoteInitial[i] || (i > 0 && (t.isPunct(i - 1, ':') || t.isPunct(i - 1, '(') || t.isPunct(i - 1, '—') || t.isPunct(i - 1, '–')));
  }

  private boolean isTitleAt(TokenizedText t, int a, int b) {
    return titleLength(t, a, b) > 0;
  }

  private boolean isNameWord(TokenizedText t, int a) {
    return g.firstName(Gazetteer.norm(t.text(a))) != 0 && !g.isCommonWord(t.lower(a));
  }

  /** Longest title starting at {@code a}, in tokens (0 when none). */
  private int titleLength(TokenizedText t, int a, int b) {
    for (int n = Math.min(g.maxTitleTokens(), b - a); n >= 1; n--) {
      Gazetteer.Title title = g.title(Gazetteer.key(t, a, a + n));
      if (title != null) {
        return n;
      }
    }
    return 0;
  }

  private boolean knownSpanStartingAt(TokenizedText t, int a, int b) {
    for (int n = Math.min(g.maxKeyTokens(), b - a); n >= 1; n--) {
      String k = Gazetteer.key(t, a, a + n);
      if (g.place(k) != null || g.organization(k) != null) {
        return true;
      }
    }
    return false;
  }

  private void placeInTitle(TokenizedText t, int p, int q, List<Span> spans) {
    for (int n = q - p; n >= 1; n--) {
      if (g.place(Gazetteer.key(t, p, p + n)) != null) {
        spans.add(new Span(p, p + n, EntityType.LOCATION));
        return;
      }
    }
    if (q > p) {
      Span s = new Span(p, q, EntityType.LOCATION);
      s.guessed = true;
      spans.add(s);
    }
  }

  /** Whole-span gazetteer lookup. */
  private EntityType known(TokenizedText t, int a, int b) {
    String k = Gazetteer.key(t, a, b);
    if (g.organization(k) != null) {
      return EntityType.ORGANIZATION;
    }
    if (g.place(k) != null) {
      return EntityType.LOCATION;
    }
    return null;
  }

  /** Organisation and person shapes. */
  private EntityType byShape(TokenizedText t, int a, int b) {
    String last = Gazetteer.norm(t.text(b - 1));
    if (b - a >= 2 && (g.isOrgSuffix(last) || g.isOrgHead(last))) {
      return EntityType.ORGANIZATION;
    }
    if (b - a >= 3 && g.isOrgPrefix(t.lower(a)) && (t.lower(a + 1).equals("of") || t.lower(a + 1).equals("for") || t.lower(a + 1).equals("on"))) {
      return EntityType.ORGANIZATION;
    }
    for (int i = a; i < b; i++) {
      if (t.isPunct(i, '&')) {
        return EntityType.ORGANIZATION;
      }
    }
    if (b - a == 1 && t.isAllCaps(a) && t.end[a] - t.start[a] <= 6 && !t.text(a).contains("-")) {
      return EntityType.ORGANIZATION; // an acronym nobody expands: BMA, IEBC
    }
    if (b - a >= 2) {
      char first = g.firstName(Gazetteer.norm(t.text(a)));
      boolean initial = t.end[a] - t.start[a] == 2 && t.text.charAt(t.end[a] - 1) == '.';
      if ((first != 0 && !g.isCommonWord(t.lower(a)) && g.place(Gazetteer.key(t, a, a + 1)) == null) || initial) {
        for (int i = a + 1; i < b; i++) {
          if (!t.isCapitalized(i) && !PARTICLES.contains(t.lower(i))) {
            return null;
          }
        }
        return EntityType.PERSON;
      }
    }
    return null;
  }

  /** Splits a span into known parts ("Tehran Court" no; "Imam Khomeini International Airport" no). */
  private boolean splitKnown(TokenizedText t, int a, int b, List<Span> spans, List<int[]> pending, boolean[] quoteInitial) {
    // a known place then a person: "Kraków Mayor X" is handled by titles; here "London Ontario"-like lists
    for (int n = Math.min(g.maxKeyTokens(), b - a - 1); n >= 1; n--) {
      String k = Gazetteer.key(t, a, a + n);
      EntityType type = g.organization(k) != null ? EntityType.ORGANIZATION : g.place(k) != null ? EntityType.LOCATION : null;
      if (type != null && t.isCapitalized(a + n) && g.firstName(Gazetteer.norm(t.text(a + n))) != 0 && b - (a + n) >= 2) {
        spans.add(new Span(a, a + n, type)); // "BBC Sarah Smith"? rare; "Labour MP" has lower case
        classify(t, a + n, b, spans, pending, quoteInitial);
        return true;
      }
    }
    return false;
  }

  private boolean looksLikeName(TokenizedText t, int a, int b) {
    for (int i = a; i < b; i++) {
      String w = t.lower(i);
      if (g.isCommonWord(w) && !PARTICLES.contains(w) && g.firstName(Gazetteer.norm(t.text(i))) == 0) {
        return false;
      }
      if (t.kind[i] == TokenizedText.NUMBER || g.isOrgHead(Gazetteer.norm(t.text(i))) || g.isNationality(w)) {
        return false;
      }
    }
    return true;
  }

  private char genderOfFirstName(TokenizedText t, int a, int b) {
    char c = g.firstName(Gazetteer.norm(t.text(a)));
    return c == 'M' || c == 'F' ? c : 0;
  }

  // ---- all-capital headlines and wire copy: only what the gazetteers or the article already know

  private int matchUncased(TokenizedText t, int i, int end, List<Span> spans) {
    if (!t.isWord(i)) {
      return i + 1;
    }
    for (int n = Math.min(g.maxKeyTokens(), end - i); n >= 1; n--) {
      String k = Gazetteer.key(t, i, i + n);
      if (g.organization(k) != null) {
        spans.add(new Span(i, i + n, EntityType.ORGANIZATION));
        return i + n;
      }
      if (g.place(k) != null && !g.isCommonWord(k)) {
        spans.add(new Span(i, i + n, EntityType.LOCATION));
        return i + n;
      }
    }
    return i + 1;
  }

  /** A sentence mostly in capitals (a headline, a dateline) carries no case information. */
  private static boolean[] uncasedSentences(TokenizedText t) {
    boolean[] out = new boolean[t.sentences];
    for (int s = 0; s < t.sentences; s++) {
      int words = 0;
      int caps = 0;
      for (int i = t.sentenceStart[s]; i < t.sentenceEnd(s); i++) {
        if (t.isWord(i) && t.end[i] - t.start[i] >= 2) {
          words++;
          if (t.isAllCaps(i)) {
            caps++;
          }
        }
      }
      out[s] = words >= 3 && caps * 10 >= words * 7;
    }
    return out;
  }

  // ---- single words decided with the whole article in view

  private void resolvePending(TokenizedText t, List<Span> spans, List<int[]> pending, boolean[] quoteInitial) {
    Map<String, EntityType> byWord = new HashMap<>();
    Set<String> surnames = new HashSet<>();
    for (Span s : spans) {
      if (s.type == EntityType.PERSON) {
        if (s.to - s.from >= 1) {
          byWord.putIfAbsent(Gazetteer.norm(t.text(s.to - 1)), EntityType.PERSON);
          surnames.add(Gazetteer.norm(t.text(s.to - 1)));
          byWord.putIfAbsent(Gazetteer.norm(t.text(s.from)), EntityType.PERSON);
        }
      } else {
        byWord.putIfAbsent(Gazetteer.key(t, s.from, s.to), s.type);
      }
    }
    Set<String> lowercaseElsewhere = new HashSet<>();
    for (int i = 0; i < t.size; i++) {
      if (t.isWord(i) && Character.isLowerCase(t.first(i))) {
        lowercaseElsewhere.add(t.lower(i));
      }
    }
    for (int[] p : pending) {
      int i = p[0];
      boolean weak = p[1] == 1;
      String k = Gazetteer.norm(t.text(i));
      EntityType type = byWord.get(k);
      if (type == null && weak && (lowercaseElsewhere.contains(t.lower(i)) || g.isCommonWord(t.lower(i)))) {
        continue;
      }
      if (type == null && g.isNationality(t.lower(i))) {
        continue;
      }
      if (type == null) {
        char first = g.firstName(k);
        if (first != 0 && i + 1 < t.size && PERSON_AFTER.contains(t.lower(i + 1))) {
          type = EntityType.PERSON;
        } else if (i + 1 < t.size && PERSON_AFTER.contains(t.lower(i + 1)) && !weak && !g.isCommonWord(t.lower(i))) {
          type = EntityType.PERSON;
        } else if (i > 0 && PLACE_PREPOSITIONS.contains(t.lower(i - 1)) && !weak && !g.isCommonWord(t.lower(i)) && !g.isCalendar(t.lower(i))) {
          type = EntityType.LOCATION;
        }
      }
      if (type != null) {
        Span s = new Span(i, i + 1, type);
        s.guessed = !byWord.containsKey(k);
        spans.add(s);
      }
    }
    spans.sort((x, y) -> Integer.compare(x.from, y.from));
  }
}
