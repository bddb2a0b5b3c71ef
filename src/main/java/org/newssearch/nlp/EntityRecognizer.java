package org.newssearch.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
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
      Set.of("de", "da", "di", "du", "del", "della", "dos", "das", "van", "von", "zu", "der", "den", "ter", "ten", "al", "el", "ul", "ud", "ole",
          "bin", "ibn", "bint", "binte", "binti", "ap", "los", "las", "ó", "ui", "uí", "la", "le", "y", "st", "st.", "mac", "ni", "nic", "o", "arap", "dela", "delos", "dei", "degli");
  /** Particles that say "son of", "daughter of", written in lower case inside a name. */
  private static final Set<String> PATRONYMICS = Set.of("bin", "binte", "binti", "bint", "ibn", "ap", "ferch", "bte");
  private static final Set<String> PLACE_PREPOSITIONS =
      Set.of("in", "at", "from", "near", "outside", "across", "around", "into", "to", "towards", "toward", "through", "via", "between", "inside");
  private static final Set<String> PERSON_AFTER =
      Set.of("said", "says", "told", "tells", "added", "wrote", "tweeted", "insisted", "warned", "urged", "argued", "explained", "recalled", "admitted", "asked", "replied", "who", "whose", "himself", "herself");

  /** What is named for the person who leads it: "the Biden administration", "the Modi government", "the Thatcher years". */
  static final Set<String> LEADERS_TERMS =
      Set.of("administration", "presidency", "government", "cabinet", "premiership", "junta", "regime", "era", "years");

  /** Everyday words that are also common surnames: "General Grant", "General Wood" are people. */
  private static final Set<String> SURNAME_WORDS = Set.of("grant", "lee", "young", "wood", "ward", "hunt", "white", "brown", "black", "green", "gray",
      "grey", "stone", "king", "hill", "bush", "rose", "sharp", "frost", "moore", "marsh", "hall", "wells", "lane", "long", "short", "little", "price",
      "page", "law", "may", "bell", "cook", "baker", "miller", "porter", "turner", "fisher", "hunter", "walker", "parker", "mason", "wolf", "fox",
      "bird", "swift", "strong", "rich", "love", "hope", "church", "west", "north", "south", "english", "french", "mills", "banks", "burns", "case",
      "chase", "cross", "day", "dean", "field", "ford", "gold", "hood", "house", "jordan", "knight", "march", "mark", "martin", "nash", "noble",
      "pope", "reed", "rice", "rush", "sands", "small", "steel", "stock", "storm", "street", "summer", "waters", "webb", "wise", "wing", "winter");

  /** Capitalised words that are never names on their own: post-nominals, units, abbreviations. */
  private static final Set<String> LEGISLATURES = Set.of("house", "senate", "commons", "parliament", "congress", "assembly", "knesset", "bundestag", "duma");
  private static final Set<String> COMMON_ACRONYMS = Set.of("cctv", "gdp", "ceo", "cfo", "coo", "cto", "tv", "ai", "dna", "hiv", "covid", "gcse", "gcses",
      "vat", "pin", "atm", "suv", "ivf", "lgbt", "lgbtq", "mp", "mps", "msp", "msps", "mep", "meps", "qc", "kc", "obe", "mbe", "cbe", "ufo", "gps", "ftse",
      "ipo", "etf", "cpi", "agm", "egm", "gmt", "bst", "utc", "id", "phd", "mba", "sms", "pdf", "usb", "icu", "a&e", "pr", "hr", "it", "ok", "rip", "asap", "diy", "faq",
      "aaa", "aa", "bbb", "bb", "ccc", "cc", "baa", "caa", "aa1", "aa2", "aa3", "a1", "a2", "a3", "baa1", "baa2", "baa3", "ba1", "ba2", "ba3", "fob", "cif", "gp", "cbd", "ngo", "ngos"); // and credit ratings, trade terms
  private static final Set<String> SIDES = Set.of("opposition", "ruling", "governing");
  private static final Set<String> PARTY_PLURALS = Set.of("republicans", "democrats", "conservatives", "tories", "liberals", "socialists");
  private static final Set<String> PARTY_MEMBERS = Set.of("republican", "democrat", "tory", "socialist", "communist", "liberal");

  private static final Set<String> NOT_NAMES =
      Set.of("i", "mp", "mps", "mep", "meps", "msp", "msps", "ms", "kc", "qc", "sc", "td", "tds", "mla", "mlas", "mpp", "ceo", "cfo", "coo", "cto", "pm", "am", "tv", "ok",
          "gmt", "bst", "est", "edt", "pst", "phd", "mbe", "obe", "cbe", "dj", "id", "fm", "gdp", "cpi", "vat", "ipo", "ai", "ev",
          "hq", "pr", "rip", "dna", "hiv", "aids", "covid", "lng", "gcse", "ac", "dc", "uv", "ad", "bc", "ps", "nb", "eta", "mph",
          "km", "kg", "usd", "gbp", "eur", "ph", "md", "rn", "cv", "vip", "sos", "faq", "ceos", "x-ray", "a-level", "a-levels", "et",
          // ISO currency codes: "raised SEK 4 billion", "VND5 million"
          "sek", "nok", "dkk", "chf", "jpy", "cny", "rmb", "inr", "zar", "aud", "cad", "hkd", "sgd", "nzd", "brl", "mxn", "rub", "krw", "idr",
          "thb", "myr", "ngn", "kes", "egp", "pln", "huf", "czk", "ils", "vnd", "pkr", "bdt", "lkr", "ghs", "aed", "sar", "qar", "ars", "clp", "cop");
  /** Last words that make a capitalised name a place. */
  private static final Set<String> PLACE_HEADS =
      Set.of("street", "st", "road", "rd", "avenue", "ave", "lane", "way", "boulevard", "square", "park", "garden", "gardens", "field", "place", "bridge",
          "parish", "county", "valley", "river", "lake", "island", "islands", "mountain", "mountains", "hill", "hills", "bay", "harbour",
          "harbor", "coast", "forest", "beach", "heights", "village", "green", "estate", "airport", "station", "stadium", "arena",
          "port", "canal", "desert", "peninsula", "gulf", "sea", "ocean", "strait", "province", "district", "region", "territory",
          "borough", "township", "quarter", "creek", "springs", "falls", "cape", "reservoir", "glacier", "wood", "woods", "moor",
          "fields", "marsh", "wharf", "pier", "docks", "crescent", "terrace", "close", "drive", "highway", "motorway", "freeway", "tower", "towers", "prison", "jail", "camp", "base", "mine", "plaza",
          "mansion", "palace", "castle", "cathedral", "abbey", "embankment", "pass", "canyon", "dam", "row", "circus", "common");
  /** First words that make a capitalised name a place: "Place de la Nation", "Lake Charles", "Port Arthur". */
  private static final Set<String> PLACE_PREFIXES =
      Set.of("place", "rue", "avenue", "boulevard", "piazza", "plaza", "via", "calle", "mount", "mt.", "lake", "cape", "port", "fort", "isle", "loch", "glen");
  private static final Set<String> DIRECTIONS =
      Set.of("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater",
          "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "mid", "inner", "outer");
  /** Last words of an office held by the person named next: "Health Secretary", "FEMA Administrator". */
  private static final Set<String> OFFICE_HEADS =
      Set.of("secretary", "undersecretary", "accountant", "actuary", "strategist", "minister", "spokesman", "spokeswoman", "spokesperson", "administrator", "director", "commissioner", "chairman",
          "chairwoman", "chair", "chief", "governor", "senator", "mayor", "ambassador", "envoy", "attorney", "general", "judge", "inspector",
          "officer", "constable", "superintendent", "coach", "manager", "captain", "leader", "president", "editor", "correspondent",
          "professor", "executive", "councillor", "councilman", "councilwoman", "speaker", "chancellor", "premier", "commander", "sheriff",
          "prosecutor", "counsel", "treasurer", "adviser", "advisor", "economist", "analyst", "founder", "owner", "striker", "midfielder",
          "defender", "goalkeeper", "quarterback", "batsman", "bowler", "skipper", "republican", "democrat", "independent", "rep", "sen");

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
    Span surnameOf; // "Rhys" in "Rhys and Anwen Protheroe": the name whose surname this one shares
    Span aliasOf; // "Alusuisse" in "Schweizerische Aluminium AG (Alusuisse)": the name it stands for
    int charStart = -1; // a place inside a hyphenated word, "Birmingham-based": its characters
    int charEnd = -1;

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
    int from = dateline(t, spans);
    List<int[]> pending = new ArrayList<>(); // single unknown capitalised words, decided at the end
    for (int s = 0; s < t.sentences; s++) {
      int end = t.sentenceEnd(s);
      int i = Math.max(t.sentenceStart[s], from);
      if (uncased[s]) {
        continue; // read last, with the names the rest of the article gives
      }
      while (i < end) {
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
    readUncased(t, uncased, from, spans);
    verifyGuessedPeople(t, spans);
    linkKin(t, spans);
    companyShortForms(t, spans);
    placesInsideHyphenatedWords(t, spans);
    placesListedWithPlaces(t, spans);
    placesAsTeams(t, spans);
    platformsPostedOn(t, spans);
    return aliases.resolve(t, spans, g);
  }

  private static final Set<String> PLATFORM_WORDS = Set.of("X", "Telegram", "Threads");
  private static final Set<String> POSTING_VERBS = Set.of("posted", "wrote", "said", "tweeted", "shared", "announced", "commented", "posting", "writing",
      "post", "posts", "writes", "statement", "message", "video", "published");

  /** "wrote on X", "a statement posted on Telegram": a platform, named by a letter or an everyday word only after posting. */
  private static void platformsPostedOn(TokenizedText t, List<Span> spans) {
    boolean added = false;
    for (int i = 2; i < t.size; i++) {
      char first = t.first(i);
      if (first != 'X' && first != 'T' || !t.isWord(i) || t.end[i] - t.start[i] > 8) {
        continue; // most tokens, without making a string of each
      }
      String w = t.text(i);
      boolean stop = w.equals("X."); // "wrote on X." keeps its full stop on the letter
      if ((PLATFORM_WORDS.contains(w) || stop) && t.lower(i - 1).equals("on") && POSTING_VERBS.contains(t.lower(i - 2))) {
        int at = i;
        if (spans.stream().noneMatch(s -> s.from <= at && at < s.to)) {
          Span platform = new Span(i, i + 1, EntityType.ORGANIZATION);
          if (stop) {
            platform.charStart = t.start[i];
            platform.charEnd = t.start[i] + 1;
          }
          spans.add(platform);
          added = true;
        }
      }
    }
    if (added) {
      spans.sort((x, y) -> x.from != y.from ? Integer.compare(x.from, y.from) : Integer.compare(x.charStart, y.charStart));
    }
  }

  /**
   * A wire dateline opening the text, "CAMERON, La. —", "LONDON, March 3 -", "REGINA -": the capitals
   * before the comma (or, when a known place, the dash) are a place. Returns the token after it (0 when there is none).
   */
  private int dateline(TokenizedText t, List<Span> spans) {
    int k = 0;
    while (k < t.size && k < 4 && t.isAllCaps(k) && t.paragraphOf[k] == 0) {
      k++;
    }
    if (k == 0 || k >= t.size) {
      return 0;
    }
    boolean dash = t.isPunct(k, '-') || t.isPunct(k, '\u2014') || t.isPunct(k, '\u2013');
    boolean agency = t.isPunct(k, '(') && k + 3 < t.size && t.isAllCaps(k + 1) && t.isPunct(k + 2, ')'); // "SAIGON (UPI) —"
    boolean known = g.place(Gazetteer.key(t, 0, k)) != null;
    boolean placeLike = known;
    for (int i = 0; i < k && !placeLike; i++) {
      String w = t.lower(i);
      if (g.isCommonWord(w) || g.isNationality(w) || g.organization(w) != null || w.endsWith("ed") || w.endsWith("ing")) {
        break;
      }
      placeLike = i == k - 1; // no common word in it
    }
    if (!t.isPunct(k, ',') && !((dash || agency) && placeLike)) {
      return 0; // "REGINA - Saskatchewan will spend": a place before a dash; not a headline's "BREAKING -" or "CORRECTED -"
    }
    if (t.isPunct(k, ',') && !known && !(placeLike && k + 1 < t.size && datelineGoesOn(t, k + 1))) {
      return 0; // "NO INTERVENTION, DOLLAR FIXED": a headline's comma; a dateline's is followed by a date, a state or an agency
    }
    spans.add(new Span(0, k, EntityType.LOCATION));
    return k;
  }

  /** After a dateline's comma: a date ("March 3"), a state ("La.", "Calif."), a known place, then the dash. */
  private boolean datelineGoesOn(TokenizedText t, int i) {
    if (!t.isWord(i)) {
      return false;
    }
    String w = t.lower(i);
    return g.isCalendar(w) || g.place(w) != null || t.text.charAt(t.end[i] - 1) == '.' && Character.isUpperCase(t.first(i));
  }

  // ---- candidates

  private boolean startsCandidate(TokenizedText t, int i, int end) {
    if (t.isCapitalized(i)) {
      return !isNeverName(t, i);
    }
    // a lower-case particle opening a name: "van der Merwe said", "al-Mansouri" is one token
    return t.isWord(i) && PARTICLES.contains(t.lower(i)) && i + 1 < end && !t.isSentenceInitial(i)
        && (t.isCapitalized(i + 1) || (PARTICLES.contains(t.lower(i + 1)) && t.isCapitalized(i + 2)));
  }

  /** Extends a capitalised run over connectors (of, de, van der, &) and short numbers (Radio 4). */
  private int extend(TokenizedText t, int i, int end) {
    int j = i + 1;
    while (j < end) {
      if (t.isCapitalized(j) && !isNeverName(t, j)) {
        j++;
        continue;
      }
      if (t.isWord(j) && t.isCapitalized(j - 1) && legalSuffixAt(t, j)) {
        j++; // Harwick Foods plc
        continue;
      }
      if (t.isWord(j) && t.end[j] - t.start[j] == 1 && Character.isUpperCase(t.first(j)) && t.isCapitalized(j - 1) && j + 1 < end
          && t.isCapitalized(j + 1) && (legalSuffixAt(t, j + 1) || g.isOrgHead(t.lower(j + 1)))) {
        j++; // Circle K Corp: a letter inside a company's name
        continue;
      }
      if (t.isWord(j) && t.lower(j).equals("and") && j + 1 < end && t.isCapitalized(j + 1) && legalSuffixAt(t, j + 1) && t.isCapitalized(j - 1)) {
        j++; // Merck and Co Inc
        continue;
      }
      if (t.isWord(j) && (t.lower(j).equals("and") || t.isPunct(j, '&')) && t.isCapitalized(j - 1) && !legalSuffixAt(t, j - 1)) {
        int k = j + 1;
        while (k < end && k <= j + 3 && t.isCapitalized(k) && !legalSuffixAt(t, k)) {
          k++;
        }
        boolean secondName = k - (j + 1) >= 2 && g.isOrgHead(t.lower(k - 1)); // "Barclays Bank and Lloyds Bank plc": two names
        if (k > j + 1 && k < end && legalSuffixAt(t, k) && LEGAL_FORMS.contains(t.lower(k)) && !(g.isOrgHead(t.lower(j - 1)) && secondName)) {
          j = k + 1; // American Telephone and Telegraph Co, Procter and Gamble Co
          continue;
        }
      }
      int body = bodyOfAndEnd(t, i, j, end);
      if (body > j) {
        j = body; // Ministry of Tourism and Antiquities, Department of Environment and Natural Resources
        continue;
      }
      int agency = andAgencyEnd(t, i, j, end);
      if (agency > j) {
        j = agency; // Food and Drug Administration
        continue;
      }
      if (t.isWord(j) && isConnector(t, j) && j + 1 < end && (t.isCapitalized(j + 1) || (t.isWord(j + 1) && isConnector(t, j + 1) && t.isCapitalized(j + 2)))
          && !g.isCalendar(t.lower(j + 1)) // "Paris on March 25"
          && !(legalSuffixAt(t, j - 1) && j - 1 > i)) { // "RJR Nabisco Inc. of Winston-Salem": the company ends at its suffix
        j++;
        continue;
      }
      if (t.isPunct(j, '&') && j + 1 < end && t.isCapitalized(j + 1)) {
        j++;
        continue;
      }
      int nick = nicknameEnd(t, j, end);
      if (nick > j) {
        j = nick; // Dwayne “Boomer” Hollister
        continue;
      }
      int owned = possessiveOrgEnd(t, i, j, end);
      if (owned > j) {
        j = owned; // King’s College London, Scottish Fishermen’s Federation
        continue;
      }
      if (t.kind[j] == TokenizedText.NUMBER && t.end[j] - t.start[j] <= 2 && t.isCapitalized(j - 1) && !g.isCalendar(t.lower(j - 1))
          && g.place(Gazetteer.key(t, i, j)) == null // "Brazil 55" in a table is a place and a figure
          && (j + 1 >= end || !t.isWord(j + 1) || t.lower(j - 1).equals("radio") || t.lower(j - 1).equals("channel"))
          && !(i > 0 && t.kind[i - 1] == TokenizedText.NUMBER) // "Bayern Munich 2 Hamburg 1, Werder Bremen 0 Schalke 0": scores
          && t.start[j] == t.end[j - 1] + 1) {
        j++; // BBC Radio 4, Channel 4
        continue;
      }
      int known = knownEnd(t, t.lower(i).equals("the") ? i + 1 : i, j, end);
      if (known > j) {
        j = known; // "General Agreement on Tariffs and Trade", as the gazetteer writes it
        continue;
      }
      break;
    }
    return j;
  }

  /** The end of the longest known organisation or place starting at {@code i} and going past {@code j}, or {@code j}. */
  private int knownEnd(TokenizedText t, int i, int j, int end) {
    // walk forward word by word while some gazetteer name still begins with the words so far
    boolean mayGoOn = t.isWord(j) ? g.isKeyInterior(t.lower(j))
        : t.kind[j] == TokenizedText.POSSESSIVE || t.kind[j] == TokenizedText.NUMBER || t.isPunct(j, '&') || t.isPunct(j, '-')
            || t.isPunct(j, ',') && j + 1 < end && t.isCapitalized(j + 1); // "Odessa, Texas"
    if (!mayGoOn || !g.isKeyPrefix(t.lower(i))) {
      return j; // most runs end where no gazetteer name goes on ("Smith said"), or begin none
    }
    StringBuilder key = new StringBuilder(t.lower(i));
    int best = j;
    for (int n = i + 1; n < end && n - i < g.maxKeyTokens() && g.isKeyPrefix(key.toString()); n++) {
      key.append(' ').append(t.lower(n));
      boolean ends = t.isCapitalized(n) || t.kind[n] == TokenizedText.POSSESSIVE; // Standard and Poor's
      if (n + 1 > j && ends) {
        String k = key.toString();
        if (g.organization(k) != null || g.place(k) != null) {
          best = n + 1;
        }
      }
    }
    return best;
  }


  /**
   * "Statistics Canada", "Public Safety Canada", "Environment and Climate Change Canada": a
   * country's agency named by its remit and the country, mid-sentence; not "New Zealand".
   */
  private boolean agencyOfCountry(TokenizedText t, int a, int b) {
    if (b - a < 2 || t.isSentenceInitial(a) || !isCountry(t, b - 1) || g.place(Gazetteer.key(t, a, b)) != null || DIRECTIONS.contains(t.lower(a))) {
      return false;
    }
    for (int i = a; i < b - 1; i++) {
      if (!t.isCapitalized(i) && !t.lower(i).equals("and") || g.isNationality(t, i)) {
        return false;
      }
    }
    return true;
  }

  private boolean isCountry(TokenizedText t, int i) {
    Gazetteer.Place p = g.place(t.lower(i));
    return p != null && p.kind() == Gazetteer.PlaceKind.COUNTRY;
  }

  /** "Bank of Brazil", "Ministry of Tourism", "Committee on Foreign Relations": a body named by what it is of. */
  private boolean bodyOf(TokenizedText t, int a, int b) {
    return b - a >= 3 && g.isOrgPrefix(t.lower(a)) && (t.lower(a + 1).equals("of") || t.lower(a + 1).equals("for") || t.lower(a + 1).equals("on"));
  }

  /**
   * "Ministry of Tourism and Antiquities": after "Ministry of", "Department for", "Council on" and
   * their like, an "and" and capitalised words go on with the body's remit. Returns the end, or {@code j}.
   */
  private int bodyOfAndEnd(TokenizedText t, int i, int j, int end) {
    if (!t.isWord(j) || !t.lower(j).equals("and") || j + 1 >= end || !t.isCapitalized(j + 1) || !t.isCapitalized(j - 1)) {
      return j;
    }
    int head = t.lower(i).equals("the") ? i + 1 : i;
    if (!bodyOf(t, head, j)) {
      return j;
    }
    int k = j + 1;
    while (k < end && t.isCapitalized(k) && k - j <= 3) {
      k++;
    }
    if (titleLength(t, j + 1, Math.min(end, k + 2)) > 0 || isNameWord(t, j + 1) || known(t, j + 1, k) != null) {
      return j; // "the Committee on Foreign Relations and Senator Smith", "... and the Treasury": a second name
    }
    return k;
  }

  /**
   * "Food and Drug Administration", "Department of Health and Human Services": an "and" inside an
   * organisation's name, when the capitalised words after it end in an organisation word and the
   * words before it are not a known name of their own ("the Treasury and Federal Reserve").
   * Returns the index after the name, or {@code j}.
   */
  private int andAgencyEnd(TokenizedText t, int i, int j, int end) {
    if (!t.isWord(j) || !t.lower(j).equals("and") || !t.isCapitalized(j - 1) || known(t, i, j) != null || known(t, j - 1, j) != null) {
      return j;
    }
    int k = j + 1;
    while (k < end && t.isCapitalized(k) && !isNeverName(t, k)) {
      k++;
    }
    boolean headed = j - i - (t.lower(i).equals("the") ? 1 : 0) >= 2 && (g.isOrgHead(t.lower(j - 1)) || legalSuffixAt(t, j - 1));
    if (headed && !(k > j + 1 && BODY_HEADS.contains(t.lower(k - 1)) && g.isCommonWord(t.lower(j - 1)) && !COMPANY_ENDINGS.contains(t.lower(j - 1))
        && !BODY_HEADS.contains(t.lower(j - 1)))) { // "the Post Office and South African Transport Services": two bodies
      return j; // "Sanwa Bank and Yasuda Trust": two names, each complete; but "the House Energy and Commerce Committee" is one
    }
    return k > j + 1 && (g.isOrgHead(t.lower(k - 1)) || BODY_HEADS.contains(t.lower(k - 1))) && !surnameHeaded(t, j + 1, k) && !isPersonShaped(t, i, j) ? k : j;
  }

  /** Last words of a public body's name, whose remit may hold an "and": "Energy and Natural Resources Committee". */
  private static final Set<String> BODY_HEADS =
      Set.of("committee", "subcommittee", "commission", "corporation", "authority", "board", "council", "agency", "administration", "department",
          "service", "services", "institute", "inspectorate", "tribunal", "ministry", "directorate", "bureau", "office");
  /** Words that end a company's name by themselves: "Barclays Bank and Lloyds Corporation" are two. */
  private static final Set<String> COMPANY_ENDINGS =
      Set.of("bank", "banks", "trust", "group", "company", "companies", "holdings", "partners", "securities", "insurance", "airlines", "airways",
          "motors", "industries", "brothers", "associates", "capital", "investments", "foods", "steel", "oil", "petroleum", "chemicals");

  /** "Theresa May", "Brian May": a month after a given name, with no day after it, is a surname. */
  private boolean surnameLikeMonth(TokenizedText t, int a, int b) {
    return b - 1 > a && (g.firstName(t.lower(b - 2)) != 0 || titleLength(t, b - 2, b - 1) > 0) && !(b < t.size && t.kind[b] == TokenizedText.NUMBER);
  }

  /** Token {@code i} names whom the person before works for: "an analyst at X", "a spokesman for X". */
  private static boolean employer(TokenizedText t, int i) {
    if (i < 2 || !t.isWord(i - 1) || !t.isWord(i - 2)) {
      return false;
    }
    String prep = t.lower(i - 1);
    String role = t.lower(i - 2);
    if (prep.equals("for")) {
      return role.startsWith("spokes");
    }
    return (prep.equals("at") || prep.equals("with")) && EMPLOYEE_ROLES.contains(role.endsWith("s") ? role.substring(0, role.length() - 1) : role);
  }

  private static final Set<String> EMPLOYEE_ROLES =
      Set.of("analyst", "economist", "strategist", "trader", "dealer", "broker", "banker", "partner", "executive", "researcher",
          "scientist", "engineer", "employee", "worker", "spokesman", "spokeswoman", "spokesperson", "consultant", "director",
          "manager", "lawyer", "attorney", "accountant", "official", "officer", "vice-president", "chief", "head");

  /**
   * "press secretary Jan Holt": a month abbreviation that is also a given name opens a name when
   * a capitalised word follows and nothing before it reads as a date ("in Jan Holt...", "Jan. 5").
   */
  private boolean givenNameLikeMonth(TokenizedText t, int a, int b) {
    return b - a >= 2 && g.firstName(t.lower(a)) != 0 && !t.text(a).endsWith(".") && t.isWord(a + 1) && t.isCapitalized(a + 1)
        && !g.isCalendar(t.lower(a + 1)) && (a == 0 || !BEFORE_DATES.contains(t.lower(a - 1)));
  }

  private static final Set<String> BEFORE_DATES =
      Set.of("in", "on", "since", "by", "until", "till", "last", "next", "this", "early", "late", "mid", "from", "through", "during", "before",
          "after", "between", "of", "to", "and", "or", "each", "every", "that");

  /** A quotation mark inside the run: {@link #extend} only lets one in around a nickname. */
  private static boolean hasNickname(TokenizedText t, int a, int b) {
    for (int i = a + 1; i < b - 1; i++) {
      if (t.kind[i] == TokenizedText.PUNCT) {
        char ch = t.text.charAt(t.start[i]);
        if (ch == '\u201C' || ch == '"' || ch == '\u2018' || ch == '\'') {
          return true;
        }
      }
    }
    return false;
  }

  /** A quoted capitalised nickname between two parts of a name: returns the index after it. */
  private int nicknameEnd(TokenizedText t, int j, int end) {
    if (j + 3 >= end || t.kind[j] != TokenizedText.PUNCT) {
      return j;
    }
    char open = t.text.charAt(t.start[j]);
    if (open != '\u201C' && open != '"' && open != '\u2018' && open != '\'') {
      return j;
    }
    int k = j + 1;
    while (k < end && k - j <= 3 && t.isCapitalized(k)) {
      k++;
    }
    if (k == j + 1 || k >= end || t.kind[k] != TokenizedText.PUNCT) {
      return j;
    }
    char close = t.text.charAt(t.start[k]);
    boolean closes = close == '\u201D' || close == '"' || close == '\u2019' || close == '\'';
    return closes && k + 1 < end && t.isCapitalized(k + 1) && isNameWord(t, j - 1) ? k + 1 : j;
  }

  /**
   * "X’s Y … Head": a possessive inside an organisation's name, taken when what follows is
   * capitalised and ends in an organisation word and what precedes is not a person.
   */
  private int possessiveOrgEnd(TokenizedText t, int i, int j, int end) {
    boolean possessive = t.kind[j] == TokenizedText.POSSESSIVE
        || (t.kind[j] == TokenizedText.PUNCT && (t.text.charAt(t.start[j]) == '\u2019' || t.text.charAt(t.start[j]) == '\'')
            && t.text.charAt(t.start[j] - 1) == 's' && t.start[j] == t.end[j - 1]);
    if (!possessive || j + 1 >= end || !t.isCapitalized(j + 1)) {
      return j;
    }
    int k = j + 1;
    while (k < end && t.isCapitalized(k)) {
      k++;
    }
    for (int n = k; n > j + 1; n--) {
      if (g.organization(Gazetteer.key(t, i, n)) != null) {
        return n; // King’s College London, as the gazetteer knows it
      }
    }
    String saint = t.lower(i);
    if ((saint.equals("st") || saint.equals("st.") || saint.equals("saint")) && j - i == 2 && k - j >= 2
        && (g.isOrgHead(t.lower(k - 1)) || PLACE_HEADS.contains(t.lower(k - 1)))) {
      return k; // "St Enda’s Primary School", "St Thomas’ Hospital", "St Mary’s Church": named for a saint
    }
    if (isNameWord(t, j - 1) || g.title(t.lower(i)) != null && i == j - 1) {
      return j;
    }
    String owner = Gazetteer.key(t, i, j);
    if ((g.place(owner) != null || g.organization(owner) != null) && !knownOrganizationStartingAt(t, i, k)) {
      return j; // "Japan’s Overseas Economic Cooperation Fund": the owner is a name of its own
    }
    int head = t.lower(i).equals("the") ? i + 1 : i;
    if (j - head >= 3 && (bodyOf(t, head, j) || g.isOrgHead(t.lower(j - 1))) || j - head == 2 && BODY_HEADS.contains(t.lower(j - 1))) {
      return j; // "University of Tasmania’s Institute for Marine and Antarctic Studies", "the Interior Department’s Bureau of Reclamation": two names
    }
    for (int h = k - 1; h > j; h--) {
      String w = t.lower(h);
      if (g.isOrgHead(w) || suffixAt(t, h)) {
        return k;
      }
    }
    return j;
  }

  /**
   * Where a company's name starts when it ends in a legal form and is otherwise made of everyday
   * words, nationalities and letters ("Circle K Corp", "Great American Corp", "Computer
   * Associates"), which the sentence-start rules would strip, leaving the legal form alone; -1 when
   * the span is not such a name. Only a run of capitalised words in mixed case (not an all-capital
   * headline), with no title and no "of".
   */
  private int companyStart(TokenizedText t, int a, int b) {
    if (b - a < 2 || !suffixAt(t, b - 1) || !t.isCapitalized(b - 1)) {
      return -1;
    }
    int k = a;
    while (k < b - 1 && (NOT_ROLES.contains(t.lower(k)) || g.isCalendar(t.lower(k)) || !t.isCapitalized(k))) {
      k++;
    }
    if (b - k < 2 || !(g.isCommonWord(t.lower(k)) || g.isNationality(t, k)) || titleLength(t, k, b) > 0 || known(t, k, b) != null) {
      return -1;
    }
    boolean mixed = false;
    for (int i = k; i < b; i++) {
      if (!t.isCapitalized(i) && !t.lower(i).equals("and") && !t.isPunct(i, '&')) {
        return -1;
      }
      if (i < b - 1 && t.isCapitalized(i) && !g.isCommonWord(t.lower(i)) && !g.isNationality(t, i) && t.end[i] - t.start[i] > 1) {
        return -1; // "Rival Sun Tak Properties Ltd": a word of the name's own survives the sentence-start rules
      }
      mixed |= !t.isAllCaps(i);
    }
    return mixed ? k : -1;
  }

  private boolean isNeverName(TokenizedText t, int i) {
    int len = t.end[i] - t.start[i];
    if (t.start[i] > 0 && (t.text.charAt(t.start[i] - 1) == '@' || t.text.charAt(t.start[i] - 1) == '#')) {
      return true; // a handle or a hashtag: "@EnvAgency", "#Brexit"
    }
    if (len == 1) {
      // "I", a stray capital; but "on X" is the social network
      return !(t.text.charAt(t.start[i]) == 'X' && i > 0 && (t.lower(i - 1).equals("on") || t.lower(i - 1).equals("to")));
    }
    if (len == 3 && t.text.startsWith("SAN", t.start[i]) && i > 0 && t.isCapitalized(i - 1) && !t.isAllCaps(i - 1) && !(i + 1 < t.size && t.isCapitalized(i + 1))) {
      return true; // "Kemi Pinheiro SAN": a Senior Advocate of Nigeria, after the name like KC
    }
    if (len >= 3 && len <= 8 && Character.isDigit(t.text.charAt(t.end[i] - 1)) && t.isAllCaps(i)) {
      String w = t.lower(i);
      int d = w.length();
      while (d > 0 && Character.isDigit(w.charAt(d - 1))) {
        d--;
      }
      if (d >= 2 && NOT_NAMES.contains(w.substring(0, d))) {
        return true; // "VND5 million", "PM2.5"
      }
    }
    if (len > 8 || !NOT_NAMES.contains(t.lower(i)) || !(t.isAllCaps(i) || len <= 3)) {
      return false;
    }
    if (t.text.startsWith("Md", t.start[i]) && len <= 3 && i + 1 < t.size && t.isCapitalized(i + 1) && !t.isAllCaps(i + 1) && g.place(t.lower(i + 1)) == null) {
      return false; // "Md Rafiqul Islam": Muhammad, as Bangladeshi names write it
    }
    // but "PM Modi", "MP Rachel Whitcombe": a title before a name
    return !(g.title(t.lower(i)) != null && i + 1 < t.size && t.isCapitalized(i + 1) && !t.isAllCaps(i + 1));
  }

  /**
   * Two or more capitalised words ending in an organisation word, past the sentence's first word:
   * "the Farmers Home Administration", "the Fire Brigades Union". Their everyday words are part of
   * the name.
   */
  private boolean orgHeaded(TokenizedText t, int a, int b) {
    if (b - a < 2 || t.isSentenceInitial(a)) {
      return false;
    }
    String last = t.lower(b - 1);
    return t.isCapitalized(b - 1) && (g.isOrgHead(last) || legalSuffixAt(t, b - 1));
  }

  /** A company suffix that is not also an everyday word: "plc", "Co", "Inc", but not "group". */
  private boolean legalSuffixAt(TokenizedText t, int i) {
    return suffixAt(t, i) && !g.isCommonWord(t.lower(i));
  }

  /**
   * A company suffix as written: "AG", "S.A.", "Co", "plc"; but not a name that folds to one
   * ("Sá", "Ó Sé") nor a two-letter suffix in title case ("Hans Ag").
   */
  private boolean suffixAt(TokenizedText t, int i) {
    if (!g.isOrgSuffix(t.lower(i)) || Character.isLowerCase(t.first(i)) && !t.lower(i).equals("plc")) {
      return false; // "their U.S. Bond holdings": written in lower case, only "plc" ends a name
    }
    boolean dot = false;
    for (int k = t.start[i]; k < t.end[i]; k++) {
      char c = t.text.charAt(k);
      if (c > 127) {
        return false;
      }
      dot |= c == '.';
    }
    int len = t.end[i] - t.start[i];
    return len > 2 || dot || t.isAllCaps(i) || t.text.regionMatches(true, t.start[i], "co", 0, 2) || t.text.regionMatches(true, t.start[i], "oy", 0, 2);
  }

  /** "Republican Senator X", "Democratic Congresswoman Y": a party, not the seat. */
  private boolean partyWord(TokenizedText t, int i) {
    String w = t.lower(i);
    return PARTY_MEMBERS.contains(w) || w.equals("democratic") || g.organization(w) != null || g.organization(w + "s") != null;
  }

  /** Offices held for a place: the word before them is the constituency, county or state ("Bootle MP", "Nyandarua Governor"). */
  private static final Set<String> SEAT_TITLES = Set.of("mp", "mla", "mpa", "mna", "mpp", "td", "msp", "mep", "governor", "senator", "mca", "congressman",
      "congresswoman", "assemblyman", "assemblywoman", "mayor");

  private static final Set<String> MINISTRY_HEADS = Set.of("ministry", "department", "office");

  /** Nouns of a person's role or tie: after "X Y, a/the", only a person is meant. */
  private static final Set<String> SPORTS_ROLES = Set.of("opener", "trainer", "striker", "midfielder", "defender", "goalkeeper", "winger", "forward",
      "batsman", "batter", "bowler", "spinner", "paceman", "seamer", "jockey", "pitcher", "quarterback", "skipper", "keeper", "wicketkeeper", "centre",
      "fly-half", "scrum-half", "full-back", "prop", "hooker", "flanker", "rookie", "veteran", "substitute", "debutant", "sprinter", "boxer", "rider");
  private static final Set<String> PERSON_ROLES = Set.of("spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "analyst", "economist",
      "resident", "professor", "director", "executive", "chairman", "chairwoman", "founder", "teacher", "doctor", "nurse", "farmer", "officer", "member",
      "councillor", "senator", "minister", "adviser", "advisor", "activist", "campaigner", "student", "researcher", "scientist", "author", "writer",
      "journalist", "coach", "player", "captain", "manager", "owner", "worker", "mother", "father", "son", "daughter", "wife", "husband", "widow",
      "veteran", "survivor", "neighbour", "neighbor", "official", "president", "leader", "secretary", "organiser", "organizer", "volunteer",
      "commissioner", "mayor", "governor", "judge", "historian", "partner", "co-founder", "head", "chief", "consultant", "engineer", "pastor", "priest");

  /**
   * ", a spokeswoman for…", ", the group's founder,", ", of the advocacy group…" right after token
   * {@code b - 1}: a person's role in apposition ("Shelagh Baptiste, of the advocacy group TTCriders, said").
   */
  private static boolean roleFollows(TokenizedText t, int b) {
    if (b + 3 >= t.size || !t.isPunct(b, ',') || !t.isWord(b + 1)) {
      return false;
    }
    String w = t.lower(b + 1);
    if ((w.equals("of") || w.equals("from")) && t.lower(b + 2).equals("the") && t.isWord(b + 3)
        && (Character.isLowerCase(t.first(b + 3)) || w.equals("from") && t.isCapitalized(b + 3))) {
      return true; // ", of the advocacy group", ", from the Save the Harbour Alliance,"
    }
    int role = b + 1;
    while (role < b + 3 && role + 1 < t.size && !PERSON_ROLES.contains(t.lower(role)) && t.isWord(role) && Character.isLowerCase(t.first(role))) {
      role++; // ", additional deputy commissioner of the Gazipur Metropolitan Police"
    }
    if (PERSON_ROLES.contains(t.lower(role)) && Character.isLowerCase(t.first(role))) {
      // ", manager for international trading at…", ", chief executive of the bank": a bare role and whose it is
      for (int k = role + 1; k < t.size && k <= role + 2; k++) {
        if (!t.isWord(k) || !Character.isLowerCase(t.first(k))) {
          return false;
        }
        String v = t.lower(k);
        if (v.equals("of") || v.equals("for") || v.equals("at")) {
          return true;
        }
      }
      return false;
    }
    if (!w.equals("a") && !w.equals("an") && !w.equals("the")) {
      return false;
    }
    for (int k = b + 2; k < t.size && k <= b + 4; k++) {
      if (t.kind[k] == TokenizedText.POSSESSIVE) {
        continue; // "the group's founder"
      }
      if (!t.isWord(k) || !Character.isLowerCase(t.first(k))) {
        return false;
      }
      if (PERSON_ROLES.contains(t.lower(k))) {
        return true;
      }
    }
    return false;
  }

  /** A lower-case role right before token {@code a}: "analyst", "spokeswoman", "chief executive". */
  private static boolean roleBefore(TokenizedText t, int a) {
    return a > 0 && t.isWord(a - 1) && Character.isLowerCase(t.first(a - 1)) && PERSON_ROLES.contains(t.lower(a - 1));
  }

  /** ", 71," right after token {@code b - 1}: an age in apposition. */
  private static boolean ageFollows(TokenizedText t, int b) {
    return b + 2 < t.size && t.isPunct(b, ',') && t.kind[b + 1] == TokenizedText.NUMBER && t.end[b + 1] - t.start[b + 1] <= 3
        && Character.isDigit(t.text.charAt(t.start[b + 1])) && (t.isPunct(b + 2, ',') || t.isPunct(b + 2, ';'));
  }

  /**
   * Where someone lives, after their name and age: "X, 29, of Torry,", "of Rathmore, Athboy" (the
   * second place after the first's comma).
   */
  private static boolean residence(TokenizedText t, int i) {
    if (i >= 3 && t.isWord(i - 1) && (t.lower(i - 1).equals("of") || t.lower(i - 1).equals("from")) && t.isPunct(i - 2, ',')
        && (t.kind[i - 3] == TokenizedText.NUMBER || t.isCapitalized(i - 3))) {
      return i + 1 >= t.size || t.kind[i + 1] == TokenizedText.PUNCT;
    }
    // the town after the townland: "of Rathmore, Athboy,"
    return i >= 4 && t.isPunct(i - 1, ',') && t.isCapitalized(i - 2) && t.isWord(i - 3) && t.lower(i - 3).equals("of") && t.isPunct(i - 4, ',')
        && (i + 1 >= t.size || t.kind[i + 1] == TokenizedText.PUNCT);
  }

  private static final Set<String> NOT_ROLES = Set.of("the", "a", "an", "of", "to", "and", "or", "in", "on", "at", "for", "with", "by", "from", "that",
      "as", "but", "is", "was", "are", "were", "his", "her", "their", "its", "our", "my", "your", "when", "while", "if", "than", "then");

  /**
   * "senior forecaster Dean Nakamura", "defence lawyer Faith Achieng Odhiambo": a given name that is
   * also a title or an everyday word, right after a lower-case role and before a surname.
   */
  private boolean givenNameAfterRole(TokenizedText t, int a, int b) {
    if (b - a < 2 || b - a > 3 || a == 0 || g.firstName(t.lower(a)) == 0 || !t.isWord(a - 1) || !Character.isLowerCase(t.first(a - 1))) {
      return false;
    }
    String role = t.lower(a - 1);
    return !NOT_ROLES.contains(role) && g.cue(role) == null && !role.endsWith("ly") && t.isCapitalized(a + 1) && g.place(Gazetteer.key(t, a, b)) == null
        && g.organization(Gazetteer.key(t, a, b)) == null;
  }

  /** Suffixes that only a company's legal name ends in (not Trust, Group or Holdings, which end names of their own). */
  private static final Set<String> LEGAL_FORMS =
      Set.of("inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "plc", "llc", "ag", "sa", "s.a.", "nv", "n.v.", "gmbh", "spa", "s.p.a.", "bv", "ab", "as", "asa", "oy", "oyj", "kk", "pty", "bhd");

  private static final Set<String> GOVERNMENT_WORDS = Set.of("government", "administration", "executive", "cabinet", "assembly", "parliament", "council", "police", "army", "navy");

  private static Span spanEndingAt(List<Span> spans, int end) {
    for (Span s : spans) {
      if (s.to == end) {
        return s;
      }
    }
    return null;
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
    while (a < b && !t.isCapitalized(a) && !PARTICLES.contains(t.lower(a))) {
      a++;
    }
    if (b - a == 1 && LEGISLATURES.contains(t.lower(a)) && (a > 0 && t.lower(a - 1).equals("the") || t.lower(a).equals("parliament") || t.lower(a).equals("congress"))) {
      spans.add(new Span(a, b, EntityType.ORGANIZATION)); // "moves to the House", "told Parliament"
      return;
    }
    if (b - a == 1 && t.end[a] < t.text.length() && "$¢£€¥₦₹₱₩".indexOf(t.text.charAt(t.end[a])) >= 0) {
      return; // US$3 million, HK$, GH¢30: a currency
    }
    if (b - a == 1 && !initialismCase(t, a) && g.isInitialismWord(t.lower(a))) {
      return; // "Who will pay?": the question, not the WHO
    }
    if (a > 0 && t.isPunct(a - 1, '<')) {
      if (b < t.size && t.isPunct(b, '>') && (b - a >= 2 || !t.isAllCaps(a))) {
        spans.add(new Span(a, b, EntityType.ORGANIZATION)); // Reuters names a company so: <Shaw Venture Partners>
      }
      return; // and a ticker, <KRPG.F>, is no name
    }
    int storm = a;
    while (storm < b - 1 && STORM_KINDS.contains(t.lower(storm)) && !t.lower(storm).endsWith("s")) {
      storm++;
    }
    if (storm > a && STORM_KINDS.contains(t.lower(storm - 1)) && !STORM_ADJECTIVES.contains(t.lower(storm - 1))) {
      return; // "Severe Tropical Storm Kristine", "Hurricane Odalys": weather, not who or where
    }
    if (b - a == 1 && a >= 2 && PAPER_HEADS.contains(t.lower(a)) && t.lower(a - 1).equals("the") && TOLD.contains(t.lower(a - 2)) && !t.isAllCaps(a)) {
      spans.add(new Span(a, b, EntityType.ORGANIZATION)); // "told the Post", "in an interview with the Herald": the paper
      return;
    }
    if (a > 1 && t.isWord(a - 1) && WORK_NOUNS.contains(t.lower(a - 1)) && Character.isLowerCase(t.first(a - 1)) && t.isWord(a - 2)
        && WORK_DETERMINERS.contains(t.lower(a - 2)) && known(t, a, b) == null) {
      return; // "the sitcom Nana Knows Best", "his novel The Salt Years": a title of a work
    }
    if (b - a == 1 && COMMON_ACRONYMS.contains(t.lower(a))) {
      return; // CCTV, GDP, the FTSE: abbreviations of things, not names
    }
    while (b - a >= 2 && (PARTY_MEMBERS.contains(t.lower(b - 1)) || COMMON_ACRONYMS.contains(t.lower(b - 1)) && t.isAllCaps(b - 1))) {
      b--; // "an Ohio Republican": Ohio; the party member is not a name; "the Lismore CBD"
    }
    int side = a < b && t.lower(a).equals("the") ? a + 1 : a;
    if (b - side >= 2 && SIDES.contains(t.lower(side)) && known(t, side + 1, b) == EntityType.ORGANIZATION && known(t, side, b) == null) {
      a = side + 1; // "the Opposition Congress": which side it sits on is no part of its name
    }
    if (b - a == 2 && LEGISLATURES.contains(t.lower(a)) && PARTY_PLURALS.contains(t.lower(a + 1)) && known(t, a, b) == null) {
      spans.add(new Span(a, a + 1, EntityType.ORGANIZATION)); // "Senate Republicans": a chamber and a party
      spans.add(new Span(a + 1, b, EntityType.ORGANIZATION));
      return;
    }
    if (b - a >= 3 && PARTY_MEMBERS.contains(t.lower(a)) && t.lower(a + 1).equals("of")) {
      classify(t, a + 2, b, spans, pending, quoteInitial); // "a Democrat of Minnesota"
      return;
    }
    if (b - a == 1 && PARTY_MEMBERS.contains(t.lower(a))) {
      return; // "the Democrat who leads the committee"
    }
    if (titleCaseName(t, a, b)) {
      int from = t.lower(a).equals("the") ? a + 1 : a;
      EntityType known = known(t, from, b);
      spans.add(new Span(from, b, known != null ? known : EntityType.ORGANIZATION));
      return;
    }
    int company = companyStart(t, a, b);
    if (company >= 0) {
      spans.add(new Span(company, b, EntityType.ORGANIZATION)); // "Great American Corp", "Computer Associates": everyday words, one name
      return;
    }
    // drop leading words that are capitalised only because they start a sentence or quote
    while (a < b && isWeakStart(t, a, quoteInitial) && !knownSpanStartingAt(t, a, b) && !directionBeforePlace(t, a, b)) {
      if (titleLength(t, a, b) > 0 || t.lower(a).equals("the") || b - a >= 3 && legalSuffixAt(t, b - 1)) {
        break; // titles are peeled below; "The" below too; "American Telephone and Telegraph Co" is whole
      }
      if (b - a >= 2 && t.lower(a).indexOf('-') > 0 && LOWER_AFTER_HYPHEN.matcher(t.text(a)).matches() && g.firstName(t.lower(a)) == 0
          && !g.isOrgHead(t.lower(b - 1)) && !suffixAt(t, b - 1)) { // but "Co-operative Bancorp" is a name
        a++; // "Leg-spinner Zain ul Abideen", "Co-founder Ada Obi": a descriptor; names capitalise after a hyphen
        continue;
      }
      if (b - a >= 3 && (PERSON_ROLES.contains(t.lower(a)) || SPORTS_ROLES.contains(t.lower(a))) && !commonOrPlural(t.lower(b - 1))
          && !g.isOrgHead(t.lower(b - 1)) && known(t, a, b) == null) {
        a++; // "Opener Saleem Akhtar hit 158", "Trainer Sugar Ray Adebayo said": a role, then the name
        continue;
      }
      if (!g.isCommonWord(t.lower(a)) && isNameWord(t, a)) {
        break;
      }
      if (!commonOrPlural(t.lower(a)) && b - a == 1) { // "Nurses rallied": a plain plural
        pending.add(new int[] {a, 1});
        return;
      }
      if (b - a == 1) {
        pending.add(new int[] {a, 3}); // "Southwest said": a common word, unless the article names a company so
        return;
      }
      if (!g.isCommonWord(t.lower(a)) && b - a >= 2 && !g.isNationality(t, a)) {
        break; // "Meridian Sports Capital" at a sentence start: an unknown name, not a common word
      }
      a++;
    }
    int viet = a;
    while (viet < b && viet < a + 4 && t.isCapitalized(viet)) {
      viet++;
    }
    if (viet - a >= 2 && vietnameseName(t, a, viet)) {
      addPerson(t, a, viet, (char) 0, false, spans); // "Tran Van Hung of the Vietnam Academy…": the name, then what follows
      if (viet < b) {
        classify(t, viet, b, spans, pending, quoteInitial);
      }
      return;
    }
    int named = a < b && t.lower(a).equals("the") ? a + 1 : a;
    if ((b - named >= 3 || b - named == 2 && t.kind[b - 1] == TokenizedText.POSSESSIVE) && g.organization(Gazetteer.key(t, named, b)) != null) {
      spans.add(new Span(named, b, EntityType.ORGANIZATION)); // known as a whole, however it ends: "Standard and Poor's"
      return;
    }
    if (b - a >= 2 && t.lower(a).equals("the") && t.isCapitalized(a) && !t.isSentenceInitial(a) && g.organization(Gazetteer.key(t, a, b)) != null
        && g.organization(Gazetteer.key(t, a + 1, b)) == null) {
      spans.add(new Span(a, b, EntityType.ORGANIZATION)); // "told The Sun": the article is part of the name
      return;
    }
    while (b > a && (g.isCalendar(t.lower(b - 1)) && !surnameLikeMonth(t, a, b) && g.organization(Gazetteer.key(t, a, b)) == null || (!t.isCapitalized(b - 1) && t.kind[b - 1] != TokenizedText.NUMBER && !legalSuffixAt(t, b - 1)))) {
      b--;
    }
    while (a < b && (t.lower(a).equals("the") || t.lower(a).endsWith("-year-old") || g.isCalendar(t.lower(a)) && !givenNameLikeMonth(t, a, b) && !(b - a >= 3 && legalSuffixAt(t, b - 1)) || (!t.isCapitalized(a) && !PARTICLES.contains(t.lower(a)))
        || (g.isCommonWord(t.lower(a)) && titleLength(t, a, b) == 0 && !knownSpanStartingAt(t, a, b) && !isNameWord(t, a) && !directionBeforePlace(t, a, b)
            && !orgHeaded(t, a, b) && !bodyOf(t, a, b) && !givenNameAfterRole(t, a, b)
            && !(bodyOf(t, a + 1, b) && !t.isSentenceInitial(a)) && !agencyOfCountry(t, a, b)))) { // "the Insurance Bureau of Canada"
      if (b - a == 1 && t.isCapitalized(a) && !t.isAllCaps(a) && g.isCommonWord(t.lower(a)) && !g.isCalendar(t.lower(a))) {
        pending.add(new int[] {a, 3}); // "Chiefs coach X": a common word, unless the article names a club or company so
        return;
      }
      a++;
    }
    if (a >= b) {
      return;
    }
    if (b - a >= 2 && THING_HEADS.contains(t.lower(b - 1)) && known(t, a, b) == null && !knownOrganizationStartingAt(t, a, b)) {
      return; // "Gross National Product", "Windfall Profits Tax", "the Cruzado Plan": things, not names of who or where
    }
    if (b - a == 2 && t.lower(b - 1).equals("administration")) {
      // "the Obama Administration", "the Trump Administration": the name is the entity; agencies
      // have longer names (Food and Drug Administration, Farmers Home Administration)
      classify(t, a, a + 1, spans, pending, quoteInitial);
      return;
    }
    // a lower-case-able descriptor before a full name: "Commuter Helen Whitlock", "Vice-captain X Y"
    if (b - a >= 3 && !isNameWord(t, a) && isNameWord(t, a + 1) && g.place(Gazetteer.key(t, a, a + 1)) == null
        && g.organization(Gazetteer.key(t, a, a + 1)) == null && !g.isNationality(t, a) && titleLength(t, a, b) == 0
        && !knownSpanStartingAt(t, a, b) // "Fine Gael TD X"
        && !PARTICLES.contains(t.lower(a)) && !t.isAllCaps(a) && (isWeakStart(t, a, quoteInitial) || t.lower(a).contains("-"))) {
      a++;
    }
    // "U.S. Bankers", "the U.S. Dollar": wire copy capitalises a common word after a dotted
    // abbreviation; not "U.S. Agriculture Department" nor "U.S. Steel" (a known or headed name)
    if (b - a >= 2 && t.text(a).endsWith(".") && g.place(Gazetteer.key(t, a, a + 1)) != null && commonOrPlural(t.lower(a + 1))
        && known(t, a, b) == null && !knownOrganizationStartingAt(t, a, b) && !g.isOrgHead(t.lower(b - 1)) && !suffixAt(t, b - 1)
        && titleLength(t, a + 1, b) == 0) {
      spans.add(new Span(a, a + 1, EntityType.LOCATION));
      int r = a + 1;
      while (r < b && (commonOrPlural(t.lower(r)) || !t.isCapitalized(r))) {
        r++;
      }
      if (r < b) {
        classify(t, r, b, spans, pending, quoteInitial);
      }
      return;
    }
    if (b - a >= 2 && known(t, a, b) == null) {
      String last = t.lower(b - 1);
      if ((last.equals("government") || last.equals("cabinet") || last.equals("administration") || last.equals("executive"))
          && g.place(Gazetteer.key(t, a, b - 1)) != null) {
        spans.add(new Span(a, b - 1, EntityType.LOCATION)); // "the Odisha Cabinet": the place; a government is no name
        return;
      }
      for (int n = Math.min(g.maxKeyTokens(), b - a - 1); n >= 1 && g.endsTitle(last); n--) {
        if (orgAt(t, a, a + n) && a + n + titleLength(t, a + n, b) == b) {
          spans.add(new Span(a, a + n, EntityType.ORGANIZATION)); // "says Sinn Féin TD", "the Bank of England Governor": the title is no name
          return;
        }
      }
    }
    // a whole name known, or headed by a place or organisation word, is not a title and a name:
    // "Premier League", "Imam Khomeini International Airport", "Queen Elizabeth Hospital"
    if (b - a >= 2) {
      EntityType whole = known(t, a, b);
      String lastWord = t.lower(b - 1);
      if (whole == null && surnameHeaded(t, a, b)) {
        whole = null; // "Kelly Marsh", "Ms Hill": a person whose surname is a landscape word
      } else if (whole == null && (g.isOrgHead(lastWord) || suffixAt(t, b - 1))) {
        whole = EntityType.ORGANIZATION;
      } else if (whole == null && PLACE_HEADS.contains(lastWord)) {
        whole = EntityType.LOCATION;
      }
      int title = titleLength(t, a, b);
      int c = title > 0 ? connectorAt(t, a + title - 1, b) : -1;
      boolean personOf = c > a + title && isPersonShaped(t, a + title, c); // "Professor Martin X of Wageningen University"
      if (whole != null && title > 0 && !personOf && !(a + title < b && t.lower(a + title).equals("of"))) {
        spans.add(new Span(a, b, whole));
        return;
      }
    }
    // titles and honorifics: Mr, Dr, Prime Minister, Foreign Secretary, Lord Justice, Health Secretary
    boolean titled = false;
    char gender = 0;
    while (a < b) {
      int n = titleLength(t, a, b);
      if (n == 0 || a + n < b && g.place(Gazetteer.key(t, a, a + n + 1)) != null) {
        break; // "Sri Lanka Cricket": no honorific begins a place's name
      }
      if (n == 1 && !titled && givenNameAfterRole(t, a, b)) {
        break; // "senior forecaster Dean Nakamura": after a role, a given name, not a title
      }
      if (n == 1 && titled && a + 2 == b && g.firstName(t.lower(a)) != 0 && t.isCapitalized(a + 1)) {
        break; // "Chief Superintendent Dean Marchetti": after a title, a given name and a surname
      }
      if (!titled && a + n + 1 < b && (g.isOrgPrefix(t.lower(a + n)) || g.isOrgHead(t.lower(a + n))) && isConnector(t, a + n + 1)
          && !PARTICLES.contains(t.lower(a + n + 1))) {
        spans.add(new Span(a, b, EntityType.ORGANIZATION)); // "General Authority of Civil Aviation": no general, an authority
        return;
      }
      if (!titled && a + n + 1 == b && t.lower(a + n - 1).equals("general") && g.isCommonWord(t.lower(a + n)) && g.firstName(t.lower(a + n)) == 0
          && !SURNAME_WORDS.contains(t.lower(a + n)) && !PERSON_ROLES.contains(t.lower(a + n)) && g.title(t.lower(a + n)) == null) {
        spans.add(new Span(t.lower(a).equals("the") ? a + 1 : a, b, EntityType.ORGANIZATION)); // "General Tire said", "the Turkish General Staff": a company or a body, no general
        return;
      }
      Gazetteer.Title title = g.title(Gazetteer.key(t, a, a + n));
      if (a + n < b && t.lower(a + n).equals("of")) {
        // the Archbishop of York, the Mayor of London: a place inside a title
        int p = a + n + 1;
        int all = p < b && t.lower(p).equals("the") ? p + 1 : p;
        while (all < b && (t.isCapitalized(all) || isConnector(t, all) && all + 1 < b && t.isCapitalized(all + 1))) {
          all++;
        }
        int from = t.lower(p).equals("the") ? p + 1 : p;
        if (all - from >= 3 && g.organization(Gazetteer.key(t, from, all)) == null && !g.isOrgHead(t.lower(all - 1))) {
          // "General Secretary of the Communist Party Xi Jinping": the body ends before the holder's name
          for (int k = all - 2; k >= from + 1; k--) {
            boolean body = g.organization(Gazetteer.key(t, from, k)) != null || g.isOrgHead(t.lower(k - 1))
                || g.isOrgPrefix(t.lower(from)) && from + 2 < k && isConnector(t, from + 1); // "the Board of Trade"
            if (body && t.isCapitalized(k) && connectorAt(t, k, all) < 0 && !g.isOrgHead(t.lower(k)) && (isPersonShaped(t, k, all)
                || all - k >= 2 && all - k <= 3 && known(t, k, all) == null && g.place(Gazetteer.key(t, k, k + 1)) == null && !g.isOrgHead(t.lower(all - 1)))) {
              spans.add(new Span(from, k, EntityType.ORGANIZATION));
              addPerson(t, k, all, (char) 0, true, spans);
              if (all < b) {
                classify(t, all, b, spans, pending, quoteInitial); // "… Xi Jinping and Najd Air"
              }
              return;
            }
          }
        }
        if (all - from >= 2 && (g.organization(Gazetteer.key(t, from, all)) != null || g.isOrgHead(t.lower(all - 1)) || suffixAt(t, all - 1)
            || headOfPlace(t, from, all))) {
          spans.add(new Span(from, all, EntityType.ORGANIZATION)); // "Managing Director of Shearson Lehman Brothers"
          a = all;
          continue;
        }
        if (from + 1 == all && from > p && t.isAllCaps(from) && g.place(t.lower(from)) == null) {
          spans.add(new Span(from, all, EntityType.ORGANIZATION)); // "Executive Director of the ICCO": a body's initials
          a = all;
          continue;
        }
        int q = p;
        while (q < b && t.isCapitalized(q) && !isNameWord(t, q)) {
          q++;
        }
        placeInTitle(t, p, q, t.lower(a + n - 1), spans);
        a = q;
        continue;
      }
      if (a + n == b && b - a == 1) {
        pending.add(new int[] {a, 2}); // "Sheikh, who…": a surname that looks like a title
        return;
      }
      titled = true;
      if (title != null && title.gender() != 'U') {
        gender = title.gender();
      }
      if (title == null && n == 2 && SEAT_TITLES.contains(t.lower(a + 1)) && known(t, a, a + 1) == null && !g.isCommonWord(t.lower(a)) && !partyWord(t, a)
          && !g.isNationality(t, a) && !t.isAllCaps(a)) {
        spans.add(new Span(a, a + 1, EntityType.LOCATION)); // "Nyandarua Governor X": the seat is a place
      } else if (title == null && !employerBeforeOffice(t, a, a + n, spans)) {
        placesInside(t, a, a + n, spans); // "Ohio Republican X", "UK Environment Secretary X"
      }
      a += n;
    }
    if (a >= b) {
      return;
    }
    if (!titled && b - a >= 2 && b - a <= 4 && (ageFollows(t, b) || roleFollows(t, b)) && known(t, a, b) == null && !g.isOrgHead(t.lower(b - 1)) && !g.isCommonWord(t.lower(b - 1))
        && !g.isNationality(t, a) && (g.place(Gazetteer.key(t, a, a + 1)) == null || b - a >= 3 && g.place(Gazetteer.key(t, a, b)) == null)) {
      addPerson(t, a, b, (char) 0, false, spans); // "Lorene Whitehorse, 71, lost her home": only people have an age
      return;
    }
    if (!titled && b - a >= 3 && known(t, a, b) == null) {
      for (int i = a + 1; i < b - 1; i++) {
        if (PATRONYMICS.contains(t.text(i))) {
          addPerson(t, a, b, (char) 0, false, spans); // "Azman bin Ismail", "Dafydd ap Rhys": only people are sons and daughters of
          return;
        }
      }
    }
    if (titled) {
      boolean owned = false;
      while (a < b && !t.isCapitalized(a) && !PARTICLES.contains(t.lower(a))) {
        owned |= t.kind[a] == TokenizedText.POSSESSIVE;
        a++; // "… of the U.N.'s": what a title's "of" left over is no name
      }
      if (owned && a < b) {
        classify(t, a, b, spans, pending, quoteInitial); // "the U.N.'s Economic Commission for Africa": the owner's body
        return;
      }
      String last = t.lower(b - 1);
      String singular = last.endsWith("s") ? last.substring(0, last.length() - 1) : null;
      if (a >= b || singular != null && (OFFICE_HEADS.contains(singular) || g.title(singular) != null)) {
        return; // "Deputy Finance Ministers": a plural office is nobody in particular
      }
      int c = connectorAt(t, a, b);
      int end = c > 0 ? c : b;
      addPerson(t, a, end, gender, true, spans);
      if (c > 0) {
        classify(t, c + 1, b, spans, pending, quoteInitial); // "Hugh X of the London School of Economics"
      }
      return;
    }
    if (b - a >= 2 && g.isNationality(Gazetteer.key(t, a, b))) {
      return; // "Latin American debt": an adjective, however many words
    }
    // a nationality before a name or office: "Iranian Foreign Minister X", "German Chancellor X"
    // but it belongs to an organisation's name: "Scottish Fishermen’s Federation", "American Farm Bureau Federation"
    if (b - a >= 2 && g.isNationality(t, a) && g.organization(Gazetteer.key(t, a, b)) == null && g.place(Gazetteer.key(t, a, b)) == null
        && (g.organization(Gazetteer.key(t, a + 1, b)) != null // "the British Foreign Office": the office is known without the adjective
            || b - a == 3 && MINISTRY_HEADS.contains(t.lower(b - 1)) // "the Chinese Foreign Ministry", "the Russian Defence Ministry"
            || !(b - a >= 3 && (g.isOrgHead(t.lower(b - 1)) && t.isCapitalized(b - 1) || legalSuffixAt(t, b - 1))))
        && !(b - a >= 4 && g.isOrgPrefix(t.lower(a + 1)) && (t.lower(a + 2).equals("of") || t.lower(a + 2).equals("for")))) { // Australian Institute of Marine Science
      classify(t, a + 1, b, spans, pending, quoteInitial);
      return;
    }
    EntityType known = known(t, a, b);
    if (known != null) {
      if (known == EntityType.PERSON) {
        addPerson(t, a, b, (char) 0, false, spans);
      } else {
        spans.add(new Span(a, b, known));
      }
      return;
    }
    // a person "of" somewhere: split ("Margaret X of Iowa", "Hugh X of the LSE")
    int c = connectorAt(t, a, b);
    if (c > a && (isPersonShaped(t, a, c) || isKnownSurname(t, a, c, spans)
        || c - a >= 2 && c - a <= 3 && roleBefore(t, a) && looksLikeName(t, a, c) // "analyst Eliot Laurence of Wessels Arnold"
        || personOfPlace(t, a, c, b) || particleName(t, a, c))) {
      addPerson(t, a, c, (char) 0, false, spans);
      classify(t, c + 1, b, spans, pending, quoteInitial);
      return;
    }
    if (hasNickname(t, a, b) && known(t, a, b) == null) {
      addPerson(t, a, b, (char) 0, false, spans); // Thomas “T-Boy” Guillory: only people have nicknames
      return;
    }
    // a known organisation, then a person's name: "US Trade Representative Clayton Yeutter",
    // "Bundesbank Vice-President Helmut Schlesinger"
    if (b - a >= 3 && t.isAllCaps(a) && t.end[a] - t.start[a] >= 2 && t.end[a] - t.start[a] <= 6 && g.organization(t.lower(a)) == null) {
      int title = titlesLength(t, a + 1, b);
      int rest = b - (a + 1 + title);
      if (title > 0 && rest >= 1 && rest <= 3 && (isNameWord(t, a + 1 + title) || rest >= 2)) {
        spans.add(new Span(a, a + 1, EntityType.ORGANIZATION)); // "TPD Capt. Rhonda Pierce", "PML-N MPA Rukhsana Begum": a body's initials, a rank, a name
        classify(t, a + 1, b, spans, pending, quoteInitial);
        return;
      }
    }
    if (b - a >= 3 && SEAT_TITLES.contains(t.lower(a + 1)) && known(t, a, a + 1) == null && !g.isCommonWord(t.lower(a)) && !partyWord(t, a) && !g.isNationality(t, a)
        && titleLength(t, a, a + 1) == 0 && !t.isAllCaps(a)) {
      int title = titlesLength(t, a + 1, b);
      int rest = b - (a + 1 + title);
      if (title > 0 && rest >= 1 && rest <= 3) {
        spans.add(new Span(a, a + 1, EntityType.LOCATION)); // "Mathira MP Hon. Joseph Gitau", "Nyandarua Governor X": the seat is a place
        classify(t, a + 1, b, spans, pending, quoteInitial);
        return;
      }
    }
    for (int n = Math.min(g.maxKeyTokens(), b - a - 2); n >= 1; n--) {
      int title = orgAt(t, a, a + n) ? titlesLength(t, a + n, b) : 0;
      int rest = b - (a + n + title);
      if (title > 0 && rest >= 1 && rest <= 3 && (isNameWord(t, a + n + title) || rest >= 2)) {
        spans.add(new Span(a, a + n, EntityType.ORGANIZATION));
        classify(t, a + n, b, spans, pending, quoteInitial);
        return;
      }
      if (orgAt(t, a, a + n) && b - a - n <= 3 && g.firstName(t.lower(a + n)) != 0
          && !g.isCommonWord(t.lower(a + n)) && isPersonShaped(t, a + n, b)) {
        spans.add(new Span(a, a + n, EntityType.ORGANIZATION));
        addPerson(t, a + n, b, (char) 0, false, spans);
        return;
      }
    }
    EntityType shaped = byShape(t, a, b);
    if (shaped == EntityType.PERSON) {
      addPerson(t, a, b, (char) 0, false, spans);
      return;
    }
    if (shaped != null) {
      spans.add(new Span(a, b, shaped));
      return;
    }
    if (b - a >= 2) {
      boolean placeLed = g.place(t.lower(a)) != null && !isNameWord(t, a) && !g.isCommonWord(t.lower(a)) // Brisbane Broncos, Penrith Panthers
          && !g.isOrgHead(t.lower(b - 1)) && !GOVERNMENT_WORDS.contains(t.lower(b - 1)); // not "UK Government"
      // a place and a plural is a team (Brisbane Broncos); a place and a name, a district (Stoke Newington)
      EntityType placeLedType = t.lower(b - 1).endsWith("s") && !t.lower(b - 1).endsWith("ss") ? EntityType.ORGANIZATION : EntityType.LOCATION;
      Span s = new Span(a, b, placeLed ? placeLedType : b - a <= 3 && looksLikeName(t, a, b) ? EntityType.PERSON : EntityType.ORGANIZATION);
      s.guessed = true;
      if (s.type == EntityType.PERSON) {
        s.gender = genderOfFirstName(t, a, b);
      }
      spans.add(s);
      return;
    }
    pending.add(new int[] {a, 0});
  }

  private static final Set<String> PAPER_HEADS = Set.of("post", "herald", "times", "telegraph", "guardian", "mail", "star", "globe", "tribune", "journal",
      "chronicle", "gazette", "observer", "independent", "mirror", "express", "inquirer", "examiner", "courier", "standard", "nation", "citizen", "argus");
  private static final Set<String> TOLD = Set.of("told", "with", "to", "in");

  private static final Set<String> WORK_NOUNS = Set.of("sitcom", "film", "movie", "novel", "book", "series", "album", "song", "play", "musical", "opera",
      "documentary", "drama", "memoir", "poem", "miniseries", "thriller", "comedy", "podcast", "biopic", "ballet", "painting");
  private static final Set<String> WORK_DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "new", "latest", "hit", "debut", "first",
      "last", "final", "classic", "acclaimed", "award-winning", "bestselling", "best-selling");

  private static final Set<String> STORM_ADJECTIVES = Set.of("severe", "tropical", "super", "post-tropical", "extratropical", "subtropical");
  private static final Set<String> STORM_KINDS = Set.of("severe", "tropical", "super", "post-tropical", "extratropical", "subtropical", "storm",
      "hurricane", "typhoon", "cyclone", "depression");

  /** Words that make an article a sports report, counted with its scores. */
  private static final Set<String> SPORTS_WORDS = Set.of("coach", "manager", "season", "game", "match", "goal", "goals", "points", "rebounds", "assists",
      "innings", "inning", "quarter", "semi-final", "semifinal", "final", "league", "striker", "pitcher", "touchdown", "touchdowns", "wicket", "wickets",
      "championship", "playoff", "playoffs", "fixture", "scored", "midfielder", "defender", "goalkeeper", "squad", "victory", "tournament", "referee",
      "half-time", "halftime", "try", "tries", "runs", "homer", "hat-trick", "penalty", "fans", "winger", "signing", "transfer", "loan", "fee",
      "forward", "defenders", "midfielders", "strikers", "wingers", "clubs", "club", "pre-season", "kick-off", "matches", "fixtures", "lock", "prop",
      "flanker", "fly-half", "scrum-half", "full-back", "caps", "batsman", "bowler", "wicketkeeper");
  /** After a place, words that make it a team: "Kerry manager", "a late Mayo rally", "Boston beat". */
  private static final Set<String> TEAM_AFTER = Set.of("manager", "coach", "boss", "captain", "rally", "fans", "supporters", "defence", "defense",
      "striker", "goalkeeper", "midfielder", "pitcher", "quarterback", "beat", "beats", "defeated", "won", "lost", "led", "leads", "trailed", "scored",
      "rallied", "edged", "drew", "hosted", "hosts", "faces", "faced", "came", "held", "outscored", "shot", "advanced", "clinched", "eliminated", "snapped", "host", "visit", "visits", "closed", "avoided", "improved", "fell", "swept",
      "routed", "thrashed", "overcame", "squandered", "blew", "conceded");
  /** Before a place, words that make it a team: "beat Mayo", "a win over Boston", "against Galway". */
  private static final Set<String> TEAM_BEFORE = Set.of("beat", "beating", "defeated", "against", "over", "vs", "v", "versus", "past", "edged", "hosts",
      "hosted", "host", "faces", "face", "facing", "visiting", "trailing", "eliminated", "outscored", "visit", "visits", "behind", "routed",
      "thrashed", "swept", "overcame", "overtook");

  /**
   * Sports reports name teams by their city or county ("Kerry 1-19 Mayo 0-17", "22 points for
   * Boston, which has won six of seven"): there a city or region next to a score or a verb of the
   * game is the team, an organisation, while "in Dublin" stays the venue. Countries stay places
   * (national sides are written as places in the CoNLL tradition).
   */
  private void placesAsTeams(TokenizedText t, List<Span> spans) {
    List<Span> teams = null;
    for (Span s : spans) {
      if (s.type != EntityType.LOCATION || s.charStart >= 0 || s.from == 0 && t.isAllCaps(0)) {
        continue; // not "Birmingham-based", not the dateline
      }
      Gazetteer.Place place = g.place(Gazetteer.key(t, s.from, s.to));
      if (place == null || place.kind() == Gazetteer.PlaceKind.COUNTRY) {
        continue; // not a venue ("Rockledge Stadium fell below 30,000") nor a national side
      }
      int before = s.from - 1;
      int after = s.to;
      if (after + 1 < t.size && t.isWord(after) && (t.lower(after).equals("has") || t.lower(after).equals("have") || t.lower(after).equals("had"))) {
        after++; // "St. Louis has lost four straight"
      }
      boolean team = after < t.size && (isScore(t, after) || t.isWord(after) && TEAM_AFTER.contains(t.lower(after)))
          || resultsLine(t, s)
          || before >= 0 && t.isWord(before) && t.lower(before).endsWith("-place") // "first-place Milwaukee"
          || before >= 0 && (isScore(t, before) || t.isWord(before) && TEAM_BEFORE.contains(t.lower(before)))
          || before >= 1 && t.isWord(before) && t.lower(before).equals("for") && (t.kind[before - 1] == TokenizedText.NUMBER || SPORTS_WORDS.contains(t.lower(before - 1)))
          || before >= 1 && t.isWord(before) && t.lower(before).equals("to") && t.lower(before - 1).equals("lost")
          || before >= 0 && t.isWord(before) && t.lower(before).equals("the") && s.to - s.from == 1 && t.lower(s.from).endsWith("s") // "the Bucks"
          || subjectOrCoordinate(t, s); // "Brighton pull out", "Burnley and Stoke City are interested"
      if (team) {
        if (teams == null) {
          teams = new ArrayList<>();
        }
        teams.add(s);
      }
    }
    // the article is looked at only when some place stands where a team would: most never get here
    if (teams != null && isSportsReport(t)) {
      for (Span s : teams) {
        s.type = EntityType.ORGANIZATION;
      }
    }
  }

  /**
   * In a sports report, a city that is not where something happens ("in Rotterdam", "travel to
   * West Yorkshire", "Columbus, Ohio", "Brooklyn’s schools") but what acts: the subject of a verb
   * or a name joined to a club's.
   */
  private boolean subjectOrCoordinate(TokenizedText t, Span s) {
    int before = s.from - 1;
    if (before >= 0 && t.isWord(before) && (PLACE_PREPOSITIONS.contains(t.lower(before)) || t.lower(before).equals("of") || t.lower(before).equals("for"))) {
      return false;
    }
    int after = s.to;
    if (after >= t.size || t.isPunct(after, ',') && after + 1 < t.size && g.place(t.lower(after + 1)) != null) {
      return false;
    }
    if (t.kind[after] == TokenizedText.POSSESSIVE || t.isPunct(after, '\u2019') || t.isPunct(after, '\'')) {
      for (int k = after + 1; k < t.size && k <= after + 3; k++) {
        if (t.isWord(k) && (SPORTS_WORDS.contains(t.lower(k)) || TEAM_AFTER.contains(t.lower(k)))) {
          return true; // "Leeds’ fourth summer signing"
        }
      }
      return false;
    }
    if (!t.isWord(after)) {
      return false;
    }
    String next = t.lower(after);
    if (next.equals("and") && after + 1 < t.size && t.isCapitalized(after + 1)) {
      return true; // "Burnley and Stoke City"
    }
    return Character.isLowerCase(t.first(after)) && (TEAM_VERBS.contains(next) || (next.endsWith("ed") || next.endsWith("ing") && !next.endsWith("thing"))
        && !NOT_VERBS_AFTER_TEAM.contains(next)); // "Brighton pull out", "Leeds hoping"; not "the Roanoke community"
  }

  /** Verbs a team does, beside those in -ed and -ing. */
  private static final Set<String> TEAM_VERBS = Set.of("are", "were", "will", "would", "could", "can", "must", "may", "might", "should", "have", "has",
      "had", "did", "do", "does", "pull", "pulls", "close", "closes", "face", "need", "needs", "want", "wants", "win", "wins", "lose", "loses", "lead",
      "leads", "play", "plays", "host", "hosts", "visit", "visits", "travel", "travels", "remain", "remains", "sit", "sits", "trail", "trails", "go",
      "goes", "went", "made", "make", "makes", "take", "takes", "took", "got", "get", "gets", "sign", "signs", "look", "looks", "began", "begin", "begins",
      "kept", "keep", "keeps", "paid", "pay", "pays", "sold", "sell", "sells", "bought", "buy", "buys", "moved", "move", "moves");

  /** Words in -ed or -ing after a city that are no verb of its: "the Leeds-based", "a Boston meeting", "a Manchester building". */
  private static final Set<String> NOT_VERBS_AFTER_TEAM = Set.of("based", "meeting", "building", "morning", "evening", "housing", "shooting",
      "bombing", "hearing", "ceiling", "spring", "wedding");

  /** "1-19", "112-106", "3–1": a score (not a date or a range of years). */
  /** "Wimbledon 0 Manchester United 3", "Leeds 1 Derby 1": a line of results, a team and its goals on each side. */
  private static boolean resultsLine(TokenizedText t, Span s) {
    boolean lineStart = s.from == 0 || t.text.charAt(t.start[s.from] - 1) == '\n';
    boolean goalsAfter = s.to < t.size && smallNumber(t, s.to);
    if (lineStart && goalsAfter) {
      int eol = t.text.indexOf('\n', t.end[s.to]);
      return s.to + 1 < t.size && t.isCapitalized(s.to + 1) && (eol < 0 || eol > t.start[s.to + 1]);
    }
    boolean lineEnd = s.to + 1 >= t.size || t.text.charAt(t.end[s.to]) == '\n';
    return goalsAfter && lineEnd && s.from >= 2 && smallNumber(t, s.from - 1) && t.isCapitalized(s.from - 2);
  }

  private static boolean smallNumber(TokenizedText t, int i) {
    if (t.kind[i] != TokenizedText.NUMBER || t.end[i] - t.start[i] > 2) {
      return false;
    }
    for (int k = t.start[i]; k < t.end[i]; k++) {
      if (!Character.isDigit(t.text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isScore(TokenizedText t, int i) {
    if (t.kind[i] != TokenizedText.NUMBER) {
      return false;
    }
    int from = t.start[i];
    int to = t.end[i];
    int dash = -1;
    for (int k = from; k < to; k++) { // on the text itself: numbers are a fifth of wire copy's tokens
      char ch = t.text.charAt(k);
      if (ch == '-' && dash < 0) {
        dash = k;
      } else if (ch < '0' || ch > '9') {
        return false;
      }
    }
    if (dash > from) {
      return dash - from <= 3 && to - dash - 1 >= 1 && to - dash - 1 <= 3;
    }
    return i + 2 < t.size && to - from <= 3 && t.isPunct(i + 1, '\u2013') && t.kind[i + 2] == TokenizedText.NUMBER && t.start[i + 1] == t.end[i]
        && t.end[i + 2] - t.start[i + 2] <= 3;
  }

  /** A match report has scores; a transfer story has its own words ("winger", "signing", "fee", "season"). */
  private static boolean isSportsReport(TokenizedText t) {
    int scores = 0;
    int words = 0;
    Set<String> kinds = new HashSet<>();
    for (int i = 0; i < t.size; i++) {
      if (isScore(t, i)) {
        scores++;
      } else if (t.isWord(i) && SPORTS_WORDS.contains(t.lower(i))) {
        words++;
        kinds.add(t.lower(i));
      }
      if (scores > 0 && words >= 3 || kinds.size() >= 5) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Families Against Arbitrary Detention", "Reporters Without Borders": a capitalised "Against",
   * "Without" or "Beyond" between capitalised words makes the run a title-case name (a campaign,
   * a charity), not a sentence whose first words are capitalised.
   */
  private static boolean titleCaseName(TokenizedText t, int a, int b) {
    for (int i = a + 1; i < b - 1; i++) {
      if (t.isCapitalized(i) && t.isCapitalized(i - 1) && t.isCapitalized(i + 1)) {
        String w = t.lower(i);
        if (w.equals("against") || w.equals("without") || w.equals("beyond")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "Rhys and Anwen Protheroe", "John and Mary Smith": a lone given name joined by "and" to a full
   * name shares its surname. Returns the full name's span, or null.
   */
  private Span coupleSurname(TokenizedText t, int i, List<Span> spans) {
    if (i + 3 >= t.size || !t.lower(i + 1).equals("and") || g.isCommonWord(t.lower(i)) || t.isAllCaps(i)) {
      return null;
    }
    for (Span s : spans) {
      if (s.from == i + 2 && s.type == EntityType.PERSON && s.to - s.from == 2 && !s.titled && g.firstName(t.lower(s.from)) != 0) {
        return s;
      }
    }
    return null;
  }

  /**
   * "Burlington Industries Inc … Burlington stock": once an article names a company in full, a
   * place or guessed name that begins it is the company (not where it is: "in Burlington").
   */
  private void companyShortForms(TokenizedText t, List<Span> spans) {
    Map<String, Span> starts = new HashMap<>();
    for (Span s : spans) {
      if (s.type == EntityType.ORGANIZATION && s.to - s.from >= 2 && legalSuffixAt(t, s.to - 1)) {
        for (int n = 1; n <= Math.min(2, s.to - s.from - 1); n++) {
          starts.putIfAbsent(Gazetteer.key(t, s.from, s.from + n), s);
        }
        if (s.to - s.from >= 3 && isNameWord(t, s.from) && t.isCapitalized(s.from + 1) && !legalSuffixAt(t, s.from + 1)) {
          starts.putIfAbsent(t.lower(s.from + 1), s); // "Lilly" of Eli Lilly and Co: the founder's surname
        }
      }
    }
    if (starts.isEmpty()) {
      return;
    }
    for (Span s : spans) {
      if (s.type == EntityType.LOCATION && s.from > 0 && PLACE_PREPOSITIONS.contains(t.lower(s.from - 1)) || t.isAllCaps(s.from)) {
        starts.remove(Gazetteer.key(t, s.from, s.to)); // "in Washington": the article uses it as a place too
      }
    }
    for (Span s : spans) {
      if (s.to - s.from > 2 || !(s.type == EntityType.LOCATION || s.type == EntityType.PERSON && s.guessed)) {
        continue;
      }
      String key = Gazetteer.key(t, s.from, s.to);
      Span company = starts.get(key);
      Gazetteer.Place place = company == null ? null : g.place(key);
      if (company != null && company != s && s.to - s.from <= 2
          && (s.type == EntityType.LOCATION && place != null && place.kind() == Gazetteer.PlaceKind.CITY || s.type == EntityType.PERSON && s.guessed)) {
        s.type = EntityType.ORGANIZATION;
        s.aliasOf = company;
      }
    }
  }


  private static final Set<String> PLACE_COMPOUND_TAILS =
      Set.of("based", "born", "bred", "headquartered", "registered", "listed", "bound", "area", "region");

  /**
   * Places written inside one hyphenated word: "D-Calif." and "R-Texas" after a member of
   * Congress, "Birmingham-based", "New York-born", "the Karachi-Peshawar railway".
   */
  private void placesInsideHyphenatedWords(TokenizedText t, List<Span> spans) {
    if (!capitalisedHyphenation(t.text)) {
      return;
    }
    boolean[] covered = new boolean[t.size];
    for (Span s : spans) {
      for (int i = s.from; i < s.to; i++) {
        covered[i] = true;
      }
    }
    List<Span> found = new ArrayList<>();
    for (int i = 0; i < t.size; i++) {
      if (covered[i] || !t.isWord(i) || !Character.isUpperCase(t.text.charAt(t.start[i])) || !hasHyphen(t, i)) {
        continue; // most words: no capital, or no hyphen
      }
      String raw = t.text(i);
      int dash = raw.indexOf('-');
      int base = t.start[i];
      String[] parts = raw.split("-");
      if (parts.length == 2 && (parts[0].equals("D") || parts[0].equals("R") || parts[0].equals("I"))) {
        boolean dot = i + 1 < t.size && t.isPunct(i + 1, '.') && t.start[i + 1] == t.end[i];
        String state = parts[1] + (dot ? "." : "");
        if (isPlace(state) || dot && isPlace(parts[1])) {
          found.add(subSpan(i, dot && isPlace(state) ? i + 2 : i + 1, base + dash + 1, base + dash + 1 + (isPlace(state) ? state.length() : parts[1].length())));
        }
        continue;
      }
      if (parts.length == 2 && PLACE_COMPOUND_TAILS.contains(parts[1].toLowerCase(Locale.ROOT))) {
        if (i > 0 && !covered[i - 1] && t.isCapitalized(i - 1) && isPlace(t.text(i - 1) + " " + parts[0])) {
          found.add(subSpan(i - 1, i + 1, t.start[i - 1], base + dash)); // "New York-based"
        } else if (isPlace(parts[0])) {
          found.add(subSpan(i, i + 1, base, base + dash));
        }
        continue;
      }
      boolean allPlaces = parts.length >= 2;
      for (String part : parts) {
        allPlaces &= !part.isEmpty() && Character.isUpperCase(part.charAt(0)) && isPlace(part);
      }
      if (allPlaces) {
        int at = base;
        for (String part : parts) {
          found.add(subSpan(i, i + 1, at, at + part.length())); // "Karachi-Peshawar"
          at += part.length() + 1;
        }
      }
    }
    if (!found.isEmpty()) {
      spans.addAll(found);
      spans.sort((x, y) -> x.from != y.from ? Integer.compare(x.from, y.from) : Integer.compare(x.charStart, y.charStart));
    }
  }

  /** A hyphen with a capital letter on either side ("D-Calif", "Birmingham-based"): most texts have none. */
  private static boolean capitalisedHyphenation(String text) {
    for (int k = text.indexOf('-'); k > 0 && k + 1 < text.length(); k = text.indexOf('-', k + 1)) {
      if (Character.isLetter(text.charAt(k - 1)) && Character.isLetter(text.charAt(k + 1))) {
        int w = k - 1;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
          w--;
        }
        if (Character.isUpperCase(text.charAt(w))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasHyphen(TokenizedText t, int i) {
    for (int k = t.start[i] + 1; k < t.end[i]; k++) {
      if (t.text.charAt(k) == '-') {
        return true;
      }
    }
    return false;
  }

  private boolean isPlace(String words) {
    String key;
    if (words.indexOf(' ') < 0 && words.indexOf('\'') < 0 && words.indexOf('\u2019') < 0) {
      key = Gazetteer.norm(words); // one word, as TokenizedText.lower would give it
    } else {
      TokenizedText w = new TokenizedText(words);
      key = Gazetteer.key(w, 0, w.size);
    }
    return g.place(key) != null && !g.isCommonWord(key);
  }

  private static Span subSpan(int from, int to, int charStart, int charEnd) {
    Span s = new Span(from, to, EntityType.LOCATION);
    s.charStart = charStart;
    s.charEnd = charEnd;
    return s;
  }

  private static final Set<String> KIN_SPOUSES = Set.of("wife", "husband", "widow", "widower");

  private static final Map<String, Character> FAMILY_GENDER =
      Map.ofEntries(Map.entry("wife", 'F'), Map.entry("husband", 'M'), Map.entry("son", 'M'), Map.entry("daughter", 'F'),
          Map.entry("brother", 'M'), Map.entry("sister", 'F'), Map.entry("father", 'M'), Map.entry("mother", 'F'),
          Map.entry("widow", 'F'), Map.entry("widower", 'M'));

  /**
   * "Raymond Castellano and his wife, Linda": a given name alone after a possessive and a family
   * word takes the surname of the person the possessive stands for (the nearest fully named
   * person before it whose gender fits), so "Linda" is Linda Castellano and "Mrs Castellano"
   * can find her.
   */
  private void linkKin(TokenizedText t, List<Span> spans) {
    for (int n = 0; n < spans.size(); n++) {
      Span s = spans.get(n);
      if (s.type != EntityType.PERSON || s.to - s.from != 1 || s.surnameOf != null || s.titled) {
        continue;
      }
      int k = s.from - 1;
      if (k >= 0 && t.isPunct(k, ',')) {
        k--;
      }
      Character kinGender = k >= 1 ? FAMILY_GENDER.get(t.lower(k)) : null;
      if (kinGender == null) {
        continue;
      }
      String possessive = t.lower(k - 1);
      char owner = possessive.equals("his") ? 'M' : possessive.equals("her") ? 'F' : '?';
      boolean spouse = KIN_SPOUSES.contains(t.lower(k));
      if (owner == '?' || !spouse && owner == 'F') {
        continue; // "her son, Tom" may well have another surname than his mother's
      }
      for (int m = n - 1; m >= 0 && spans.get(m).from > s.from - 80; m--) {
        Span p = spans.get(m);
        if (p.type == EntityType.PERSON && p.to - p.from >= 2 && p.surnameOf == null && (p.gender == owner || p.gender == 0)) {
          s.surnameOf = p; // the nearest person whose gender fits "his" or "her"
          s.gender = kinGender;
          break;
        }
      }
    }
  }

  private void addPerson(TokenizedText t, int a, int b, char gender, boolean titled, List<Span> spans) {
    Span s = new Span(a, b, EntityType.PERSON);
    s.titled = titled;
    s.gender = gender != 0 ? gender : genderOfFirstName(t, a, b);
    spans.add(s);
  }

  /** The first "of"/"for"/"on" inside a span, or -1. */
  private static int connectorAt(TokenizedText t, int a, int b) {
    for (int i = a + 1; i < b - 1; i++) {
      String w = t.lower(i);
      if (w.equals("of") || w.equals("for") || w.equals("on")) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "Crowley of GAO" after "Brian Crowley", "Van der Linde on Ashcombe" after "Jens van der
   * Linde": the last words of a person already named.
   */
  private static boolean isKnownSurname(TokenizedText t, int a, int b, List<Span> spans) {
    int n = b - a;
    for (Span s : spans) {
      if (s.type != EntityType.PERSON || s.to - s.from <= n) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < n && same; i++) {
        same = t.lower(s.to - n + i).equals(t.lower(a + i));
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  /** Written with two capitals or more, as an initialism is ("WHO", "LeT"), not as the everyday word ("Who", "Let"). */
  private static boolean initialismCase(TokenizedText t, int a) {
    int caps = 0;
    for (int i = t.start[a]; i < t.end[a] && caps < 2; i++) {
      if (Character.isUpperCase(t.text.charAt(i))) {
        caps++;
      }
    }
    return caps >= 2;
  }

  private boolean isPersonShaped(TokenizedText t, int a, int b) {
    if (b - a < 2 || b - a > 4) {
      return false;
    }
    boolean initial = t.end[a] - t.start[a] == 2 && t.text.charAt(t.end[a] - 1) == '.';
    return (isNameWord(t, a) || initial) && g.place(Gazetteer.key(t, a, a + 1)) == null
        && !(g.isOrgHead(t.lower(b - 1)) && !surnameHeaded(t, a, b)); // "Max Planck Institute for…" is no person
  }

  /** "East Texas", "Place de la Nation", "Lake Charles": a first word that belongs to a place name. */
  private boolean directionBeforePlace(TokenizedText t, int a, int b) {
    return b - a >= 2 && (PLACE_PREFIXES.contains(t.lower(a)) || DIRECTIONS.contains(t.lower(a)) && g.place(Gazetteer.key(t, a + 1, b)) != null);
  }

  private boolean isWeakStart(TokenizedText t, int i, boolean[] quoteInitial) {
    return t.isSentenceInitial(i) || quoteInitial[i] || (i > 0 && (t.isPunct(i - 1, ':') || t.isPunct(i - 1, '(') || t.isPunct(i - 1, '—') || t.isPunct(i - 1, '–')));
  }

  private boolean isTitleAt(TokenizedText t, int a, int b) {
    return titleLength(t, a, b) > 0;
  }

  private boolean isNameWord(TokenizedText t, int a) {
    return g.firstName(t.lower(a)) != 0 && !g.isCommonWord(t.lower(a));
  }

  /** Consecutive titles, leaving a word after them: "MLA Smt" before "K. Jayanti Sethi", "MP Dr" before a name. */
  private int titlesLength(TokenizedText t, int a, int b) {
    int n = 0;
    for (int more = titleLength(t, a, b); more > 0 && a + n + more < b; more = titleLength(t, a + n, b)) {
      n += more;
    }
    return n;
  }

  private static boolean endsInS(TokenizedText t, int i) {
    char last = t.text.charAt(t.end[i] - 1);
    return last == 's' || last == '.' && t.end[i] - t.start[i] > 2 && t.text.charAt(t.end[i] - 2) == 's';
  }

  /** "Justices", "Senators", "Sens.", "Drs": a title for the names that follow, one each. */
  private boolean pluralTitle(TokenizedText t, int i) {
    String w = t.lower(i);
    String bare = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    if (bare.length() < 3 || !bare.endsWith("s") || bare.equals("brothers") || bare.equals("sisters")) { // Lehman Brothers
      return false;
    }
    String one = bare.substring(0, bare.length() - 1);
    return g.title(one) != null || bare != w && g.title(one + ".") != null; // "Sens." is "Sen." twice
  }

  /**
   * Longest title starting at {@code a}, in tokens (0 when none): a listed title (Mr, Prime
   * Minister, Lord Justice), or up to three capitalised words ending in an office word ("Health
   * Secretary", "FEMA Administrator", "Ohio Republican") when a name follows.
   */
  private int titleLength(TokenizedText t, int a, int b) {
    for (int n = Math.min(g.maxTitleTokens(), b - a); n >= 1; n--) {
      Gazetteer.Title title = g.title(Gazetteer.key(t, a, a + n));
      if (title != null) {
        return n + officeOfLength(t, a + n, b);
      }
    }
    if (b - a >= 3 && endsInS(t, a) && t.isCapitalized(a + 1) && pluralTitle(t, a) && !PARTICLES.contains(t.lower(a + 1))
        && (a == 0 || !t.isCapitalized(a - 1) || g.isCommonWord(t.lower(a - 1)) || g.isNationality(t, a - 1) || partyWord(t, a - 1))) {
      return 1; // "Justices Clarence Thomas, Samuel Alito…", "Sens. Warren and Sanders"
    }
    if (b - a >= 3 && g.place(t.lower(a)) != null && !g.isCommonWord(t.lower(a)) && g.organization(Gazetteer.key(t, a, a + 2)) == null) {
      for (int n = Math.min(g.maxTitleTokens(), b - a - 1); n >= 1; n--) {
        if (g.title(Gazetteer.key(t, a + 1, a + 1 + n)) != null) {
          return 1 + n + officeOfLength(t, a + 1 + n, b); // "UK Chancellor of the Exchequer Nigel Lawson"
        }
      }
    }
    for (int n = Math.min(4, b - a - 1); n >= 1; n--) {
      int last = a + n - 1;
      if (!OFFICE_HEADS.contains(t.lower(last)) || orgAt(t, a, a + n)
          || n >= 3 && (g.isOrgPrefix(t.lower(a)) && isConnector(t, a + 1) || g.isOrgPrefix(t.lower(a + 1)) && isConnector(t, a + 2))) {
        continue; // not "Federation of Independent" before "Business"
      }
      if (t.isCapitalized(a + n) && !PARTICLES.contains(t.lower(a + n))) {
        return n;
      }
      int more = officeOfLength(t, a + n, b);
      if (more > 0) {
        return n + more;
      }
    }
    return 0;
  }

  /**
   * After a title, "for Rural Economy" or "of State for Europe" when a given name follows:
   * "Cabinet Secretary for Rural Economy Morag X". The length of that part, else 0.
   */
  private int officeOfLength(TokenizedText t, int k, int b) {
    if (k >= b || !(t.lower(k).equals("for") || t.lower(k).equals("of"))) {
      return 0;
    }
    for (int m = k + 1; m < b - 1; m++) {
      if (!t.isCapitalized(m) && !t.lower(m).equals("for") && !t.lower(m).equals("of") && !t.lower(m).equals("and")) {
        return 0;
      }
      if (isNameWord(t, m) && !g.isCommonWord(t.lower(m))) {
        return m - k;
      }
    }
    return 0;
  }

  /**
   * "Central Bank President X", "Federal Deposit Insurance Corp Chairman X": the words before the
   * office name an organisation when they end in an organisation word. Adds it; false if they do not.
   */
  private boolean employerBeforeOffice(TokenizedText t, int a, int b, List<Span> spans) {
    int e = b;
    while (e > a && (OFFICE_HEADS.contains(t.lower(e - 1)) || g.title(t.lower(e - 1)) != null || t.lower(e - 1).startsWith("vice") || t.lower(e - 1).equals("deputy"))) {
      e--;
    }
    if (e - a < 1 || e == b) {
      return false;
    }
    if (e - a == 2 && g.isNationality(t, a) && g.organization(Gazetteer.key(t, a, e)) == null) {
      return false; // "French Finance Minister": a nationality and a portfolio, no employer
    }
    if (e - a >= 2 && (g.isOrgHead(t.lower(e - 1)) || suffixAt(t, e - 1)) || g.organization(Gazetteer.key(t, a, e)) != null) {
      spans.add(new Span(a, e, EntityType.ORGANIZATION));
      return true;
    }
    return false;
  }

  private void placesInside(TokenizedText t, int a, int b, List<Span> spans) {
    for (int i = a; i < b; i++) {
      for (int n = Math.min(g.maxKeyTokens(), b - i); n >= 1; n--) {
        String k = Gazetteer.key(t, i, i + n);
        Gazetteer.Place place = g.place(k);
        if (place != null && !g.isCommonWord(k)) {
          // "GAO Senior Associate Director X": in capitals before a title, a body's initials, not the city of Gao
          boolean initials = n == 1 && t.isAllCaps(i) && place.kind() == Gazetteer.PlaceKind.CITY && t.end[i] - t.start[i] <= 5;
          spans.add(new Span(i, i + n, initials ? EntityType.ORGANIZATION : EntityType.LOCATION));
          i += n - 1;
          break;
        }
        if (g.organization(k) != null && !g.isCommonWord(k)) {
          spans.add(new Span(i, i + n, EntityType.ORGANIZATION));
          i += n - 1;
          break;
        }
      }
    }
  }

  private boolean knownOrganizationStartingAt(TokenizedText t, int a, int b) {
    for (int n = Math.min(g.maxKeyTokens(), b - a); n >= 2; n--) {
      if (orgAt(t, a, a + n)) {
        return true;
      }
    }
    return false;
  }

  private boolean knownSpanStartingAt(TokenizedText t, int a, int b) {
    for (int n = Math.min(g.maxKeyTokens(), b - a); n >= 1; n--) {
      String k = Gazetteer.key(t, a, a + n);
      if (g.place(k) != null || orgAt(t, a, a + n, k)) {
        return true;
      }
    }
    return false;
  }

  /** "Electronic Industries Association of Japan": an organisation word, "of" and a place end the name. */
  private boolean headOfPlace(TokenizedText t, int from, int to) {
    for (int i = from + 1; i + 2 < to; i++) {
      if (g.isOrgHead(t.lower(i)) && t.lower(i + 1).equals("of") && g.place(Gazetteer.key(t, i + 2, to)) != null) {
        return true;
      }
    }
    return false;
  }

  /** The place in "the Mayor of Springfield", "the Archbishop of York"; no place in "the Minister of Finance". */
  private void placeInTitle(TokenizedText t, int p, int q, String titleHead, List<Span> spans) {
    for (int n = q - p; n >= 1; n--) {
      if (g.place(Gazetteer.key(t, p, p + n)) != null) {
        spans.add(new Span(p, p + n, EntityType.LOCATION));
        return;
      }
    }
    boolean portfolio = PORTFOLIO_TITLES.contains(titleHead);
    for (int i = p; i < q && !portfolio; i++) {
      portfolio = g.isCommonWord(t.lower(i));
    }
    if (q > p && !portfolio) {
      Span s = new Span(p, q, EntityType.LOCATION);
      s.guessed = true;
      spans.add(s);
    }
  }

  /** Titles whose "of" names a remit, not a place: Minister of Transportation, Secretary of Defense. */
  private static final Set<String> PORTFOLIO_TITLES = Set.of("minister", "secretary", "commissioner", "director", "ministers", "secretaries",
      "professor", "dean", "inspector", "controller", "registrar", "chair", "chairman", "chairwoman");

  /** Whole-span gazetteer lookup. */
  /** A known organisation's name, but not a given name or word written like its initials ("Ana" is no ANA). */
  private boolean orgAt(TokenizedText t, int a, int b) {
    return orgAt(t, a, b, Gazetteer.key(t, a, b));
  }

  private boolean orgAt(TokenizedText t, int a, int b, String key) {
    return g.organization(key) != null && !(b - a == 1 && !initialismCase(t, a) && g.isInitialismWord(key));
  }

  private EntityType known(TokenizedText t, int a, int b) {
    String k = Gazetteer.key(t, a, b);
    if (orgAt(t, a, b, k)) {
      return EntityType.ORGANIZATION;
    }
    if (g.place(k) != null) {
      return EntityType.LOCATION;
    }
    return null;
  }

  private boolean commonOrPlural(String w) {
    // a word with a digit is a measure or a model, not a name: "U.S. M-1 money supply"
    return g.isCommonWord(w) || w.chars().anyMatch(Character::isDigit) || w.endsWith("s") && g.isCommonWord(w.substring(0, w.length() - 1))
        || w.endsWith("ies") && g.isCommonWord(w.substring(0, w.length() - 3) + "y") || g.isSpeakerNoun(w);
  }

  /** Last words of capitalised names of laws, plans, taxes and measures: not people, places or organisations. */
  private static final Set<String> THING_HEADS =
      Set.of("product", "tax", "act", "plan", "index", "code", "bill", "accord", "agreement", "treaty", "doctrine", "amendment", "prize", "award", "war",
          "invitational", "championship", "championships", "tournament", "earthquake", "marathon", "olympics");

  /** Surnames that are also the last word of place or company names. */
  private static final Set<String> SURNAME_HEADS =
      Set.of("hill", "hills", "wood", "woods", "marsh", "fields", "field", "lake", "forest", "moor", "green", "banks", "brook", "brooks", "rivers",
          "ford");

  /**
   * "Kelly Marsh", "Jessica Hill", "Ms Banks", "Laura J. Wood", "Cllr Jane Hill": a given name (or an honorific) and
   * one surname that happens to end place and company names; not "Victoria Park" (a given name
   * that is also a place's) nor a name the gazetteers know.
   */
  private boolean surnameHeaded(TokenizedText t, int a, int b) {
    if (b - a < 2 || !SURNAME_HEADS.contains(t.lower(b - 1)) || known(t, a, b) != null) {
      return false;
    }
    int title = titleLength(t, a, b);
    if (title > 0 && a + title == b - 1) {
      return g.title(Gazetteer.key(t, a, a + title)) != null && g.title(Gazetteer.key(t, a, a + title)).honorific();
    }
    a += title; // "Mr Tom Hill", "Cllr Jane Hill": the name after the title
    if (b - a > 3) {
      return false;
    }
    String first = t.lower(a);
    boolean middleInitial = b - a == 3 && t.end[a + 1] - t.start[a + 1] == 2 && t.text.charAt(t.end[a + 1] - 1) == '.';
    return (b - a == 2 || middleInitial) && g.firstName(first) != 0 && !g.isCommonWord(first) && g.place(Gazetteer.key(t, a, a + 1)) == null
        && !t.isAllCaps(a) && !t.isAllCaps(b - 1);
  }

  /** First words that make a name an organisation in other languages: "Banque Paribas", "Banco do Brasil", "El Peruano" (a paper). */
  private static final Set<String> ORG_FIRST_WORDS = Set.of("banque", "banco", "banca", "bankhaus", "societe", "société", "compagnie", "compania",
      "compañía", "companhia", "caisse", "caixa", "crédit", "groupe", "grupo", "gruppo", "il", "el", "los", "las");
  /** Articles that begin the names of papers (El Peruano) and of places (El Fasher, Los Alamos): a place after "in", "near", "from". */
  private static final Set<String> ARTICLE_FIRST_WORDS = Set.of("el", "los", "las");

  /** Organisation, place and person shapes. */
  private EntityType byShape(TokenizedText t, int a, int b) {
    String last = t.lower(b - 1);
    if (b - a == 2 && KOREAN_SURNAMES.contains(t.lower(a)) && t.isCapitalized(a) && KOREAN_GIVEN.matcher(t.text(a + 1)).matches()) {
      return EntityType.PERSON; // "Yoon Seo-ah", "Park Ji-hoon": a family name, then a given name of two hyphened syllables
    }
    if (b - a >= 2 && ORG_FIRST_WORDS.contains(t.lower(a)) && t.isCapitalized(a) && g.place(Gazetteer.key(t, a, b)) == null) {
      boolean placed = a > 0 && t.isWord(a - 1) && (IN_PLACE.contains(t.lower(a - 1)) || PLACE_PREPOSITIONS.contains(t.lower(a - 1)));
      return placed && ARTICLE_FIRST_WORDS.contains(t.lower(a)) ? EntityType.LOCATION : EntityType.ORGANIZATION;
    }
    if (surnameHeaded(t, a, b)) {
      return EntityType.PERSON;
    }
    if (b - a >= 2 && (suffixAt(t, b - 1) || g.isOrgHead(last))) {
      return EntityType.ORGANIZATION;
    }
    if (b - a >= 2 && (PLACE_HEADS.contains(last) || PLACE_PREFIXES.contains(t.lower(a)))) {
      return EntityType.LOCATION;
    }
    // a known organisation, then more of its name: "NHS England", "BBC Radio 4"
    for (int n = Math.min(g.maxKeyTokens(), b - a - 1); n >= 1; n--) {
      if (orgAt(t, a, a + n) && !(a + n + 1 == b && !t.isAllCaps(a) && g.firstName(last) != 0 && !g.isCommonWord(last))) {
        return EntityType.ORGANIZATION; // but "Rai Benjamin" is a man: an organisation's name goes on in words, not in a given name
      }
    }
    if (DIRECTIONS.contains(t.lower(a)) && (b - a == 2 || g.place(Gazetteer.key(t, a + 1, b)) != null)) {
      String rest = b - a == 2 ? t.lower(a + 1) : "";
      if (b - a > 2 || DIRECTIONS.contains(rest) || g.place(Gazetteer.key(t, a + 1, b)) != null) {
        return EntityType.LOCATION; // "South East", "East Texas", "Northern Ireland"
      }
    }
    if (bodyOf(t, a, b)) {
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
      char first = g.firstName(t.lower(a));
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
      if (type != null && t.isCapitalized(a + n) && g.firstName(t.lower(a + n)) != 0 && b - (a + n) >= 2) {
        spans.add(new Span(a, a + n, type)); // "BBC Sarah Smith"? rare; "Labour MP" has lower case
        classify(t, a + n, b, spans, pending, quoteInitial);
        return true;
      }
    }
    return false;
  }

  private boolean looksLikeName(TokenizedText t, int a, int b) {
    String first = t.lower(a);
    if (g.firstName(first) == 0 && (first.endsWith("ing") && first.length() > 5
        || b - a >= 2 && g.place(t.lower(b - 1)) != null && !PARTICLES.contains(t.lower(b - 2)))) { // but "Hernández del Río"
      return false; // "Feeding America", "Visit Britain": a verb or a place where a given name and surname would be
    }
    for (int i = a; i < b; i++) {
      String w = t.lower(i);
      if (g.isCommonWord(w) && !PARTICLES.contains(w) && g.firstName(t.lower(i)) == 0) {
        return false;
      }
      if (t.kind[i] == TokenizedText.NUMBER || g.isOrgHead(t.lower(i)) || g.isNationality(t, i)) {
        return false;
      }
    }
    return true;
  }

  /** "Anri du Plessis", "Jens van der Linde": a particle in small letters inside capitalised words is a person's name, whatever "of" follows. */
  private boolean particleName(TokenizedText t, int a, int c) {
    if (c - a < 3 || c - a > 4 || !t.isCapitalized(a) || !t.isCapitalized(c - 1) || commonOrPlural(t.lower(a)) || g.isOrgHead(t.lower(c - 1))
        || known(t, a, c) != null) {
      return false;
    }
    for (int i = a + 1; i < c - 1; i++) {
      if (PARTICLES.contains(t.lower(i)) && Character.isLowerCase(t.first(i)) && !t.lower(i).equals("of")) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> COLOURS = Set.of("red", "orange", "yellow", "green", "blue", "black", "white", "gold", "silver", "purple");

  /**
   * "Rai Benjamin of the United States", "Ines Kuhlmann of Austria": two unknown words that could
   * be a given name and a surname, "of", then nothing but a place: a person and where they come
   * from (organisations "of" a place end in a word that says so: Bank, Republic, Government).
   */
  private boolean personOfPlace(TokenizedText t, int a, int c, int b) {
    if (c - a != 2 || c + 1 >= b || !looksLikeName(t, a, c) || ORG_FIRST_WORDS.contains(t.lower(a)) || g.isOrgPrefix(t.lower(a))
        || g.isOrgPrefix(t.lower(a + 1)) || suffixAt(t, a + 1) || PLACE_HEADS.contains(t.lower(a + 1)) || known(t, a, c) != null
        || g.title(t.lower(a)) != null || g.place(t.lower(a + 1)) != null || !t.isCapitalized(a) || COLOURS.contains(t.lower(a))
        || g.firstName(t.lower(a)) == 0 && g.firstName(t.lower(a + 1)) == 0) {
      return false; // not "Banque du Nord of France", "Blue Shield of Missouri", "Orange Julius of America"
    }
    int from = t.lower(c + 1).equals("the") ? c + 2 : c + 1;
    return from < b && g.place(Gazetteer.key(t, from, b)) != null;
  }

  private char genderOfFirstName(TokenizedText t, int a, int b) {
    char c = g.firstName(t.lower(a));
    return c == 'M' || c == 'F' ? c : 0;
  }

  // ---- all-capital headlines and wire copy: only what the gazetteers or the article already know

  /**
   * Sentences without case information (all-capital headlines): only names the gazetteers know or
   * the rest of the article gives ("REAGAN SAYS" after "President Ronald Reagan"; "HENLEY GROUP"
   * for the body's "Henley Group Inc").
   */
  private void readUncased(TokenizedText t, boolean[] uncased, int from, List<Span> spans) {
    Map<String, EntityType> named = null;
    Map<String, Span> clubs = new HashMap<>(); // "WARRIORS" is the body's Golden State Warriors
    int maxNamed = 0;
    for (int s = 0; s < t.sentences; s++) {
      if (!uncased[s]) {
        continue;
      }
      if (named == null) {
        named = new HashMap<>();
        for (Span sp : spans) {
          if (sp.charStart >= 0 || sp.to - sp.from > 6 || sp.guessed) {
            continue; // a guess is no evidence for a headline
          }
          maxNamed = Math.max(maxNamed, sp.to - sp.from); // no name put below is longer
          putName(named, t, sp.from, sp.to, sp.type);
          if (sp.type == EntityType.PERSON && sp.to - sp.from >= 2) {
            putName(named, t, sp.to - 1, sp.to, EntityType.PERSON); // the surname alone: "REAGAN"
          } else if (isClubName(t, sp) && !g.isCommonWord(t.lower(sp.to - 1)) && t.lower(sp.to - 1).length() >= 4) {
            String last = Gazetteer.key(t, sp.to - 1, sp.to); // a club's nickname: "Warriors" of Golden State Warriors
            named.putIfAbsent(last, EntityType.ORGANIZATION);
            clubs.putIfAbsent(last, sp);
          } else if (sp.type == EntityType.ORGANIZATION && sp.to - sp.from >= 2 && (suffixAt(t, sp.to - 1) || g.isOrgHead(t.lower(sp.to - 1)))) {
            for (int n = sp.to - sp.from - 1; n >= 1; n--) {
              String k = Gazetteer.key(t, sp.from, sp.from + n);
              if (g.place(k) == null && !g.isNationality(k) && !g.isCommonWord(k) && t.isCapitalized(sp.from + n - 1)) {
                putName(named, t, sp.from, sp.from + n, EntityType.ORGANIZATION); // "HENLEY GROUP", "MIDLAND"
              }
            }
          }
        }
      }
      int end = t.sentenceEnd(s);
      int i = Math.max(t.sentenceStart[s], from);
      boolean titleCase = isTitleCased(t, s);
      while (i < end) {
        int next = matchUncased(t, i, end, spans, named, maxNamed, titleCase);
        if (next - i == 1 && !spans.isEmpty() && spans.get(spans.size() - 1).from == i && clubs.containsKey(t.lower(i))) {
          spans.get(spans.size() - 1).aliasOf = clubs.get(t.lower(i));
        }
        i = next;
      }
    }
    if (named != null) {
      spans.sort((x, y) -> Integer.compare(x.from, y.from));
    }
  }

  private void putName(Map<String, EntityType> named, TokenizedText t, int from, int to, EntityType type) {
    String k = Gazetteer.key(t, from, to);
    if (to - from == 1 && (g.isCommonWord(k) || g.isCalendar(k) || k.length() < 3)) {
      return; // "MAY", "BAKER"… stay words in a headline unless the gazetteer knows them
    }
    named.putIfAbsent(k, type);
  }

  private int matchUncased(TokenizedText t, int i, int end, List<Span> spans, Map<String, EntityType> named, int maxNamed, boolean titleCase) {
    if (!t.isWord(i)) {
      return i + 1;
    }
    for (int n = Math.min(Math.max(g.maxKeyTokens(), maxNamed), end - i); n >= 1; n--) {
      String k = Gazetteer.key(t, i, i + n);
      EntityType type = named.get(k);
      if (type != null) {
        spans.add(new Span(i, i + n, type));
        return i + n;
      }
      if (n > g.maxKeyTokens()) {
        continue;
      }
      if (g.organization(k) != null && !(titleCase && g.isCommonWord(k))) { // "by a Single Seat" names no carmaker
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
  private boolean[] uncasedSentences(TokenizedText t) {
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
      out[s] = words >= 3 && caps * 10 >= words * 7 || isTitleCased(t, s);
    }
    return out;
  }

  /** Longer words a title-case headline may leave in lower case. */
  private static final Set<String> TITLE_CASE_LOWER = Set.of("with", "from", "into", "over", "upon", "onto", "than", "that", "amid", "after", "about",
      "before", "under", "near", "past", "like", "versus", "during", "without", "through", "against", "between", "toward", "towards");

  /**
   * A headline in title case ("Sánchez Survives Budget Vote by a Single Seat"): a paragraph of one
   * sentence, no full stop, whose longer words are nearly all capitalised, everyday words among
   * them. Its capitals say nothing about names.
   */
  private boolean isTitleCased(TokenizedText t, int s) {
    int from = t.sentenceStart[s];
    int to = t.sentenceEnd(s);
    int p = t.paragraphOf[from];
    boolean wholeParagraph = (from == 0 || t.paragraphOf[from - 1] != p) && (to >= t.size || t.paragraphOf[to] != p);
    if (!wholeParagraph || p > 1 || to - from > 25 || t.isPunct(to - 1, '.') || t.isPunct(from, '(')) { // a headline, or a deck under it
      return false;
    }
    int longer = 0;
    int capitalised = 0;
    int everyday = 0;
    for (int i = from; i < to; i++) {
      if (!t.isWord(i) || t.end[i] - t.start[i] < 4 || t.isAllCaps(i)) {
        continue;
      }
      longer++;
      if (Character.isUpperCase(t.first(i))) {
        capitalised++;
        if (i > from && g.isCommonWord(t.lower(i)) && !g.isNationality(t, i)) {
          everyday++;
        }
      } else if (!TITLE_CASE_LOWER.contains(t.lower(i))) {
        return false; // "Chief Fire Officer Alison Reid said:": a verb in lower case, a sentence
      }
    }
    return longer >= 3 && capitalised * 10 >= longer * 8 && everyday >= 2;
  }

  /** Whether a word also appears in lower case in the text: asked for a few words, so scanned lazily. */
  private static final class LowercaseUse {
    private final TokenizedText t;
    private final Map<String, Boolean> known = new HashMap<>();

    LowercaseUse(TokenizedText t) {
      this.t = t;
    }

    boolean contains(String key) {
      return known.computeIfAbsent(key, k -> {
        for (int i = 0; i < t.size; i++) {
          if (t.isWord(i) && Character.isLowerCase(t.first(i)) && t.lower(i).equals(k)) {
            return true;
          }
        }
        return false;
      });
    }
  }

  /** A company-style name with a capital inside: MedRoute, eBay; not McAllister, DeLuca, O’Malley. */
  private static boolean isCamelCase(String w) {
    if (w.length() < 5 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    for (String prefix : new String[] {"Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "St", "Fitz", "O'", "O\u2019"}) {
      if (w.startsWith(prefix) && w.length() > prefix.length() && Character.isUpperCase(w.charAt(prefix.length()))) {
        return false;
      }
    }
    for (int i = 1; i < w.length(); i++) {
      if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))
          && (i + 1 == w.length() || Character.isLowerCase(w.charAt(i + 1)) || Character.isUpperCase(w.charAt(i + 1)) && i + 2 == w.length())) {
        return true; // MedRoute; WestLB, PwC
      }
    }
    // a run of capitals, then a word: TTCriders, JPMorgan
    int caps = 0;
    while (caps < w.length() && Character.isUpperCase(w.charAt(caps))) {
      caps++;
    }
    return caps >= 2 && w.length() - caps >= 3 && w.substring(caps).chars().allMatch(Character::isLowerCase);
  }

  /**
   * Two or three unknown capitalised words were guessed to be a person; keep the guess only with
   * evidence: a title or cue verb around any mention of the surname, a person-like phrase after
   * it (", 38,", ", who", "’s wife"), or the surname used alone like a person's. Otherwise it is
   * more likely a company or a place ("Telford Mercer", "Ferrier Park"): kept as an organisation
   * when an organisation word is near, dropped when nothing says what it is.
   */
  private void verifyGuessedPeople(TokenizedText t, List<Span> spans) {
    Set<String> personSurnames = new HashSet<>();
    Set<String> orgFirstWords = new HashSet<>();
    for (Span s : spans) {
      if (s.type == EntityType.PERSON && !s.guessed) {
        personSurnames.add(t.lower(s.to - 1));
      } else if (s.type == EntityType.ORGANIZATION) {
        orgFirstWords.add(t.lower(s.from));
      }
    }
    Iterator<Span> it = spans.iterator();
    while (it.hasNext()) {
      Span s = it.next();
      if (s.type != EntityType.PERSON || !s.guessed) {
        continue;
      }
      String surname = t.lower(s.to - 1);
      if (personSurnames.contains(surname) || personSurnames.contains(t.lower(s.from)) && !orgFirstWords.contains(t.lower(s.from)) && noCommonWord(t, s) && nameShaped(t, s) // "Gukesh said" proves "Gukesh Dommaraju"
          || hasPersonContext(t, s.from, s.to) && (!cueBefore(t, s.from) || noCommonWord(t, s)) || surnameUsedAlone(t, spans, s, surname)
          || listedWithPeople(t, spans, s) && noCommonWord(t, s)) {
        continue;
      }
      if (s.from > 0 && t.isWord(s.from - 1) && IN_PLACE.contains(t.lower(s.from - 1)) && noCommonWord(t, s)
          && !(s.to < t.size && t.isWord(s.to) && Character.isLowerCase(t.first(s.to)) && !AFTER_PLACE.contains(t.lower(s.to)))) { // not "in Super Unleaded gasoline"
        s.type = EntityType.LOCATION; // "In Kampung Melayu, on the banks…", "in Nong Chok": no person is somewhere's inside
        continue;
      }
      it.remove();
    }
  }

  /** Every word a capital and then at least two small letters ("Gukesh Dommaraju", "Lho Shin-Yong"; not "Smartcom III", "NetWare LANs"). */
  private static boolean nameShaped(TokenizedText t, Span s) {
    for (int i = s.from; i < s.to; i++) {
      if (!NAME_SHAPE.matcher(t.text(i)).matches()) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern NAME_SHAPE = Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:[-'’]\\p{Lu}?\\p{Ll}+)*");

  /**
   * "Carnoustie, Friockheim and Edzell", "Kindersley, Melfort and Maple Creek": names listed with
   * known places, and no organisation or person among them, are places too.
   */
  private void placesListedWithPlaces(TokenizedText t, List<Span> spans) {
    if (spans.stream().noneMatch(s -> s.type == EntityType.LOCATION)) {
      return;
    }
    Span[] covering = new Span[t.size];
    for (Span s : spans) {
      for (int i = s.from; i < s.to; i++) {
        covering[i] = s;
      }
    }
    List<Span> added = null;
    int i = 0;
    while (i < t.size) {
      int first = listItemEnd(t, covering, i);
      int joiner = first < t.size && t.isPunct(first, ',') ? first + 1 : first;
      if (first <= i || joiner >= t.size || !(joiner > first || t.isWord(joiner) && (t.lower(joiner).equals("and") || t.lower(joiner).equals("or")))) {
        i = Math.max(first, i + 1); // most words start no list
        continue;
      }
      // items: a span, or up to three capitalised words no span covers; joined by commas, the last by "and" or "or"
      List<int[]> items = new ArrayList<>();
      boolean closed = false;
      int k = i;
      while (k < t.size) {
        int end = listItemEnd(t, covering, k);
        if (end <= k) {
          break;
        }
        items.add(new int[] {k, end});
        if (closed) {
          break;
        }
        int next = end;
        if (next < t.size && t.isPunct(next, ',')) {
          next++;
        }
        if (next < t.size && t.isWord(next) && (t.lower(next).equals("and") || t.lower(next).equals("or"))) {
          next++;
          closed = true;
        }
        if (next == end || next >= t.size || t.paragraphOf[next] != t.paragraphOf[end - 1]) {
          break;
        }
        k = next;
      }
      if (items.size() >= 2 && (closed || cityThenRegion(t, covering, items))) {
        int places = 0;
        boolean other = false;
        for (int[] it : items) {
          Span s = covering[it[0]];
          if (s != null && s.type == EntityType.LOCATION) {
            places++;
          } else if (s != null || !mayBePlace(t, it[0], it[1])) {
            other = true; // a person, an organisation; "Heller in France and Humbrol in England"
          }
        }
        if (places >= 1 && !other) {
          for (int[] it : items) {
            if (covering[it[0]] == null) {
              if (added == null) {
                added = new ArrayList<>();
              }
              added.add(new Span(it[0], it[1], EntityType.LOCATION));
            }
          }
        }
      }
      i = items.isEmpty() ? i + 1 : items.get(items.size() - 1)[1];
    }
    if (added != null) {
      spans.addAll(added);
      spans.sort((x, y) -> x.from != y.from ? Integer.compare(x.from, y.from) : Integer.compare(x.charStart, y.charStart));
    }
  }

  /** "McLean, Va.", "in Brits, South Africa": one unknown word, a comma, then a known state or (after "in") country. */
  private boolean cityThenRegion(TokenizedText t, Span[] covering, List<int[]> items) {
    if (items.size() != 2 || covering[items.get(0)[0]] != null || items.get(0)[1] - items.get(0)[0] != 1) {
      return false;
    }
    Span known = covering[items.get(1)[0]];
    if (known == null || known.type != EntityType.LOCATION || known.to < t.size && t.kind[known.to] == TokenizedText.POSSESSIVE) {
      return false; // not "Norsk Hydro, Norway's largest company"
    }
    Gazetteer.Place p = g.place(Gazetteer.key(t, known.from, known.to));
    int before = items.get(0)[0] - 1;
    return p != null && (p.kind() == Gazetteer.PlaceKind.REGION
        || before >= 0 && t.isWord(before) && PLACE_PREPOSITIONS.contains(t.lower(before)));
  }

  /** Not a company located somewhere ("Humbrol in England"), a title ("Prime Minister") or a party ("Republican leader"). */
  private boolean mayBePlace(TokenizedText t, int from, int to) {
    if (to < t.size && (t.kind[to] == TokenizedText.POSSESSIVE || t.isWord(to) && (t.lower(to).equals("in") || t.lower(to).equals("of")))) {
      return false;
    }
    return titleLength(t, from, Math.min(t.size, from + 4)) == 0 && !partyWord(t, from);
  }

  /** The end of a list item starting at {@code k}: the span there, or capitalised words no span covers; {@code k} if none. */
  private int listItemEnd(TokenizedText t, Span[] covering, int k) {
    if (covering[k] != null) {
      return covering[k].from == k ? covering[k].to : k;
    }
    int e = k;
    while (e < t.size && e - k < 3 && covering[e] == null && t.isCapitalized(e) && !t.isAllCaps(e) && t.end[e] - t.start[e] > 1 && t.lower(e).indexOf('-') < 0
        && !g.isCommonWord(t.lower(e))
        && !g.isCalendar(t.lower(e)) && !g.isNationality(t, e) && g.title(t.lower(e)) == null && !(e == k && e - t.sentenceStart[t.sentenceOf(e)] <= 2 && t.isSentenceInitial(e))) {
      e++;
    }
    return e < t.size && covering[e] != null && e > k ? k : e; // not "Sir" before a name's span
  }

  /** Nouns for an organisation after its name: "the Medián institute", "whose Tisza party". */
  private static final Set<String> ORG_NOUNS_AFTER = Set.of("agency", "institute", "party", "group", "company", "firm", "newspaper", "daily",
      "cooperative", "co-operative", "operation", "foundation", "movement", "coalition", "network", "broadcaster", "airline", "carrier",
      "academy", "university", "hospital", "museum", "gallery", "consortium", "conglomerate", "charity", "magazine", "website", "app", "platform",
      "brewery", "bank", "lender", "insurer", "retailer", "chain", "label", "studio", "studios", "institution", "organisation", "organization", "think-tank");
  /** Nouns for an organisation before its name: "the mining group Boliden", "battery maker Northvolt". */
  private static final Set<String> ORG_NOUNS_BEFORE = Set.of("group", "company", "firm", "maker", "giant", "retailer", "airline", "lender",
      "bank", "insurer", "developer", "chain", "startup", "start-up", "conglomerate", "manufacturer", "producer", "supplier", "broadcaster",
      "newspaper", "daily", "tabloid", "outlet", "publisher", "subsidiary", "brand", "label", "party", "charity", "institute", "agency", "miner", "exporter",
      "importer", "utility", "automaker", "carmaker", "brewer", "distributor", "wholesaler", "platform", "app", "consultancy", "watchdog", "regulator",
      "broker", "brokerage", "chipmaker", "operator", "telecoms");

  private static boolean namedByOrgNoun(TokenizedText t, int i) {
    if (t.lower(i).indexOf('-') >= 0) {
      return false; // "a Canadian-led consortium", "the Minnesota-based company"
    }
    if (i + 1 < t.size && t.isWord(i + 1) && ORG_NOUNS_AFTER.contains(t.lower(i + 1)) && !t.isCapitalized(i + 1)) {
      return i > 0 && t.isWord(i - 1) && !t.isCapitalized(i - 1) || i > 0 && t.kind[i - 1] == TokenizedText.POSSESSIVE;
    }
    if (i > 1 && t.isWord(i - 1) && !t.isCapitalized(i - 1) && ORG_NOUNS_BEFORE.contains(t.lower(i - 1)) && !(i + 1 < t.size && t.isCapitalized(i + 1))) {
      return true;
    }
    // "Coparmex, the employers’ federation, said": an organisation noun in apposition
    if (i + 3 < t.size && t.isPunct(i + 1, ',') && t.isWord(i + 2) && (t.lower(i + 2).equals("the") || t.lower(i + 2).equals("a") || t.lower(i + 2).equals("an"))) {
      for (int k = i + 3; k < t.size && k <= i + 7; k++) {
        if (!t.isWord(k) && t.kind[k] != TokenizedText.POSSESSIVE && !t.isPunct(k, '\u2019')) {
          return false;
        }
        if (t.isWord(k) && !Character.isLowerCase(t.first(k))) {
          return false;
        }
        if (t.isWord(k) && APPOSED_ORG_NOUNS.contains(t.lower(k))) {
          int next = k + 1;
          return next < t.size && (t.isPunct(next, ',') || t.isPunct(next, '.') || t.isWord(next) && AFTER_ORG_NOUN.contains(t.lower(next)));
        }
      }
    }
    return false;
  }

  /** Heads of a noun phrase that, set beside a name, make it an organisation's. */
  private static final Set<String> APPOSED_ORG_NOUNS = Set.of("federation", "union", "association", "watchdog", "regulator", "consultancy", "agency",
      "group", "company", "firm", "charity", "institute", "party", "broadcaster", "airline", "carrier", "bank", "lender", "insurer", "retailer",
      "newspaper", "daily", "manufacturer", "maker", "producer", "operator", "utility", "coalition", "alliance", "movement", "network", "club", "league",
      "organisation", "organization", "think-tank", "thinktank", "lobby", "conglomerate", "subsidiary", "developer", "startup", "start-up", "chain",
      "brokerage", "broker", "exchange", "fund", "foundation", "university", "hospital", "museum", "authority", "commission", "council");
  private static final Set<String> AFTER_ORG_NOUN = Set.of("that", "which", "said", "says", "for", "of", "in", "and", "whose", "has", "had", "is", "was");

  private static final Set<String> IN_PLACE = Set.of("in", "near", "outside", "across", "around", "inside", "throughout");
  private static final Set<String> AFTER_PLACE = Set.of("and", "or", "on", "in", "at", "where", "which", "to", "for", "since", "near", "last", "this",
      "that", "after", "before", "during", "when", "with", "from", "by", "is", "was", "were", "are", "has", "have", "had", "until");

  /** "Suryakumar Yadav (68 off 35) and Tilak Varma (44)": a name listed beside a known person's is a person's. */
  private static boolean listedWithPeople(TokenizedText t, List<Span> spans, Span s) {
    int before = skipBracket(t, s.from - 2, -1);
    if (s.from >= 2 && isListJoiner(t, s.from - 1) && before >= 0 && knownPersonAt(spans, before, true)) {
      return true;
    }
    int after = skipBracket(t, s.to, 1);
    return after + 1 < t.size && isListJoiner(t, after) && knownPersonAt(spans, after + 1, false);
  }

  private boolean noCommonWord(TokenizedText t, Span s) {
    for (int i = s.from; i < s.to; i++) {
      if (commonOrPlural(t.lower(i))) {
        return false; // "Donald Trump and Interstate Properties"
      }
    }
    return true;
  }

  private static boolean isListJoiner(TokenizedText t, int i) {
    return t.isPunct(i, ',') || t.isWord(i) && t.lower(i).equals("and");
  }

  /** The token past a bracketed aside at {@code i} ("(44)", "(68 off 35)") going in direction {@code dir}, or {@code i}. */
  private static int skipBracket(TokenizedText t, int i, int dir) {
    if (i < 0 || i >= t.size || !t.isPunct(i, dir > 0 ? '(' : ')')) {
      return i;
    }
    for (int k = i + dir, n = 0; k >= 0 && k < t.size && n < 6; k += dir, n++) {
      if (t.isPunct(k, dir > 0 ? ')' : '(')) {
        return k + dir;
      }
    }
    return i;
  }

  private static boolean knownPersonAt(List<Span> spans, int token, boolean endingThere) {
    for (Span o : spans) {
      if (o.type == EntityType.PERSON && !o.guessed && (endingThere ? o.to - 1 == token : o.from == token)) {
        return true;
      }
    }
    return false;
  }

  private boolean hasPersonContext(TokenizedText t, int from, int to) {
    int n = to;
    if (n < t.size && t.kind[n] == TokenizedText.POSSESSIVE && n + 1 < t.size && KIN.contains(t.lower(n + 1))) {
      return true;
    }
    if (n < t.size && t.isWord(n) && (PERSON_AFTER.contains(t.lower(n)) || g.cue(t.lower(n)) != null)) {
      return true;
    }
    if (n + 1 < t.size && t.isPunct(n, ',') && (t.kind[n + 1] == TokenizedText.NUMBER || (t.isWord(n + 1) && (t.lower(n + 1).equals("who") || t.lower(n + 1).equals("aged"))))) {
      return true;
    }
    if (n < t.size && t.isPunct(n, ',')) {
      // an office in apposition: "Janez Zemljaric, also a Deputy Prime Minister,", "X, vice chairman of Y"
      for (int k = n + 1; k < t.size && k <= n + 5 && t.isWord(k); k++) {
        String w = t.lower(k);
        if (g.isSpeakerNoun(w) || g.title(w) != null && !g.title(w).honorific()) {
          return true;
        }
        if (!APPOSITION_OPENERS.contains(w) && !t.isCapitalized(k)) {
          break;
        }
      }
    }
    int p = from - 1;
    if (p >= 1 && t.isPunct(p, ',') && t.isWord(p - 1) && g.isSpeakerNoun(t.lower(p - 1))) {
      return true; // "Their parliamentary leader, Henrike Sommer, said"
    }
    if (cueBefore(t, from)) {
      return true; // "‘…,’ said Weerachai Kongkaew": an inverted cue before the name
    }
    return p >= 0 && t.isWord(p) && (g.isSpeakerNoun(t.lower(p)) || t.lower(p).equals("named") || t.lower(p).equals("by"));
  }

  private boolean cueBefore(TokenizedText t, int from) {
    int p = from - 1;
    return p >= 1 && t.isWord(p) && g.cue(t.lower(p)) != null && (t.isPunct(p - 1, ',') || t.kind[p - 1] == TokenizedText.PUNCT && p >= 2 && t.isPunct(p - 2, ','));
  }

  private static final Set<String> APPOSITION_OPENERS =
      Set.of("also", "a", "an", "the", "now", "then", "its", "his", "her", "their", "former", "deputy", "vice", "senior", "chief", "acting", "assistant",
          "executive", "managing", "general", "first");

  private static final Set<String> KIN =
      Set.of("wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "family", "lawyer", "widow", "partner", "children", "parents", "friend");

  private boolean surnameUsedAlone(TokenizedText t, List<Span> spans, Span guess, String surname) {
    for (int i = 0; i < t.size; i++) {
      if (i >= guess.from && i < guess.to) {
        continue;
      }
      if (t.isWord(i) && t.lower(i).equals(surname) && (i == 0 || !t.isCapitalized(i - 1) || g.title(t.lower(i - 1)) != null)) {
        if (i > 0 && g.title(t.lower(i - 1)) != null) {
          return true; // Mr Surname
        }
        if (i + 1 < t.size && t.isWord(i + 1) && (PERSON_AFTER.contains(t.lower(i + 1)) || g.cue(t.lower(i + 1)) != null)) {
          return true; // Surname said
        }
      }
    }
    return false;
  }

  // ---- single words decided with the whole article in view

  /** The commonest Korean family names, as romanised in English-language news. */
  private static final Set<String> KOREAN_SURNAMES =
      Set.of("kim", "lee", "park", "choi", "jung", "jeong", "kang", "cho", "yoon", "yun", "jang", "lim", "han", "oh", "seo", "shin", "kwon", "hwang",
          "ahn", "song", "yoo", "hong", "jeon", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam", "noh", "roh", "ha", "kwak", "sung", "cha",
          "joo", "woo", "min", "ryu", "na", "jin", "chae", "won", "chun", "bang", "hyun", "byun", "ban", "choo", "yeo");
  /** Vietnamese family names: the commonest unmistakable ones, and those that need a middle name after them. */
  private static final Set<String> VIETNAMESE_SURNAMES =
      Set.of("nguyen", "tran", "pham", "hoang", "huynh", "phan", "dang", "bui", "duong", "truong", "trinh", "luong", "ngo", "dinh", "doan");
  private static final Set<String> VIETNAMESE_SURNAMES_TOO = Set.of("le", "vu", "vo", "do", "ho", "ly", "lam", "mai", "cao", "ha", "ta", "to");
  private static final Set<String> VIETNAMESE_MIDDLE =
      Set.of("van", "thi", "duc", "minh", "quang", "huu", "ngoc", "thanh", "xuan", "hong", "anh", "tuan", "cong", "thu", "bich", "kim", "dinh", "tan", "trung");

  private boolean vietnameseName(TokenizedText t, int a, int b) {
    if (b - a < 2 || b - a > 4 || !VIETNAMESE_SURNAMES.contains(t.lower(a)) && !VIETNAMESE_SURNAMES_TOO.contains(t.lower(a))
        || g.place(Gazetteer.key(t, a, b)) != null) {
      return false;
    }
    for (int i = a; i < b; i++) {
      if (!t.isCapitalized(i) || t.isAllCaps(i) || t.lower(i).indexOf('-') >= 0) {
        return false;
      }
    }
    String first = t.lower(a);
    boolean middle = b - a >= 3 && VIETNAMESE_MIDDLE.contains(t.lower(a + 1));
    return VIETNAMESE_SURNAMES.contains(first) && (middle || b - a == 2 && !g.isCommonWord(t.lower(a + 1)))
        || VIETNAMESE_SURNAMES_TOO.contains(first) && middle;
  }

  private static final Pattern KOREAN_GIVEN = Pattern.compile("\\p{Lu}\\p{Ll}{1,4}-\\p{Ll}{1,5}");

  private static final Pattern LOWER_AFTER_HYPHEN = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}[\\p{Ll}-]*");

  /** Lower-case nouns of places that follow or precede a place's own name: "the Gomti river", "the town of Salento". */
  private static final Set<String> PLACE_NOUNS =
      Set.of("area", "region", "district", "province", "county", "city", "town", "village", "hamlet", "municipality", "suburb", "neighbourhood",
          "neighborhood", "governorate", "prefecture", "township", "borough", "river", "valley", "island", "peninsula", "delta", "basin", "state");

  /** "counties", "districts": the plural of a place noun. */
  private static boolean isPlaceNounPlural(String w) {
    return w.endsWith("ies") ? PLACE_NOUNS.contains(w.substring(0, w.length() - 3) + "y") : w.endsWith("s") && PLACE_NOUNS.contains(w.substring(0, w.length() - 1));
  }

  /**
   * A capitalised word the text itself calls a place: followed by a place noun ("the Chibayish
   * area", "Quindío province"), or after "the town of", "residents of"; and either word of
   * "Pinellas and Hillsborough counties" or "residents of Korangi and Landhi".
   */
  private static boolean namedByPlaceNoun(TokenizedText t, int i) {
    if (i + 1 < t.size && t.isWord(i + 1) && PLACE_NOUNS.contains(t.text(i + 1))) {
      return !(i > 0 && t.isWord(i - 1) && (t.lower(i - 1).equals("a") || t.lower(i - 1).equals("an"))); // not "a Labour area"
    }
    if (i + 3 < t.size && t.lower(i + 1).equals("and") && t.isCapitalized(i + 2) && t.isWord(i + 3) && isPlaceNounPlural(t.text(i + 3))) {
      return true;
    }
    if (i + 1 < t.size && t.isWord(i + 1) && isPlaceNounPlural(t.text(i + 1)) && i >= 2 && t.lower(i - 1).equals("and") && t.isCapitalized(i - 2)) {
      return true;
    }
    int k = i >= 2 && t.lower(i - 1).equals("and") && t.isCapitalized(i - 2) ? i - 2 : i;
    return k >= 2 && t.lower(k - 1).equals("of") && t.isWord(k - 2)
        && (PLACE_NOUNS.contains(t.text(k - 2)) || t.lower(k - 2).equals("residents") || t.text(k - 2).equals("capital"));
  }

  /**
   * A club's name, whose last word alone may stand for it: two or three words ending in a
   * capitalised plural that is no organisation word ("Orlando Pirates", "Golden State Warriors").
   */
  private boolean isClubName(TokenizedText t, Span s) {
    int n = s.to - s.from;
    return s.type == EntityType.ORGANIZATION && n >= 2 && n <= 3 && t.isCapitalized(s.to - 1) && t.lower(s.to - 1).endsWith("s")
        && !suffixAt(t, s.to - 1) && !g.isOrgHead(t.lower(s.to - 1)) && connectorAt(t, s.from, s.to) < 0 && t.kind[s.to - 2] != TokenizedText.POSSESSIVE;
  }

  private void resolvePending(TokenizedText t, List<Span> spans, List<int[]> pending, boolean[] quoteInitial) {
    Map<String, EntityType> byWord = new HashMap<>();
    Set<String> surnames = new HashSet<>();
    for (Span s : spans) {
      if (s.type == EntityType.PERSON) {
        if (s.to - s.from >= 1) {
          byWord.putIfAbsent(t.lower(s.to - 1), EntityType.PERSON);
          surnames.add(t.lower(s.to - 1));
          byWord.putIfAbsent(t.lower(s.from), EntityType.PERSON);
          for (int k = s.from + 1; k < s.to - 1; k++) {
            if (t.isCapitalized(k) && t.end[k] - t.start[k] > 2) {
              byWord.putIfAbsent(t.lower(k), EntityType.PERSON); // "Lula" of Luiz Inácio Lula da Silva
            }
          }
        }
      } else {
        byWord.putIfAbsent(Gazetteer.key(t, s.from, s.to), s.type);
      }
    }
    LowercaseUse lowercaseElsewhere = new LowercaseUse(t);
    Set<String> orgStarts = new HashSet<>(); // "Telford Mercer" of "Telford Mercer Group plc"
    for (Span s : spans) {
      if (s.type == EntityType.ORGANIZATION && s.to - s.from >= 2 && !g.isCommonWord(t.lower(s.from)) && !g.isNationality(t, s.from)) {
        orgStarts.add(t.lower(s.from));
        if (s.to - s.from >= 3) {
          orgStarts.add(Gazetteer.key(t, s.from, s.from + 2));
        }
      }
    }
    for (Span s : spans) {
      if ((s.type == EntityType.PERSON || s.type == EntityType.LOCATION) && s.guessed && orgStarts.contains(Gazetteer.key(t, s.from, s.to))) {
        s.type = EntityType.ORGANIZATION;
        s.guessed = false;
      }
    }
    Set<String> companyFirstWords = new HashSet<>();
    Map<String, Span> clubLastWords = new HashMap<>(); // "Pirates" of Orlando Pirates, "Broncos" of Brisbane Broncos
    for (Span s : spans) {
      if (s.type == EntityType.ORGANIZATION && s.to - s.from >= 2 && legalSuffixAt(t, s.to - 1)) {
        companyFirstWords.add(t.lower(s.from));
      }
      if (isClubName(t, s) && !t.isAllCaps(s.to - 1)) {
        clubLastWords.putIfAbsent(t.lower(s.to - 1), s);
      }
    }
    for (int[] p : pending) {
      int i = p[0];
      boolean weak = p[1] == 1;
      String k = t.lower(i);
      EntityType type = byWord.get(k);
      Span club = type == null ? clubLastWords.get(k) : null;
      if (club != null) {
        Span alias = new Span(i, i + 1, EntityType.ORGANIZATION); // "Pirates had led" after Orlando Pirates
        alias.aliasOf = club;
        spans.add(alias);
        continue;
      }
      if (p[1] == 3) {
        if (companyFirstWords.contains(k)) {
          spans.add(new Span(i, i + 1, EntityType.ORGANIZATION)); // "Southwest said" after Southwest Airlines Co
        }
        continue;
      }
      if (type == null && i >= 2 && t.isPunct(i - 1, '(') && i + 1 < t.size && t.isPunct(i + 1, ')')) {
        Span owner = spanEndingAt(spans, i - 1);
        if (owner != null && owner.type == EntityType.ORGANIZATION) {
          Span alias = new Span(i, i + 1, EntityType.ORGANIZATION); // "Schweizerische Aluminium AG (Alusuisse)"
          alias.aliasOf = owner;
          spans.add(alias);
          byWord.put(k, EntityType.ORGANIZATION);
          continue;
        }
      }
      if (p[1] == 2) {
        if (type == EntityType.PERSON) {
          Span s = new Span(i, i + 1, EntityType.PERSON);
          spans.add(s);
        }
        continue;
      }
      if (type == null && orgStarts.contains(k)) {
        type = EntityType.ORGANIZATION;
      }
      if (type == null && i > 0 && t.lower(i - 1).equals("the") && (k.equals("house") || k.equals("senate") || k.equals("commons") || k.equals("assembly"))) {
        type = EntityType.ORGANIZATION; // the House: a legislature
      }
      if (type == null && k.equals("x") && i > 0 && (t.lower(i - 1).equals("on") || t.lower(i - 1).equals("to"))) {
        type = EntityType.ORGANIZATION; // wrote on X
      }
      Span partner = type == null || type == EntityType.PERSON ? coupleSurname(t, i, spans) : null;
      if (partner != null) {
        Span s = new Span(i, i + 1, EntityType.PERSON);
        s.surnameOf = partner;
        s.gender = genderOfFirstName(t, i, i + 1);
        spans.add(s);
        continue;
      }
      if (type == null && isCamelCase(t.text(i))) {
        type = EntityType.ORGANIZATION; // MedRoute, SkyMeridian
      }
      if (type == null && weak && (lowercaseElsewhere.contains(t.lower(i)) || g.isCommonWord(t.lower(i)))) {
        continue;
      }
      if (type == null && g.isNationality(t, i)) {
        continue;
      }
      if (type == null && !g.isCommonWord(k) && !g.isCalendar(k) && namedByPlaceNoun(t, i)) {
        type = EntityType.LOCATION; // "the Chibayish area", "the town of Salento", "Pinellas and Hillsborough counties"
      }
      if (type == null && !g.isCommonWord(k) && !g.isCalendar(k) && !g.isNationality(t, i) && namedByOrgNoun(t, i)) {
        spans.add(new Span(i, i + 1, EntityType.ORGANIZATION)); // "the Medián institute", "the mining group Boliden"
        continue;
      }
      if (type == null && i > 0 && t.isWord(i - 1) && t.lower(i - 1).equals("the") && i + 1 < t.size && LEADERS_TERMS.contains(t.lower(i + 1))
          && !g.isCommonWord(k) && g.place(k) == null && g.organization(k) == null && !g.isNationality(t, i) && !t.isAllCaps(i)) {
        spans.add(new Span(i, i + 1, EntityType.PERSON)); // "the Biden administration", "the Albanese government": named for its leader
        continue;
      }
      if (type == null && i > 0 && t.isWord(i - 1) && t.lower(i - 1).equals("the")) {
        if (i + 1 < t.size && PERSON_AFTER.contains(t.lower(i + 1)) && !g.isNationality(k) && !(i >= 2 && PLACE_PREPOSITIONS.contains(t.lower(i - 2)))) {
          spans.add(new Span(i, i + 1, EntityType.ORGANIZATION)); // "the Mint said": an institution speaks; a person has no article
        }
        continue;
      }
      if (type == null) {
        char first = g.firstName(k);
        if (first != 0 && !g.isCommonWord(t.lower(i)) && g.place(k) == null && g.organization(k) == null && !(weak && lowercaseElsewhere.contains(t.lower(i)))) {
          type = EntityType.PERSON; // "her son Kian"
        } else if (first != 0 && i + 1 < t.size && PERSON_AFTER.contains(t.lower(i + 1))) {
          type = EntityType.PERSON;
        } else if (i + 1 < t.size && PERSON_AFTER.contains(t.lower(i + 1)) && !weak && !g.isCommonWord(t.lower(i))) {
          type = EntityType.PERSON;
        } else if (employer(t, i) && !weak && !g.isCommonWord(t.lower(i))) {
          type = EntityType.ORGANIZATION; // "an analyst at Jefferies", "a spokeswoman for Brightwater"
        } else if (i > 0 && PLACE_PREPOSITIONS.contains(t.lower(i - 1)) && !weak && !g.isCommonWord(t.lower(i)) && !g.isCalendar(t.lower(i))) {
          type = EntityType.LOCATION;
        } else if (residence(t, i) && !g.isCommonWord(t.lower(i))) {
          type = EntityType.LOCATION; // "Callum Strachan, 29, of Torry", "of Rathmore, Athboy"
        }
      }
      if (type != null) {
        Span s = new Span(i, i + 1, type);
        s.guessed = !byWord.containsKey(k);
        spans.add(s);
      }
    }
    Set<String> orgPairs = new HashSet<>(); // "national westminster" of National Westminster Bank, however common its first word
    for (Span s : spans) {
      if (s.type == EntityType.ORGANIZATION && s.to - s.from >= 3) {
        orgPairs.add(Gazetteer.key(t, s.from, s.from + 2));
      }
    }
    for (Span s : spans) {
      if ((s.type == EntityType.PERSON || s.type == EntityType.LOCATION) && s.guessed && s.to - s.from == 1 && s.from > 0 && t.isCapitalized(s.from - 1)
          && orgPairs.contains(Gazetteer.key(t, s.from - 1, s.to))) {
        s.from--; // "National Westminster said": the sentence start dropped "National"
        s.type = EntityType.ORGANIZATION;
        s.guessed = false;
      }
    }
    spans.sort((x, y) -> Integer.compare(x.from, y.from));
  }
}
