package org.newssearch.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newssearch.model.EntityType;
import org.newssearch.model.Mention;

/**
 * Gives each mention the canonical name of its entity inside one article. People: a full name
 * starts a person; a surname or given name alone ("Mr Ratcliffe", "Nazanin") joins the person
 * whose last or first name it is exactly (so Ratcliffe is not Zaghari-Ratcliffe), choosing by the
 * honorific's gender and then by who was mentioned last; the canonical is the fullest name used.
 * Organisations and places: an acronym joins the name it abbreviates (FBI, Federal Bureau of
 * Investigation), a name joins a longer one it begins (Lumenvale, Lumenvale Inc.), and gazetteer
 * aliases join (UK, Britain); the canonical is the fullest form the article uses.
 */
final class AliasResolver {

  private static final Set<String> SUFFIX_LIKE =
      Set.of("inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "group", "holdings", "ag", "sa", "nv", "gmbh", "company", "corporation", "limited", "party");
  private static final Set<String> GENERATIONAL = Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv", "junior", "senior");

  /** One entity being built: its names, most recent mention first for recency. */
  private static final class Entity {
    final EntityType type;
    final List<String> tokens; // the fullest name's tokens (normalised)
    final List<List<String>> aliases = new ArrayList<>(); // other names the article gives it: "(Alusuisse)"
    String canonical;
    char gender;
    int lastSeen;
    String gazetteerKey;

    Entity(EntityType type, List<String> tokens, String canonical) {
      this.type = type;
      this.tokens = tokens;
      this.canonical = canonical;
    }

    String first() {
      return tokens.get(0);
    }

    /** The surname: the last token that is not a generational suffix (Jr., Sr., III). */
    String last() {
      for (int i = tokens.size() - 1; i > 0; i--) {
        if (!GENERATIONAL.contains(tokens.get(i))) {
          return tokens.get(i);
        }
      }
      return tokens.get(tokens.size() - 1);
    }
  }

  List<Mention> resolve(TokenizedText t, List<EntityRecognizer.Span> spans, Gazetteer g) {
    List<Entity> people = new ArrayList<>();
    List<Entity> others = new ArrayList<>();
    Entity[] of = new Entity[spans.size()];
    // people with full names first, so later partial names have someone to join
    for (int pass = 0; pass < 2; pass++) {
      for (int n = 0; n < spans.size(); n++) {
        EntityRecognizer.Span s = spans.get(n);
        if (s.type != EntityType.PERSON) {
          continue;
        }
        List<String> toks = nameTokens(t, s.from, s.to);
        String name = t.text.substring(t.start[s.from], t.end[s.to - 1]);
        if (s.surnameOf != null) {
          // "Rhys" of "Rhys and Anwen Protheroe" is Rhys Protheroe
          int surname = surnameToken(t, s.surnameOf);
          int from = surname;
          while (from - 1 > s.surnameOf.from && t.isWord(from - 1) && Character.isLowerCase(t.first(from - 1))) {
            from--; // "van der" of Jens van der Linde
          }
          toks = new ArrayList<>(toks);
          toks.addAll(nameTokens(t, from, surname + 1));
          name = name + " " + t.text.substring(t.start[from], t.end[surname]);
        }
        boolean full = toks.size() >= 2;
        if (pass == 0 && full) {
          of[n] = joinOrCreatePerson(people, toks, name, s, n);
        } else if (pass == 1 && !full) {
          of[n] = matchPartial(people, toks.get(0), s, n, t);
        }
      }
    }
    // recency needs text order: recompute which person a partial name joins, walking forward
    int[] lastSeen = new int[people.size()];
    Arrays.fill(lastSeen, -1);
    for (int n = 0; n < spans.size(); n++) {
      EntityRecognizer.Span s = spans.get(n);
      if (s.type != EntityType.PERSON) {
        continue;
      }
      List<String> toks = nameTokens(t, s.from, s.to);
      if (toks.size() == 1 && s.surnameOf == null) {
        Entity best = null;
        int bestScore = Integer.MIN_VALUE;
        for (int p = 0; p < people.size(); p++) {
          Entity e = people.get(p);
          if (e.tokens.size() < 2) {
            continue;
          }
          int score = matchScore(e, toks.get(0), s.gender);
          if (score <= 0) {
            continue;
          }
          score = score * 100000 + (lastSeen[p] < 0 ? -50000 + (100000 - s.from) / 100 : lastSeen[p]);
          if (score > bestScore) {
            bestScore = score;
            best = e;
          }
        }
        if (best != null) {
          of[n] = best;
        }
      }
      if (of[n] != null) {
        int idx = people.indexOf(of[n]);
        if (idx >= 0) {
          lastSeen[idx] = s.from;
        }
      }
    }
    // organisations and places in text order, but a short form named before its owner ("Pirates
    // had led… Orlando Pirates won") once the owner is known
    for (int pass = 0; pass < 2; pass++) {
      for (int n = 0; n < spans.size(); n++) {
        EntityRecognizer.Span s = spans.get(n);
        boolean ownerLater = s.aliasOf != null && spans.indexOf(s.aliasOf) > n;
        if (s.type == EntityType.PERSON || ownerLater != (pass == 1)) {
          continue;
        }
        String written = t.text.substring(start(t, s), end(t, s));
        String surface = written;
        List<String> toks = s.charStart >= 0 ? nameTokens(new TokenizedText(surface)) : nameTokens(t, s.from, s.to);
        String key = String.join(" ", toks);
        String gaz = s.type == EntityType.LOCATION ? placeCanonical(g, key) : g.organization(key);
        Entity found = null;
        if (s.aliasOf != null) {
          int owner = spans.indexOf(s.aliasOf);
          found = owner >= 0 ? of[owner] : null;
          if (found != null) {
            found.aliases.add(toks);
          }
        }
        for (int e = 0; found == null && e < others.size(); e++) {
          Entity x = others.get(e);
          if (x.type == s.type && (sameEntity(x, toks, gaz, g) || x.aliases.contains(toks))) {
            found = x;
          }
        }
        // a place the gazetteer knows is shouted from four letters on ("BONN"), a place that is not
        // from five; but "FSLIC", "NYMEX" alone are acronyms, written so
        int shoutedFrom = s.type == EntityType.LOCATION && gaz != null ? 4 : 5;
        if (isShouted(surface, shoutedFrom) && !(s.type == EntityType.ORGANIZATION && s.to - s.from == 1 && surface.length() <= 6)) {
          // a dateline or headline in capitals: "ZURICH" is Zurich, as the gazetteer writes it
          surface = gaz != null ? gaz : titleCase(surface);
        }
        if (found == null) {
          found = new Entity(s.type, toks, surface);
          found.gazetteerKey = gaz;
          others.add(found);
        } else if (fuller(surface, found.canonical) && !isShouted(written, 5)) {
          found.canonical = surface;
          found.tokens.clear();
          found.tokens.addAll(toks);
        }
        of[n] = found;
      }
    }
    List<Mention> out = new ArrayList<>(spans.size());
    for (int n = 0; n < spans.size(); n++) {
      EntityRecognizer.Span s = spans.get(n);
      int start = start(t, s);
      int end = end(t, s);
      String text = t.text.substring(start, end);
      String canonical = of[n] == null ? text : of[n].canonical;
      out.add(new Mention(start, end, text, s.type, oneLine(canonical)));
    }
    return out;
  }

  private static String placeCanonical(Gazetteer g, String key) {
    Gazetteer.Place p = g.place(key);
    return p == null ? null : p.canonical();
  }

  private static boolean sameEntity(Entity e, List<String> toks, String gaz, Gazetteer g) {
    if (gaz != null && gaz.equals(e.gazetteerKey)) {
      return true;
    }
    if (e.tokens.equals(toks)) {
      return true;
    }
    if (toks.size() == 1 && isAcronymOf(toks.get(0), e.tokens)) {
      return true;
    }
    if (e.tokens.size() == 1 && isAcronymOf(e.tokens.get(0), toks)) {
      return true;
    }
    // Lumenvale / Lumenvale Inc.: one begins the other
    List<String> shorter = toks.size() < e.tokens.size() ? toks : e.tokens;
    List<String> longer = toks.size() < e.tokens.size() ? e.tokens : toks;
    if (e.type != EntityType.ORGANIZATION || longer.size() <= shorter.size() || !longer.subList(0, shorter.size()).equals(shorter)) {
      return false;
    }
    // Halvorsen / Halvorsen Pharmaceuticals Inc., Coastway / Coastway Rail: the rest is company words
    List<String> rest = longer.subList(shorter.size(), longer.size());
    boolean companyWords = true;
    for (String w : rest) {
      if (!isSuffixLike(w) && !g.isOrgHead(w) && !g.isOrgSuffix(w) && !w.equals("and") && !w.equals("&")) {
        companyWords = false;
      }
    }
    // Cascade / Cascade Freight Systems Inc.: a company's legal name, shortened to its first word(s)
    String last = longer.get(longer.size() - 1);
    return companyWords || SUFFIX_LIKE.contains(last) && !last.equals("group") && !last.equals("party") && !last.equals("company");
  }

  private static boolean isSuffixLike(String w) {
    return SUFFIX_LIKE.contains(w);
  }

  /** FBI for Federal Bureau of Investigation: initials of the capitalised words. */
  private static boolean isAcronymOf(String acronym, List<String> words) {
    String a = acronym.replace(".", "");
    if (a.length() < 2 || words.size() < 2) {
      return false;
    }
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty() && !w.equals("of") && !w.equals("the") && !w.equals("and") && !w.equals("for") && !w.equals("&")) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString().equals(a);
  }

  /** A name broken over lines by hard-wrapped copy ("Charles\nHaughey") is one name: one space between words. */
  static String oneLine(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) && (c != ' ' || i + 1 < name.length() && Character.isWhitespace(name.charAt(i + 1)))) {
        return String.join(" ", name.strip().split("\\s+"));
      }
    }
    return name;
  }

  private static boolean fuller(String candidate, String current) {
    int a = words(candidate);
    int b = words(current);
    return a > b || (a == b && candidate.length() > current.length());
  }

  /** All capitals, with at least {@code minLetters} letters (longer than an acronym). */
  private static boolean isShouted(String s, int minLetters) {
    int letters = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= minLetters;
  }

  private static String titleCase(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      sb.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return sb.toString();
  }

  private static int words(String s) {
    int n = 1;
    for (int i = 1; i < s.length(); i++) {
      if (Character.isWhitespace(s.charAt(i)) && !Character.isWhitespace(s.charAt(i - 1))) {
        n++;
      }
    }
    return n;
  }

  private Entity joinOrCreatePerson(List<Entity> people, List<String> toks, String surface, EntityRecognizer.Span s, int n) {
    for (Entity e : people) {
      if (e.tokens.equals(toks)) {
        return e;
      }
      // "Boris Johnson" within "Alexander Boris Johnson" (same last name, first name inside)
      if (e.last().equals(toks.get(toks.size() - 1)) && (e.tokens.containsAll(toks) || toks.containsAll(e.tokens))) {
        if (fuller(surface, e.canonical)) {
          e.canonical = surface;
          e.tokens.clear();
          e.tokens.addAll(toks);
        }
        return e;
      }
    }
    Entity e = new Entity(EntityType.PERSON, new ArrayList<>(toks), surface);
    e.gender = s.gender;
    people.add(e);
    return e;
  }

  private Entity matchPartial(List<Entity> people, String token, EntityRecognizer.Span s, int n, TokenizedText t) {
    for (Entity e : people) {
      if (matchScore(e, token, s.gender) > 0) {
        return e;
      }
    }
    // only ever named partially: the name as written, without the honorific
    String surface = t.text.substring(t.start[s.from], t.end[s.to - 1]);
    for (Entity e : people) {
      if (e.tokens.size() == 1 && e.first().equals(token)) {
        if (isShouted(e.canonical, 5) && !isShouted(surface, 5)) {
          e.canonical = surface; // "Reagan", not the headline's "REAGAN"
        }
        return e;
      }
    }
    Entity e = new Entity(EntityType.PERSON, new ArrayList<>(List.of(token)), surface);
    e.gender = s.gender;
    people.add(e);
    return e;
  }

  /** 0: no match; 2: surname; 1: given name. Gender must not contradict. */
  private static int matchScore(Entity e, String token, char gender) {
    if (e.tokens.size() < 2) {
      return 0;
    }
    if (gender != 0 && e.gender != 0 && gender != e.gender) {
      return 0;
    }
    if (e.last().equals(token)) {
      // "Hollister" is the father; the son is "Hollister Jr.": a suffixed name ranks lower
      return GENERATIONAL.contains(e.tokens.get(e.tokens.size() - 1)) ? 1 : 2;
    }
    if (e.first().equals(token)) {
      return 1;
    }
    for (int i = 1; i < e.tokens.size() - 1; i++) {
      if (e.tokens.get(i).equals(token) && token.length() > 2) {
        return 1; // "Lula" of Luiz Inácio Lula da Silva
      }
    }
    return 0;
  }

  /** The surname of a name span: its last word that is not Jr., Sr. or III. */
  private static int surnameToken(TokenizedText t, EntityRecognizer.Span s) {
    for (int i = s.to - 1; i > s.from; i--) {
      if (!GENERATIONAL.contains(t.lower(i)) && t.isWord(i)) {
        return i;
      }
    }
    return s.to - 1;
  }

  private static int start(TokenizedText t, EntityRecognizer.Span s) {
    return s.charStart >= 0 ? s.charStart : t.start[s.from];
  }

  private static int end(TokenizedText t, EntityRecognizer.Span s) {
    return s.charEnd >= 0 ? s.charEnd : t.end[s.to - 1];
  }

  private static List<String> nameTokens(TokenizedText t) {
    return nameTokens(t, 0, t.size);
  }

  private static List<String> nameTokens(TokenizedText t, int from, int to) {
    List<String> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      out.add(t.lower(i)); // lower() folds case and diacritics already
    }
    return out;
  }

  static Map<String, String> none() {
    return new HashMap<>();
  }
}
