package org.newssearch.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newssearch.text.Folding;

/**
 * The word lists behind entity recognition (see {@code gazetteer/README.md} for where each came
 * from): places, organisations, nationalities, given names with gender, person titles,
 * organisation words and common words. Entries are keyed by their tokens, lower-cased with
 * typography and diacritics folded, so "Tromsø", "Tromso" and "TROMSO" are one key. Immutable.
 */
public final class Gazetteer {

  enum PlaceKind {
    COUNTRY,
    CITY,
    REGION
  }

  record Place(String canonical, PlaceKind kind) {}

  record Title(String text, char gender, boolean honorific, int tokens) {}

  private static final String DIR = "gazetteer/";

  private final Map<String, Place> places = new HashMap<>();
  private final Map<String, String> organizations = new HashMap<>();
  /** Every proper first part, in whole words, of a many-word organisation or place key. */
  private final Set<String> keyPrefixes = new HashSet<>();
  /** Every word after the first of a many-word organisation or place key ("of", "and", "poor"). */
  private final Set<String> keyInterior = new HashSet<>();
  private final Set<String> nationalities = new HashSet<>();
  /** Organisations' initials as the list writes them ("who" of WHO): "Who will pay?" names none. */
  private final Set<String> initialisms = new HashSet<>();
  /** Nationality words written with diacritics ("métis"), as written: "Germán" folds to one and is not. */
  private final Set<String> accentedNationalities = new HashSet<>();
  /** Given names and their gender, shared with {@link #isGivenName}: read once. */
  private final Map<String, Character> firstNames = GivenNames.ALL;
  private final Map<String, Title> titles = new HashMap<>();
  private final Set<String> orgSuffixes = new HashSet<>();
  private final Set<String> orgHeads = new HashSet<>();
  private final Set<String> orgPrefixes = new HashSet<>();
  private final Set<String> commonWords = new HashSet<>();
  private final Set<String> calendar = new HashSet<>();
  private final Map<String, String> cues = new HashMap<>();
  private final Set<String> speakerNouns = new HashSet<>();
  private final Set<String> officeHeads = new HashSet<>();
  /** The last word of every title ("td", "governor", "supt."): a cheap test before looking titles up. */
  private final Set<String> titleEnds = new HashSet<>();
  /** Last words of office titles that name the office's place, not its holder ("Chancellor of the Exchequer"). */
  private static final Set<String> NOT_OFFICE_HEADS =
      Set.of("class", "council", "defence", "exchequer", "fleet", "force", "house", "lancaster", "prosecutions", "rolls", "seal", "senate", "staff",
          "state", "treasury", "superior", "d'affaires", "police");
  private int maxKeyTokens = 1;
  private int maxTitleTokens = 1;

  private Gazetteer() {}

  private static final class Holder {
    static final Gazetteer STANDARD = load();
  }

  private static final class GivenNames {
    static final Map<String, Character> ALL = loadGivenNames();
  }

  /**
   * True when the lower-cased word is a given name of the list ("william"), read on first use
   * without the rest of the gazetteer: the stemmer asks it at search time too.
   */
  public static boolean isGivenName(String lower) {
    return GivenNames.ALL.containsKey(lower);
  }

  /** Given name → 'M', 'F' or 'U' (used for both, or listed with both). */
  private static Map<String, Character> loadGivenNames() {
    Map<String, Character> names = new HashMap<>();
    for (String line : lines(DIR + "first-names.txt")) {
      String[] parts = line.split("\t");
      char gender = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip().charAt(0) : 'U';
      names.merge(norm(parts[0]), gender, (a, b) -> a == b ? a : 'U');
    }
    return Map.copyOf(names);
  }

  /** The lists shipped in the jar, loaded once. */
  public static Gazetteer standard() {
    return Holder.STANDARD;
  }

  private static Gazetteer load() {
    Gazetteer g = new Gazetteer();
    g.loadPlaces("countries.txt", PlaceKind.COUNTRY);
    g.loadPlaces("regions.txt", PlaceKind.REGION);
    g.loadPlaces("cities.txt", PlaceKind.CITY);
    for (String[] e : read(DIR + "organizations.txt")) {
      for (String alias : e) {
        g.organizations.putIfAbsent(g.keyOf(alias), e[0]);
        if (alias != e[0] && alias.length() >= 2 && alias.chars().filter(Character::isUpperCase).count() >= 2
            && !e[0].toLowerCase(Locale.ROOT).startsWith(alias.toLowerCase(Locale.ROOT))) { // not "TIME" of Time magazine
          g.initialisms.add(alias.toLowerCase(Locale.ROOT));
        }
      }
    }
    for (String[] e : read(DIR + "nationalities.txt")) {
      g.nationalities.add(norm(e[0]));
      String written = Folding.foldPunctuation(e[0]).toLowerCase(Locale.ROOT);
      if (!isAscii(written)) {
        g.accentedNationalities.add(written);
      }
    }
    for (String line : lines(DIR + "titles.txt")) {
      String[] parts = line.split("\t");
      String key = g.keyOf(parts[0]);
      int n = key.split(" ").length;
      char gender = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip().charAt(0) : 'U';
      boolean honorific = parts.length > 2 && parts[2].strip().equals("honorific");
      g.titles.put(key, new Title(parts[0], gender, honorific, n));
      String undotted = parts[0].replace(".", "");
      // not "US Attorney": there "US" is a place before the title, as the gold annotates it
      if (!undotted.equals(parts[0]) && undotted.length() >= 2 && !undotted.contains("US ")) {
        String k = g.keyOf(undotted);
        g.titles.putIfAbsent(k, new Title(undotted, gender, honorific, n)); // British style: "Det Insp", "Lt Col"
        g.titleEnds.add(k.substring(k.lastIndexOf(' ') + 1));
      }
      g.maxTitleTokens = Math.max(g.maxTitleTokens, n);
      String head = key.substring(key.lastIndexOf(' ') + 1);
      g.titleEnds.add(head);
      if (!honorific && !head.endsWith(".") && !NOT_OFFICE_HEADS.contains(head)) {
        g.officeHeads.add(head); // "the Taoiseach said", "the Chancellor told MPs": an office speaks
      }
    }
    String section = "";
    for (String line : lines(DIR + "org-words.txt")) {
      if (line.startsWith("[")) {
        section = line;
        continue;
      }
      String k = norm(line);
      switch (section) {
        case "[suffix]" -> g.orgSuffixes.add(k);
        case "[head]" -> g.orgHeads.add(k);
        case "[prefix]" -> g.orgPrefixes.add(k);
        default -> throw new IllegalStateException("org-words.txt: entry outside a section: " + line);
      }
    }
    section = "";
    for (String line : lines(DIR + "common-words.txt")) {
      if (line.startsWith("[")) {
        section = line;
        continue;
      }
      (section.equals("[calendar]") ? g.calendar : g.commonWords).add(norm(line));
    }
    for (String line : lines("speaker-nouns.txt")) {
      g.speakerNouns.add(norm(line));
    }
    for (String line : lines("cues.txt")) {
      String[] parts = line.split("\t");
      g.cues.put(norm(parts[0]), parts.length > 1 ? parts[1].strip() : parts[0]);
    }
    for (String key : g.organizations.keySet()) {
      g.addPrefixes(key);
    }
    for (String key : g.places.keySet()) {
      g.addPrefixes(key);
    }
    return g;
  }

  private void loadPlaces(String file, PlaceKind kind) {
    for (String[] e : read(DIR + file)) {
      Place p = new Place(e[0], kind);
      for (String alias : e) {
        places.putIfAbsent(keyOf(alias), p);
      }
    }
  }

  // ---- lookups (keys from key(...))

  Place place(String key) {
    return places.get(key);
  }

  String organization(String key) {
    return organizations.get(key);
  }

  /** A word written as an initialism in the organisation list and as an everyday word or given name too ("WHO", "who"; "ANA", "Ana"; "LeT", "Let"). */
  boolean isInitialismWord(String key) {
    return initialisms.contains(key) && (isCommonWord(key) || firstName(key) != 0); // "who", "Ana" (ANA)
  }

  boolean isNationality(String key) {
    return nationalities.contains(key);
  }

  /** Token {@code i} as a nationality, as written: "Germán Efromovich" folds to "german" and names a man. */
  boolean isNationality(TokenizedText t, int i) {
    if (!nationalities.contains(t.lower(i))) {
      return false;
    }
    String w = Folding.foldPunctuation(t.text(i));
    if (!isAscii(w) && !accentedNationalities.contains(w.toLowerCase(Locale.ROOT))) {
      return false; // "Germán": a given name
    }
    // "Shona Kilbride": a people's name that is also a given name, before one unknown capitalised word, is the given name
    return !(firstName(t.lower(i)) != 0 && i + 1 < t.size && t.isWord(i + 1) && t.isCapitalized(i + 1) && !t.isAllCaps(i + 1)
        && t.text(i + 1).chars().allMatch(Character::isLetter) // not "German Pershing-1a missiles"
        && !nationalities.contains(t.lower(i + 1)) && !isCommonWord(t.lower(i + 1)) && title(t.lower(i + 1)) == null && place(t.lower(i + 1)) == null
        && organization(t.lower(i + 1)) == null && !orgHeads.contains(t.lower(i + 1)) && (i + 2 >= t.size || !t.isCapitalized(i + 2)));
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** 'M', 'F', 'U' for a known given name, 0 otherwise. */
  char firstName(String key) {
    Character c = firstNames.get(key);
    return c == null ? 0 : c;
  }

  Title title(String key) {
    return titles.get(key);
  }

  boolean isOrgSuffix(String key) {
    return orgSuffixes.contains(key);
  }

  boolean isOrgHead(String key) {
    return orgHeads.contains(key);
  }

  boolean isOrgPrefix(String key) {
    return orgPrefixes.contains(key);
  }

  boolean isCommonWord(String key) {
    return commonWords.contains(key);
  }

  boolean isCalendar(String key) {
    return calendar.contains(key);
  }

  /** True if some title ends with this word. */
  boolean endsTitle(String word) {
    return titleEnds.contains(word);
  }

  /** The base form of a cue verb ("said" → "say"), or null when the word is no cue. */
  String cue(String key) {
    return cues.get(key);
  }

  /** A noun that can head a nominal speaker, singular or plural ("spokeswoman", "officials"). */
  boolean isSpeakerNoun(String w) {
    if (speakerNouns.contains(w) || officeHeads.contains(w) || w.endsWith("year-old") || w.endsWith("year-olds")) {
      return true; // "the 34-year-old told reporters"
    }
    if (w.endsWith("ies") && speakerNouns.contains(w.substring(0, w.length() - 3) + "y")) {
      return true;
    }
    if (w.endsWith("es") && speakerNouns.contains(w.substring(0, w.length() - 2))) {
      return true;
    }
    if (w.endsWith("s") && speakerNouns.contains(w.substring(0, w.length() - 1))) {
      return true;
    }
    return w.endsWith("men") && speakerNouns.contains(w.substring(0, w.length() - 3) + "man");
  }

  int maxKeyTokens() {
    return maxKeyTokens;
  }

  int maxTitleTokens() {
    return maxTitleTokens;
  }

  /** True when the word, in any case, is on some list: a reason to trust an odd capital. */
  boolean isKnownName(String key) {
    return places.containsKey(key) || organizations.containsKey(key) || firstNames.containsKey(key);
  }

  // ---- keys

  /** The key of tokens [from, to) of a tokenized text. */
  static String key(TokenizedText t, int from, int to) {
    if (to - from == 1) {
      return t.lower(from);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        sb.append(' ');
      }
      sb.append(t.lower(i));
    }
    return sb.toString();
  }

  private void addPrefixes(String key) {
    for (int sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) {
      keyPrefixes.add(key.substring(0, sp));
      int next = key.indexOf(' ', sp + 1);
      keyInterior.add(key.substring(sp + 1, next < 0 ? key.length() : next));
    }
  }

  /** True if the word comes after the first word of some many-word organisation or place key. */
  boolean isKeyInterior(String word) {
    return keyInterior.contains(word);
  }

  /** True if some organisation or place key of several words begins with these words. */
  boolean isKeyPrefix(String key) {
    return keyPrefixes.contains(key);
  }

  private String keyOf(String entry) {
    TokenizedText t = new TokenizedText(entry);
    maxKeyTokens = Math.max(maxKeyTokens, t.size);
    return key(t, 0, t.size);
  }

  static String norm(String s) {
    if (isAscii(s)) {
      return s.toLowerCase(Locale.ROOT); // the common case
    }
    return Folding.stripDiacritics(Folding.foldPunctuation(s)).toLowerCase(Locale.ROOT);
  }

  // ---- resources

  private static List<String[]> read(String resource) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines(resource)) {
      String[] parts = line.split("\\|");
      for (int i = 0; i < parts.length; i++) {
        parts[i] = parts[i].strip();
      }
      out.add(parts);
    }
    return out;
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource org/newssearch/nlp/" + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#")) {
          out.add(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
