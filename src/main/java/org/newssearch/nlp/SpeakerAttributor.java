package org.newssearch.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newssearch.model.EntityType;
import org.newssearch.model.Mention;
import org.newssearch.model.Quote;

/**
 * Attributes quotations to speakers from the evidence around them in the same sentence: a cue
 * verb after the quote with its speaker on either side ("‘…,’ he added", "‘…,’ said Lord X",
 * "according to X"), or before it with the speaker as its subject ("Mr Ratcliffe told reporters:
 * ‘…’", "He urged Mr Johnson to be ‘brave’"). Pronouns go to the last speaker or the last person
 * of their gender named outside quotes; nominal speakers stay as written; continuation paragraphs
 * keep their quotation's speaker; a quote inside a quote is the outer speaker's only when the
 * outer speaker says so ("I was saying ‘…’"). Scare quotes ("so-called ‘smart’") have none.
 */
final class SpeakerAttributor {

  private static final Set<String> MALE = Set.of("he", "him", "his");
  private static final Set<String> FEMALE = Set.of("she", "her");
  private static final Set<String> PLURAL = Set.of("they", "them");
  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "we", "us", "our");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "one", "another", "this", "that", "these", "those", "some", "two", "three", "several", "many");
  private static final Set<String> MALE_TITLES = Set.of("mr", "mr.", "sir", "lord", "king", "prince", "baron", "father", "brother", "herr", "senor", "señor", "m.");
  private static final Set<String> FEMALE_TITLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess", "baroness", "madam", "mme", "sister", "frau", "senora", "señora");
  private static final int WINDOW = 12;
  /** Tokens between a closing quotation mark and its cue: "’, the Prime Minister’s official spokesman said". */
  private static final int POST_WINDOW = 14;
  private static final Set<String> OF_LIKE = Set.of("for", "of", "at", "from", "with");
  /** Letters after a name that are not part of it: "Imogen al-Rashid KC told the jury". */
  private static final Set<String> POST_NOMINALS = Set.of("kc", "qc", "san", "mp", "mep", "msp", "am", "obe", "cbe", "mbe", "kbe", "dbe", "phd", "md", "esq", "sc", "frs");

  private final Gazetteer g;

  SpeakerAttributor(Gazetteer g) {
    this.g = g;
  }

  /** Who said it and the evidence. */
  private record Attribution(String speaker, int start, int end, String cue, EntityType type) {
    static final Attribution NONE = new Attribution(null, -1, -1, null, null);
  }

  List<Quote> attribute(TokenizedText t, List<QuoteFinder.Found> found, List<Mention> mentions) {
    Context c = new Context(t, found, mentions);
    Map<Integer, Attribution> byGroup = new HashMap<>();
    Attribution[] result = new Attribution[found.size()];
    Attribution lastSpeaker = Attribution.NONE;
    int lastSpeakerParagraph = -10;
    for (int q = 0; q < found.size(); q++) {
      QuoteFinder.Found f = found.get(q);
      if (f.depth() > 0) {
        continue; // a quote inside a quote, once the outer ones' speakers are known (below)
      }
      Attribution a = local(c, q, lastSpeaker);
      if (a != null && a.type() == EntityType.PERSON && isPronounAt(t, a.start())) {
        Attribution described = describedJustBefore(c, f); // "Dos Santos was gracious in defeat. “…,” he said": him, whatever his given name suggests
        if (described != null && !described.speaker().equals(a.speaker())) {
          a = new Attribution(described.speaker(), a.start(), a.end(), a.cue(), EntityType.PERSON);
        }
      }
      Attribution group = byGroup.get(f.group());
      if (a == null && group != null) {
        a = group; // a continuation paragraph keeps its quotation's speaker
      }
      if (a == null && group == null) {
        a = describedJustBefore(c, f); // "Nomsa Khumalo, who runs a spaza shop, was blunt. “…”"
      }
      if (a == null && startsParagraph(t, f) && f.paragraph() - lastSpeakerParagraph == 1 && lastSpeaker.speaker() != null
          && lastSpeaker.type() == EntityType.PERSON && !hasMentionOutsideQuotes(c, f.paragraph())) {
        a = lastSpeaker; // a new paragraph of quotation right after the same speaker's
      }
      if (a == null) {
        a = Attribution.NONE;
      }
      byGroup.putIfAbsent(f.group(), a);
      if (a.speaker() != null && a != Attribution.NONE) {
        lastSpeaker = a;
        c.lastSpeakerQuoteEnd = f.end();
        lastSpeakerParagraph = f.paragraph();
        byGroup.put(f.group(), a); // a group takes the attribution found in any of its paragraphs (usually the first or last)
      }
      result[q] = a;
    }
    // a second stretch in the paragraph of an attributed one: "‘…,’ he said. ‘…’" (and before it)
    for (int q = 0; q < found.size(); q++) {
      QuoteFinder.Found f = found.get(q);
      if (f.depth() != 0 || result[q].speaker() != null || result[q].cue() != null || byGroup.get(f.group()) != null && byGroup.get(f.group()).speaker() != null) {
        continue; // attributed, or attributed by a cue to someone unnamed
      }
      Attribution near = null;
      for (int p = q - 1; p >= 0 && found.get(p).paragraph() == f.paragraph(); p--) {
        if (found.get(p).depth() == 0 && result[p].speaker() != null) {
          near = result[p];
          break;
        }
      }
      for (int p = q + 1; near == null && p < found.size() && found.get(p).paragraph() == f.paragraph(); p++) {
        if (found.get(p).depth() == 0 && result[p].speaker() != null) {
          near = result[p];
        }
      }
      if (near != null && !isScareQuote(t, t.tokenAt(f.start()), f)) {
        result[q] = near;
      }
    }
    // every paragraph of a quotation takes the speaker found for any of them
    Map<Integer, Attribution> groupSpeaker = new HashMap<>();
    for (int q = 0; q < found.size(); q++) {
      if (found.get(q).depth() == 0 && result[q].speaker() != null) {
        groupSpeaker.putIfAbsent(found.get(q).group(), result[q]);
      }
    }
    for (int q = 0; q < found.size(); q++) {
      QuoteFinder.Found f = found.get(q);
      if (f.depth() == 0 && result[q].speaker() == null && groupSpeaker.containsKey(f.group())) {
        result[q] = groupSpeaker.get(f.group());
      }
    }
    for (int q = 0; q < found.size(); q++) {
      if (found.get(q).depth() > 0) {
        Attribution a = inner(c, q, result);
        result[q] = a == null ? Attribution.NONE : a;
      }
    }
    resolveNominalAnaphora(c, found, result, mentions);
    echoesInTheBody(c, found, result);
    return build(t, found, result);
  }

  /**
   * "the spokesman added" after "A Downing Street spokesman said": a definite nominal speaker is
   * the indefinite one introduced before it with the same head noun.
   */
  private void resolveNominalAnaphora(Context c, List<QuoteFinder.Found> found, Attribution[] result, List<Mention> mentions) {
    TokenizedText t = c.t;
    for (int q = 0; q < found.size(); q++) {
      Attribution a = result[q];
      if (a.speaker() == null || a.type() != null || !a.speaker().toLowerCase(Locale.ROOT).startsWith("the ")) {
        continue;
      }
      Mention titled = titledBefore(t, a.speaker().substring(4), a.start(), mentions);
      if (titled == null && isDescriptionOfNamed(a.speaker().substring(4))) {
        titled = lastPersonBefore(c, a.start(), nominalGender(a.speaker()));
      }
      if (titled != null) {
        // "the detective inspector said" after "Detective Inspector Karen X": her; "the
        // Dutchman said", "the 34-year-old added": the person last named
        result[q] = new Attribution(titled.canonical(), a.start(), a.end(), a.cue(), EntityType.PERSON);
        continue;
      }
      String head = lastWord(a.speaker());
      if (a.speaker().indexOf(' ') == a.speaker().lastIndexOf(' ') && COMPANY_NOUNS.contains(head)) {
        Mention company = lastOrganizationBefore(c, a.start());
        if (company != null) {
          // "The company said in a filing…" after "Kian Heng Foods Holdings will close…": that company
          result[q] = new Attribution(company.canonical(), a.start(), a.end(), a.cue(), EntityType.ORGANIZATION);
          continue;
        }
      }
      for (int p = q - 1; p >= 0; p--) {
        Attribution b = result[p];
        if (b.speaker() != null && b.type() == null && b != a && lastWord(b.speaker()).equals(head)
            && !b.speaker().toLowerCase(Locale.ROOT).startsWith("the ")) {
          result[q] = new Attribution(b.speaker(), a.start(), a.end(), a.cue(), null);
          break;
        }
      }
    }
  }

  /**
   * Headlines and ledes quote words the body gives in full with their speaker ("‘They called us
   * the hopeless class’: Belfast teacher retires", "‘a betrayal’, says Sinn Féin TD"): a quote in
   * the first two paragraphs without a person to say it takes the speaker of the later quotation
   * that holds its words.
   */
  private void echoesInTheBody(Context c, List<QuoteFinder.Found> found, Attribution[] result) {
    String[] keys = null; // each quotation's words, made once and only when some headline quote needs them
    for (int q = 0; q < found.size(); q++) {
      QuoteFinder.Found f = found.get(q);
      if (f.paragraph() > 1 || f.depth() > 0 || result[q].type() == EntityType.PERSON) {
        continue;
      }
      String words = echoKey(c.t.text.substring(f.start(), f.end()));
      if (words.indexOf(' ') < 0 && (f.paragraph() > 0 || words.length() < 4)) {
        continue; // one word echoes by chance, except a headline's
      }
      if (keys == null) {
        keys = new String[found.size()];
      }
      for (int p = q + 1; p < found.size(); p++) {
        Attribution b = result[p];
        if (found.get(p).paragraph() <= f.paragraph() || b.speaker() == null || b.type() != EntityType.PERSON) {
          continue;
        }
        if (keys[p] == null) {
          keys[p] = " " + echoKey(c.t.text.substring(found.get(p).start(), found.get(p).end())) + " ";
        }
        if (keys[p].contains(" " + words + " ")) {
          result[q] = b;
          break;
        }
      }
    }
  }

  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");

  private static String echoKey(String quoted) {
    return NOT_WORD.matcher(quoted.replace('\u2019', '\'').toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /**
   * Words that describe one person already named rather than introduce someone: an age ("the
   * 34-year-old"), a nationality noun ("the Dutchman", "the Briton") or a player's position ("the
   * striker"), alone after "the".
   */
  private boolean isDescriptionOfNamed(String description) {
    String d = description.strip().toLowerCase(Locale.ROOT);
    int sp = d.indexOf(' ');
    if (sp > 0 && d.indexOf(' ', sp + 1) < 0 && d.substring(0, sp).endsWith("-year-old")) {
      d = d.substring(sp + 1); // "the 61-year-old actress"
    }
    return d.indexOf(' ') < 0 && (d.endsWith("-year-old") || DESCRIPTIONS_OF_NAMED.contains(d) || g.isNationality(d));
  }

  /** Roles that describe someone the story has named; nationality nouns come from the gazetteer. */
  private static final Set<String> DESCRIPTIONS_OF_NAMED =
      Set.of("striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward", "playmaker", "skipper", "youngster",
          "teenager", "veteran", "rookie", "newcomer", "debutant", "incumbent", "challenger", "mum", "mother", "father", "dad",
          "grandmother", "grandfather", "widow", "widower", "pensioner", "businessman", "businesswoman", "entrepreneur", "billionaire",
          "millionaire", "actor", "actress", "singer", "novelist", "author", "star", "musician", "comedian", "presenter", "rapper", "footballer",
          "cricketer", "athlete", "boxer", "golfer", "tycoon", "grandad", "all-rounder", "batter", "batsman", "spinner", "paceman", "seamer",
          "opener", "wicketkeeper", "right-hander", "left-hander", "quarterback", "pitcher", "sprinter", "jockey", "trainer");

  /**
   * The person a description refers back to: in the nearest sentence before it that names someone
   * outside quotations, the first person named (its subject: "Lopez beat Hardy. ‘…,’ the Spaniard
   * said" is Lopez), of the description's gender if it has one.
   */
  private static Mention lastPersonBefore(Context c, int before, char gender) {
    TokenizedText t = c.t;
    int at = t.tokenAt(before);
    for (int s = t.sentenceOf(Math.min(at, t.size - 1)); s >= 0; s--) {
      for (int i = t.sentenceStart[s]; i < t.sentenceEnd(s) && i < at; i++) {
        int m = c.mentionAt[i];
        if (m < 0 || c.inQuote[i]) {
          continue;
        }
        Mention mn = c.mentions.get(m);
        Character known = c.gender.get(mn.canonical());
        if (mn.type() == EntityType.PERSON && (gender == 0 || known == null || known == gender)) {
          return mn;
        }
      }
    }
    return null;
  }

  /** Nouns by which a story refers back to the company it named: "the company said", "the group added". */
  private static final Set<String> COMPANY_NOUNS = Set.of("company", "firm", "group", "bank", "carrier", "airline", "retailer", "insurer", "lender",
      "miner", "manufacturer", "carmaker", "automaker", "developer", "operator", "utility", "supermarket", "chain", "startup", "start-up", "conglomerate");

  /** The last organisation named outside quotations before {@code before}, or null. */
  private static Mention lastOrganizationBefore(Context c, int before) {
    Mention best = null;
    for (Mention m : c.mentions) {
      if (m.start() >= before) {
        continue;
      }
      int k = c.t.tokenAt(m.start());
      if (m.type() == EntityType.ORGANIZATION && k < c.t.size && !c.inQuote[k]) {
        best = m;
      }
    }
    return best;
  }

  /** The last person before {@code before} whose name follows {@code title} ("Detective Inspector"). */
  private static Mention titledBefore(TokenizedText t, String title, int before, List<Mention> mentions) {
    String want = title.strip().toLowerCase(Locale.ROOT);
    if (want.isEmpty()) {
      return null;
    }
    // the title, then at most two capitalised words (an honorific, another title): "Water Resources Minister Smt Sabitri Behera";
    // "the governor" is also "Gov. Luis Carranza"
    String abbreviated = TITLE_ABBREVIATIONS.get(want);
    String alternatives = Pattern.quote(want) + (abbreviated == null ? "" : "|" + Pattern.quote(abbreviated) + "\\.?(?!\\p{L})");
    Pattern titled = Pattern.compile("(?i:\\b(?:" + alternatives + "))(\\s+\\p{Lu}[\\p{L}.]*){0,2}\\s+$");
    Mention best = null;
    for (Mention m : mentions) {
      if (m.type() != EntityType.PERSON || m.start() >= before || m.start() < 3) {
        continue;
      }
      String preceding = t.text.substring(Math.max(0, m.start() - want.length() - 40), m.start());
      if (titled.matcher(preceding).find()) {
        best = m;
      }
    }
    return best;
  }

  /** The short forms news writes before a name for titles it writes out after "the". */
  private static final Map<String, String> TITLE_ABBREVIATIONS = Map.ofEntries(Map.entry("governor", "gov"), Map.entry("senator", "sen"),
      Map.entry("representative", "rep"), Map.entry("congressman", "rep"), Map.entry("congresswoman", "rep"), Map.entry("general", "gen"),
      Map.entry("lieutenant", "lt"), Map.entry("colonel", "col"), Map.entry("captain", "capt"), Map.entry("sergeant", "sgt"),
      Map.entry("detective", "det"), Map.entry("inspector", "insp"), Map.entry("superintendent", "supt"), Map.entry("professor", "prof"),
      Map.entry("doctor", "dr"), Map.entry("reverend", "rev"), Map.entry("commissioner", "cmsr"), Map.entry("admiral", "adm"));

  private static String lastWord(String s) {
    String t = s.strip();
    return t.substring(t.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
  }

  private static final Pattern NOMINAL_END = Pattern.compile("[,;:]+$");

  private static List<Quote> build(TokenizedText t, List<QuoteFinder.Found> found, Attribution[] result) {
    Map<Integer, Integer> groupIds = new HashMap<>();
    List<Quote> out = new ArrayList<>(found.size());
    for (int q = 0; q < found.size(); q++) {
      QuoteFinder.Found f = found.get(q);
      int group = groupIds.computeIfAbsent(f.group(), k -> groupIds.size());
      Attribution a = result[q];
      // a nominal speaker as written, on one line: wire copy breaks "one Latin\nAmerican delegate"
      String speaker = a.speaker() == null || a.type() != null ? a.speaker() : NOMINAL_END.matcher(AliasResolver.oneLine(a.speaker())).replaceAll("");
      out.add(new Quote(f.start(), f.end(), t.text.substring(f.start(), f.end()), speaker, a.speaker() == null ? -1 : a.start(), a.speaker() == null ? -1 : a.end(), a.cue(), group));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------

  /** Per-text lookups: which mention covers a token, which tokens are inside quotes. */
  private final class Context {
    final TokenizedText t;
    final List<QuoteFinder.Found> found;
    final List<Mention> mentions;
    final int[] mentionAt;
    final boolean[] inQuote;
    final Map<String, Character> gender = new HashMap<>();
    /** Where the last attributed quotation ended: people named before it are not newer than its speaker. */
    int lastSpeakerQuoteEnd = -1;

    Context(TokenizedText t, List<QuoteFinder.Found> found, List<Mention> mentions) {
      this.t = t;
      this.found = found;
      this.mentions = mentions;
      mentionAt = new int[t.size];
      Arrays.fill(mentionAt, -1);
      for (int m = 0; m < mentions.size(); m++) {
        Mention mn = mentions.get(m);
        for (int k = t.tokenAt(mn.start()); k < t.size && t.start[k] < mn.end(); k++) {
          mentionAt[k] = m;
        }
        if (mn.type() == EntityType.PERSON) {
          char gnd = genderOf(t, mn);
          if (gnd != 0) {
            gender.merge(mn.canonical(), gnd, (x, y) -> x);
          }
        }
      }
      inQuote = new boolean[t.size];
      for (QuoteFinder.Found f : found) {
        for (int k = t.tokenAt(f.start()); k < t.size && t.start[k] < f.end(); k++) {
          inQuote[k] = true;
        }
      }
    }

    private char genderOf(TokenizedText t, Mention m) {
      int k = t.tokenAt(m.start()) - 1;
      if (k >= 0 && t.isWord(k)) {
        String w = t.lower(k);
        if (MALE_TITLES.contains(w)) {
          return 'M';
        }
        if (FEMALE_TITLES.contains(w)) {
          return 'F';
        }
      }
      int space = m.canonical().indexOf(' ');
      String first = space < 0 ? m.canonical() : m.canonical().substring(0, space);
      char c = g.firstName(Gazetteer.norm(first));
      return c == 'M' || c == 'F' ? c : 0;
    }
  }

  /** Evidence in the quote's own sentence, after it and then before it. */
  private Attribution local(Context c, int q, Attribution lastSpeaker) {
    TokenizedText t = c.t;
    QuoteFinder.Found f = c.found.get(q);
    int firstInside = t.tokenAt(f.start());
    int afterQuote = t.tokenAt(f.end());
    // skip the closing mark and punctuation
    while (afterQuote < t.size && t.kind[afterQuote] == TokenizedText.PUNCT && t.paragraphOf[afterQuote] == f.paragraph() && !isOpeningQuote(t, afterQuote)) {
      afterQuote++;
    }
    if (isScareQuote(t, firstInside, f)) {
      return null;
    }
    int mark = firstInside - 1;
    while (mark >= 0 && t.kind[mark] == TokenizedText.PUNCT && t.paragraphOf[mark] == f.paragraph() && !t.isPunct(mark, ':') && !t.isPunct(mark, ',')) {
      mark--;
    }
    boolean introduced = mark >= 0 && t.paragraphOf[mark] == f.paragraph()
        && (t.isPunct(mark, ':') || t.isPunct(mark, ',') && mark > 0 && t.isWord(mark - 1) && g.cue(t.lower(mark - 1)) != null); // "X said, ‘…’"
    if (endsSentenceMidway(c, f, firstInside) || introduced) {
      // "X told them that compassion ‘is not a luxury’. Pope Francis agreed.": the sentence the
      // quote sits in says who spoke it, before the next one's cue; and "The Taoiseach said: ‘…’
      // The premier said…": the colon hands the quote to what is before it
      Attribution before = before(c, firstInside - 1, f, lastSpeaker);
      if (before != null) {
        return before;
      }
    }
    Attribution after = after(c, afterQuote, f, lastSpeaker);
    if (after != null && after.speaker() == null && after.cue() != null && after.cue().endsWith("ing")) {
      // "X wrote that the valuation ‘looks rich,’ adding that…": the participle has no subject of
      // its own; the sentence's speaker, before the quote, is its subject
      Attribution before = before(c, firstInside - 1, f, lastSpeaker);
      if (before != null && before.speaker() != null) {
        return before;
      }
    }
    if (after != null) {
      return after;
    }
    Attribution before = before(c, firstInside - 1, f, lastSpeaker);
    if (before != null) {
      return before;
    }
    Attribution according = accordingToLater(c, afterQuote, f, lastSpeaker);
    if (according != null) {
      return according;
    }
    // "Chief Fire Officer Alison Reid said:" closing one paragraph, the quotation opening the next
    int open = firstInside - 1;
    while (open >= 0 && t.kind[open] == TokenizedText.PUNCT && t.paragraphOf[open] == f.paragraph() && !t.isPunct(open, ':')) {
      open--;
    }
    if (open >= 0 && t.isPunct(open, ':') && t.paragraphOf[open] == f.paragraph() - 1) {
      QuoteFinder.Found asIfHere = new QuoteFinder.Found(f.start(), f.end(), f.paragraph() - 1, f.depth(), f.group(), f.parentIndex(), f.openedHere(), f.continues());
      return before(c, open, asIfHere, lastSpeaker);
    }
    return previousSentenceSpeaker(c, f, firstInside, lastSpeaker);
  }

  /** "Banks ‘appeared to be impaired’ when officers reached him, according to Lt. Karen Szymanski": later in the same sentence. */
  private Attribution accordingToLater(Context c, int from, QuoteFinder.Found f, Attribution lastSpeaker) {
    TokenizedText t = c.t;
    if (from >= t.size) {
      return null;
    }
    int sentence = t.sentenceOf(from);
    for (int k = from; k + 1 < t.size && k < from + 30 && t.sentenceOf(k) == sentence && t.paragraphOf[k] == f.paragraph(); k++) {
      if (c.inQuote[k] || isOpeningQuote(t, k)) {
        return null; // another quotation: the phrase is its own
      }
      if (t.isWord(k) && t.lower(k).equals("according") && t.lower(k + 1).equals("to")) {
        Attribution s = speakerAfter(c, k + 2, f, "according to", lastSpeaker);
        return s != null && s.speaker() != null ? s : null;
      }
    }
    return null;
  }

  /**
   * "…confirmed by his daughter, Claire X, who said he had been ill. ‘Dad played the piano
   * every day.’": a quotation opening a sentence, with no cue of its own, goes on from the person
   * the sentence before reports as saying something.
   */
  private Attribution previousSentenceSpeaker(Context c, QuoteFinder.Found f, int firstInside, Attribution lastSpeaker) {
    TokenizedText t = c.t;
    int open = firstInside - 1;
    if (open <= 0 || t.paragraphOf[open - 1] != f.paragraph() || !(t.isPunct(open - 1, '.') || t.isPunct(open - 1, '!') || t.text.charAt(t.end[open - 1] - 1) == '.')) {
      return null; // only right after a sentence of the same paragraph
    }
    int sentence = t.sentenceOf(open - 1);
    for (int k = open - 2; k >= t.sentenceStart[sentence]; k--) {
      if (c.inQuote[k]) {
        return null; // that sentence had a quotation of its own
      }
      if (t.isWord(k) && g.cue(t.lower(k)) != null && !actionNotSpeech(t, k)) {
        Attribution s = speakerBefore(c, k - 1, t.sentenceStart[sentence], f, null, lastSpeaker);
        if (s != null && s.speaker() != null && s.type() != EntityType.LOCATION) {
          return withCue(s, t.text(k));
        }
        if (k >= 3 && t.isPunct(k - 2, ',') && t.lower(k - 1).equals("who")) {
          Attribution who = nameEndingAt(c, k - 3); // "his daughter, Claire X, who said"
          if (who != null && who.type() == EntityType.PERSON) {
            return withCue(who, t.text(k));
          }
        }
        return null;
      }
    }
    return null;
  }

  /** A quote that starts inside its sentence and ends it: "… that compassion ‘is not a luxury’." */
  private static boolean endsSentenceMidway(Context c, QuoteFinder.Found f, int firstInside) {
    TokenizedText t = c.t;
    int s = t.sentenceOf(Math.max(0, firstInside - 1));
    boolean words = false;
    for (int k = t.sentenceStart[s]; k < firstInside - 1; k++) {
      if (t.isWord(k) && !c.inQuote[k]) {
        words = true;
        break;
      }
    }
    int after = f.end() + 1;
    while (after < t.text.length() && (t.text.charAt(after) == '\u2019' || t.text.charAt(after) == '\u201D' || t.text.charAt(after) == '"' || t.text.charAt(after) == '\'')) {
      after++;
    }
    if (!words) {
      return false;
    }
    if (after < t.text.length() && t.text.charAt(after) == '.') {
      return true;
    }
    // American style, the full stop inside the marks: said China welcomed "any step toward trade."
    int last = f.end() - 1;
    return last > f.start() && t.text.charAt(last) == '.' && Character.isLowerCase(t.text.charAt(f.start()));
  }

  private static boolean isOpeningQuote(TokenizedText t, int k) {
    char ch = t.text.charAt(t.start[k]);
    return ch == '\u2018' || ch == '\u201C' || ch == '\u00AB';
  }

  private boolean isScareQuote(TokenizedText t, int firstInside, QuoteFinder.Found f) {
    int k = firstInside - 1;
    while (k >= 0 && t.kind[k] == TokenizedText.PUNCT) {
      k--;
    }
    if (k >= 0 && t.isWord(k) && (t.lower(k).equals("the") || t.lower(k).equals("a"))) {
      k--; // "called the ‘eaZy pc’"
    }
    if (k < 0 || !t.isWord(k) || t.paragraphOf[k] != f.paragraph()) {
      return false;
    }
    String w = t.lower(k);
    if (w.equals("so-called") || w.equals("dubbed") || w.equals("termed") || w.equals("as") && k > 0 && t.lower(k - 1).equals("known")) {
      return true;
    }
    // a thing and its name: "the software, called ‘docuFORUM’", "a campaign named ‘Hope’"; not
    // "he called the plan ‘a disaster’", where someone speaks
    return (w.equals("called") || w.equals("named") || w.equals("titled") || w.equals("entitled") || w.equals("nicknamed"))
        && k > 0 && (t.isPunct(k - 1, ',') || t.isWord(k - 1) && Character.isLowerCase(t.first(k - 1)) && k > 1 && t.isWord(k - 2)
            && THING_DETERMINERS.contains(t.lower(k - 2)));
  }

  private static final Set<String> THING_DETERMINERS = Set.of("a", "an", "the", "new", "its", "their");

  /** "‘…,’ he said", "‘…,’ said X", "‘…’, according to X": the next few tokens after the quote. */
  private Attribution after(Context c, int from, QuoteFinder.Found f, Attribution lastSpeaker) {
    TokenizedText t = c.t;
    if (!endsClause(t.text, f)) {
      return null; // "he ‘must be tougher’ to secure her release…": a partial quote mid-sentence
    }
    if (from < t.size && t.isWord(from) && CLAUSE_JOINERS.contains(t.lower(from))) {
      return null; // "X said Y ‘…,’ and that the company had agreed…": the sentence goes on, no new speaker
    }
    int end = Math.min(t.size, from + POST_WINDOW);
    int sentence = from < t.size ? t.sentenceOf(from) : -1;
    for (int k = from; k < end; k++) {
      if (t.paragraphOf[k] != f.paragraph() || c.inQuote[k] || isOpeningQuote(t, k)) {
        return null;
      }
      if (t.isPunct(k, '.') || t.isPunct(k, '?') || t.isPunct(k, '!')) {
        return null;
      }
      if (t.isWord(k) && t.lower(k).equals("according") && k + 1 < t.size && t.lower(k + 1).equals("to")) {
        Attribution s = speakerAfter(c, k + 2, f, "according to", lastSpeaker);
        if (s != null) {
          return s;
        }
      }
      if (t.isWord(k) && g.cue(t.lower(k)) != null) {
        if (introducesNext(t, k, f)) {
          return null; // "‘….’ A diplomat said: ‘…’": the cue belongs to the next quotation
        }
        String cue = t.text(k);
        if (ADDRESSEE_AFTER.contains(t.lower(k)) && (k + 1 >= t.size || t.paragraphOf[k + 1] != f.paragraph() || t.isPunct(k + 1, '.'))) {
          return new Attribution(null, -1, -1, cue, null); // "‘…’, jury told": the jury heard it; who said it, the headline does not say
        }
        // subject before the cue, between the quote and the cue: "he said", "Mr Smith added"
        Attribution s = speakerBefore(c, k - 1, from, f, cue, lastSpeaker);
        if (s != null) {
          return s;
        }
        if (!ADDRESSEE_AFTER.contains(t.lower(k))) {
          s = speakerAfter(c, k + 1, f, cue, lastSpeaker); // "‘…,’ said Mr Smith"; but "told X": X listened
          if (s != null) {
            return s;
          }
        }
        if (k > 0 && t.isPunct(k - 1, ',') && t.lower(k).endsWith("ing")) {
          // "X dismissed the criticism as ‘opportunistic’, saying…": the participle's subject is the sentence's
          int q = t.tokenAt(f.start());
          if (q < t.size) {
            s = sentenceSubject(c, t.sentenceStart[t.sentenceOf(q)], q, f, lastSpeaker);
            if (s != null) {
              return withCue(s, cue);
            }
          }
        }
        if (k - from <= 4) {
          return new Attribution(null, -1, -1, cue, null); // "‘…,’ the steering group said": someone we cannot name, not the last speaker
        }
        return null;
      }
      if (sentence >= 0 && t.sentenceOf(k) != sentence) {
        return null;
      }
    }
    return null;
  }

  /** A colon after the cue, in the same paragraph and before any full stop: it opens what follows. */
  private static boolean introducesNext(TokenizedText t, int cue, QuoteFinder.Found f) {
    for (int k = cue + 1; k < t.size && k <= cue + 6 && t.paragraphOf[k] == f.paragraph(); k++) {
      if (t.isPunct(k, ':')) {
        return true;
      }
      if (t.isPunct(k, '.') || t.isPunct(k, ',') || isOpeningQuote(t, k)) {
        return false;
      }
    }
    return false;
  }

  /** The quote closes a clause: "‘…,’ he said", "‘…’, said X", "‘….’ She added". */
  private static boolean endsClause(String text, QuoteFinder.Found f) {
    int li = f.end() - 1;
    while (li > f.start() && (text.charAt(li) == '\u2019' || text.charAt(li) == '\u201D' || text.charAt(li) == '"' || text.charAt(li) == '\'')) {
      li--; // an inner quotation closing with the outer: ‘…,’”
    }
    char lastInside = text.charAt(li);
    if (lastInside == ',' || lastInside == '.' || lastInside == '!' || lastInside == '?' || lastInside == '\u2026' || lastInside == '-' || lastInside == '\u2014') {
      return true;
    }
    int after = f.end() + 1; // past the closing mark
    while (after < text.length() && (text.charAt(after) == '\u2019' || text.charAt(after) == '\u201D' || text.charAt(after) == '"' || text.charAt(after) == '\'')) {
      after++;
    }
    if (after >= text.length()) {
      return true;
    }
    char c = text.charAt(after);
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\u2014' || c == '\u2013' || c == '\n';
  }

  /** "X said: ‘…’", "He urged Mr Johnson to be ‘brave’": a cue before the quote in its sentence. */
  private Attribution before(Context c, int from, QuoteFinder.Found f, Attribution lastSpeaker) {
    TokenizedText t = c.t;
    if (from < 0) {
      return null;
    }
    int probe = from + 1 < t.size && t.paragraphOf[from + 1] == t.paragraphOf[from] ? from + 1 : from;
    int sentenceStart = t.sentenceStart[t.sentenceOf(probe)];
    // "Mr Smith: ‘…’" (a colon after a name, no verb)
    int k = from;
    while (k >= sentenceStart && t.kind[k] == TokenizedText.PUNCT && !t.isPunct(k, ':')) {
      k--;
    }
    int colon = k >= sentenceStart && t.isPunct(k, ':') ? k : -1; // the colon right before the quote, if any
    String nearestCue = null; // "…, saying X and adding: ‘…’": the speaker is the first verb's, the cue the nearest
    int firstCue = -1;
    for (; k >= sentenceStart; k--) {
      if (t.paragraphOf[k] != f.paragraph()) {
        return null;
      }
      if (c.inQuote[k]) {
        continue; // words of an earlier quote in the same sentence
      }
      if (t.isWord(k) && t.lower(k).equals("to") && k > 0 && t.lower(k - 1).equals("according")) {
        Attribution s = speakerAfter(c, k + 1, f, "according to", lastSpeaker);
        if (s != null) {
          return s;
        }
      }
      if (t.isWord(k) && t.lower(k).equals("saying") && k >= 2 && t.lower(k - 1).equals("as")) {
        Attribution quoted = speakerBefore(c, k - 2, sentenceStart, f, "quoted", lastSpeaker);
        if (quoted != null && quoted.speaker() != null) {
          return quoted; // "The newspaper quoted Finance Minister X as saying, ‘…’"
        }
      }
      if (t.isWord(k) && g.cue(t.lower(k)) != null && !actionNotSpeech(t, k)) {
        String cue = t.text(k);
        firstCue = k;
        int subjectEnd = k - 1;
        while (subjectEnd >= sentenceStart && t.isWord(subjectEnd) && isAuxOrAdverb(t.lower(subjectEnd))) {
          subjectEnd--;
        }
        if (subjectEnd >= sentenceStart && t.isWord(subjectEnd) && (t.lower(subjectEnd).equals("and") || t.lower(subjectEnd).equals("but"))) {
          if (nearestCue == null) {
            nearestCue = cue;
          }
          continue; // "X told ... and urged ... ‘…’": the subject is the earlier verb's
        }
        if (nearestCue != null) {
          cue = nearestCue;
        }
        boolean participle = k > sentenceStart && t.isPunct(k - 1, ',') && t.lower(k).endsWith("ing");
        if (participle) {
          // "Al-Harbi declined to value the order with Airbus, saying…": the sentence's subject, not the name before the comma
          Attribution s = sentenceSubject(c, sentenceStart, k, f, lastSpeaker);
          Attribution right = nameBeforeComma(c, k - 1);
          if (s != null && right != null && s.start() < right.start()) {
            return withCue(s, cue);
          }
        }
        Attribution s = speakerBefore(c, k - 1, sentenceStart, f, cue, lastSpeaker);
        if (s != null) {
          return withCue(s, cue);
        }
        if (participle) {
          // "Rachel Reeves hit back, saying…": the participle's subject is the sentence's
          s = sentenceSubject(c, sentenceStart, k, f, lastSpeaker);
          if (s != null) {
            return withCue(s, cue);
          }
        }
        if (k == sentenceStart || (k > sentenceStart && t.isPunct(k - 1, ','))) {
          // "…, said Mr Smith: ‘…’": an inverted cue, the speaker after it
          s = speakerAfter(c, k + 1, f, cue, lastSpeaker);
          if (s != null && s.start() < f.start()) {
            return s;
          }
        }
      }
    }
    if (nearestCue != null) {
      // "Hannah Voigt raised the outlook but cautioned that tariffs could shave ‘a point or two’":
      // the verb before "and"/"but" was no cue, so the sentence's subject is the speaker
      Attribution s = sentenceSubject(c, sentenceStart, from, f, lastSpeaker);
      if (s != null) {
        return withCue(s, nearestCue);
      }
    }
    if (colon >= 0) {
      // no cue: "Alison Reid was blunt about the cause: ‘…’", "Van der Linde on his captain: ‘…’"
      Attribution s = sentenceSubject(c, sentenceStart, colon, f, lastSpeaker);
      // but after a cue, what stands before the colon is who was told: "Crews, who arrived first, told reporters: ‘…’"
      return s != null || firstCue >= 0 ? s : speakerBefore(c, colon - 1, sentenceStart, f, null, lastSpeaker);
    }
    return null;
  }

  /**
   * The subject opening a sentence: a name or pronoun within its first words, after at most
   * titles, possessives and descriptors ("Labour’s shadow chancellor Rachel Reeves").
   */
  private Attribution sentenceSubject(Context c, int sentenceStart, int before, QuoteFinder.Found f, Attribution lastSpeaker) {
    TokenizedText t = c.t;
    sentenceStart = afterDateline(t, sentenceStart, before);
    boolean intro = t.isWord(sentenceStart) && INTRODUCTIONS.contains(t.lower(sentenceStart));
    for (int k = sentenceStart; k < before && k < sentenceStart + 8; k++) {
      if (intro && t.isPunct(k, ',') && !c.inQuote[k]) {
        intro = false; // "As he was led away, Ssempijja raised a fist": the subject comes after the opening clause
        sentenceStart = k + 1;
        continue;
      }
      if (c.inQuote[k] || t.isPunct(k, ',')) {
        return null;
      }
      int m = c.mentionAt[k];
      if (m >= 0 && isSpeakerType(c.mentions.get(m))) {
        Mention mn = c.mentions.get(m);
        int after = t.tokenAt(mn.end());
        if (after < t.size && t.kind[after] == TokenizedText.POSSESSIVE) {
          k = after; // "Labour’s": the owner, not the subject
          continue;
        }
        if (mn.type() != EntityType.PERSON) {
          int p = after;
          while (p < before && p < after + 4 && t.isWord(p) && Character.isLowerCase(t.first(p)) && c.mentionAt[p] < 0) {
            p++;
          }
          if (p > after && p < before && c.mentionAt[p] >= 0 && c.mentions.get(c.mentionAt[p]).type() == EntityType.PERSON) {
            Mention person = c.mentions.get(c.mentionAt[p]); // "ANC regional secretary Sibusiso Mthethwa": the secretary, not the party
            return new Attribution(person.canonical(), person.start(), person.end(), null, EntityType.PERSON);
          }
        }
        return new Attribution(mn.canonical(), mn.start(), mn.end(), null, mn.type());
      }
      if (k == sentenceStart && t.isWord(k) && (MALE.contains(t.lower(k)) || FEMALE.contains(t.lower(k)))) {
        return pronoun(c, k, f, lastSpeaker);
      }
    }
    return null;
  }

  /** Words that open a clause before a sentence's subject: "As he was led away,", "In a statement released through the team,". */
  private static final Set<String> INTRODUCTIONS = Set.of("as", "when", "after", "before", "while", "in", "on", "at", "asked", "speaking", "outside",
      "inside", "later", "earlier", "afterwards", "then", "still", "however", "meanwhile", "separately", "elsewhere", "since", "despite", "during");

  /** "SACRAMENTO, Calif. — Gov. Elena Marsh signed…": the sentence's subject comes after its dateline. */
  private static int afterDateline(TokenizedText t, int sentenceStart, int before) {
    for (int k = sentenceStart; k < before && k < sentenceStart + 12; k++) {
      if (t.isPunct(k, '\u2014') || t.isPunct(k, '\u2013') || t.isPunct(k, '-') && k > 0 && t.start[k] > t.end[k - 1]) {
        return k + 1;
      }
      if (t.isWord(k) && !t.isCapitalized(k) || t.isPunct(k, '.') && k > sentenceStart && !t.text(k - 1).endsWith(".")) {
        return sentenceStart; // a lower-case word: no dateline
      }
    }
    return sentenceStart;
  }

  /** "had agreed to settle", "vowed to fight": a cue verb followed by "to" names an act, not words. */
  private static boolean actionNotSpeech(TokenizedText t, int k) {
    return k + 1 < t.size && t.lower(k + 1).equals("to") && TO_ACTS.contains(t.lower(k));
  }

  private static final Set<String> TO_ACTS =
      Set.of("agreed", "agree", "agrees", "promised", "vowed", "pledged", "threatened", "refused", "declined", "offered", "hoped", "decided", "undertook", "committed");

  /** The name before the comma at {@code comma}, past a post-nominal: "Kemi Pinheiro SAN, told", "Imogen Reyes KC, for the Crown,". */
  private Attribution nameBeforeComma(Context c, int comma) {
    TokenizedText t = c.t;
    int end = comma - 1;
    if (end > 0 && t.isWord(end) && c.mentionAt[end] < 0 && POST_NOMINALS.contains(t.lower(end))) {
      end--;
    }
    return nameEndingAt(c, end);
  }

  /** The speaker ending at token {@code k} (walking left, not past {@code limit}). */
  private Attribution speakerBefore(Context c, int k, int limit, QuoteFinder.Found f, String cue, Attribution lastSpeaker) {
    TokenizedText t = c.t;
    // skip adverbs and auxiliaries between subject and cue: "he later said", "she has said"
    int j = k;
    int skipped = 0;
    while (j >= limit && t.isWord(j) && !c.inQuote[j] && skipped < 3 && c.mentionAt[j] < 0 && (isAuxOrAdverb(t.lower(j)) || POST_NOMINALS.contains(t.lower(j)))) {
      j--;
      skipped++;
    }
    if (j >= limit && t.isPunct(j, ')')) {
      // "Sen. Elizabeth Warren (D-Mass.) said": a short parenthesis between the name and the cue
      int open = j - 1;
      while (open >= limit && open > j - 8 && !t.isPunct(open, '(') && !c.inQuote[open]) {
        open--;
      }
      if (open >= limit && t.isPunct(open, '(')) {
        j = open - 1;
      }
    }
    if (j < limit || j < 0) {
      return null;
    }
    // an appositive before the cue: "Iran’s ambassador, Hamid X, said", "Hamid X, Iran’s ambassador, said"
    if (t.isPunct(j, ',')) {
      Attribution right = nameBeforeComma(c, j);
      if (right != null && insideRelativeAside(c, j, limit)) {
        right = null; // "Mrs. Opal Kincaid, 54, who lost her home at Sarah Ann, said": the name ends the aside, not the subject
      }
      if (right != null && right.type() == EntityType.PERSON) {
        Attribution subject = subjectBeforeDescription(c, right, limit);
        return withCue(subject != null ? subject : right, cue);
      }
      // asides between the subject and the cue, up to three: "X, chief executive of the Y
      // Federation, said", "Jane Doyle, 34, of Leeds, said", "A neighbour, who asked not to be named, said"
      int m = j - 1;
      int leftmost = j;
      Attribution employerAside = null;
      for (int aside = 0; aside < 3; aside++) {
        int steps = 0;
        int asideEnd = m;
        boolean cueInside = false;
        while (m >= limit && !t.isPunct(m, ',') && steps < 20 && !c.inQuote[m]) {
          cueInside |= t.isWord(m) && g.cue(t.lower(m)) != null;
          m--;
          steps++;
        }
        if (m < limit || !t.isPunct(m, ',')) {
          break;
        }
        if (cueInside && !(m + 1 <= asideEnd && t.isWord(m + 1) && RELATIVES.contains(t.lower(m + 1))) && !gerundAside(t, m + 1, asideEnd)) {
          break; // a clause of its own, not an aside; but "A neighbour, who asked not to be named, said" is one
        }
        leftmost = m;
        Attribution named = nameBeforeComma(c, m);
        int of = named == null || named.type() == EntityType.PERSON ? -1 : ofLikeBefore(t, t.tokenAt(named.start()), limit);
        boolean employer = of >= 0; // ", secretary general of the NFTA,": whose the speaker is, left of it
        if (named != null && (right == null || named.type() == EntityType.PERSON) && !employer) {
          return withCue(named, cue); // the person, not the organisation they lead
        }
        if (employer) {
          Attribution nominal = nominalEndingAt(c, of - 1, limit);
          if (nominal != null && !t.isPunct(t.tokenAt(nominal.start()) - 1, ',')) {
            // "an official from Daewoo Motor Co Ltd, who requested anonymity, told Reuters": the official
            return new Attribution(t.text.substring(nominal.start(), named.end()), nominal.start(), named.end(), cue, null);
          }
          employerAside = named; // whose the speaker is: the person may be further left
        }
        Attribution from = personFromPlace(c, m - 1, limit);
        if (from != null) {
          return withCue(from, cue); // "Tom Brandt of Boulder, Colo., said"
        }
        m--;
      }
      if (right == null && leftmost < j && t.sentenceOf(leftmost) == t.sentenceOf(j)) {
        int first = leftmost; // the clause's subject is before its first aside
        Attribution nominal = nominalEndingAt(c, first - 1, limit);
        if (nominal != null && t.tokenAt(nominal.start()) == Math.max(limit, t.sentenceStart[t.sentenceOf(first)])) {
          return withCue(nominal, cue);
        }
      }
      if (right == null && employerAside != null) {
        return withCue(employerAside, cue);
      }
      return right == null ? null : withCue(right, cue);
    }
    Attribution relative = beforeRelativeClause(c, j, limit);
    if (relative != null) {
      return withCue(relative, cue); // "A national selector who watched from the stands described…"
    }
    Attribution from = personFromPlace(c, j, limit);
    if (from != null) {
      return withCue(from, cue); // "Tom Brandt of Boulder said"
    }
    Attribution named = nameEndingAt(c, j);
    if (named != null && !titledPerson(c, named)) {
      Attribution titled = personBeforeRole(c, t.tokenAt(named.start()) - 1, limit);
      if (titled != null) {
        return withCue(titled, cue); // "George Hoffman, director of commodity analysis for Pillsbury said"
      }
    }
    if (named != null && named.type() != EntityType.PERSON) {
      int before = c.t.tokenAt(named.start()) - 1;
      Attribution person = describedPerson(c, before, limit);
      if (person != null) {
        return withCue(person, cue); // "Eleanor X of King’s College London said"
      }
      int of = ofLikeBefore(t, before + 1, limit);
      if (of >= 0) {
        Attribution nominal = nominalEndingAt(c, of - 1, limit);
        if (nominal != null) { // "a spokeswoman for Feeding America said"
          return new Attribution(t.text.substring(nominal.start(), named.end()), nominal.start(), named.end(), cue, null);
        }
      }
    }
    if (named != null && named.type() == EntityType.PERSON) {
      Attribution owner = nominalOwning(c, c.t.tokenAt(named.start()) - 1, limit, named);
      if (owner != null) {
        return withCue(owner, cue); // "The husband of jailed Nazanin X told…": the husband speaks
      }
    }
    if (named != null) {
      return withCue(named, cue);
    }
    if (t.isWord(j)) {
      String w = t.lower(j);
      if (MALE.contains(w) || FEMALE.contains(w) || PLURAL.contains(w) || FIRST_PERSON.contains(w) || w.equals("it")) {
        Attribution p = pronoun(c, j, f, lastSpeaker);
        if (p == null && (MALE.contains(w) || FEMALE.contains(w)) && cue != null) {
          // "‘It’s over,’ she tweeted" with no woman named: the speaker is unknown, and no one
          // else's (the last speaker is not "she")
          return new Attribution(null, -1, -1, cue, null);
        }
        return p == null ? null : withCue(p, cue);
      }
    }
    Attribution nominal = nominalWithModifier(c, j, limit); // "an official at a major oil company", before "a major oil company"
    if (nominal == null) {
      nominal = nominalEndingAt(c, j, limit);
    }
    return nominal == null ? null : withCue(nominal, cue);
  }

  private static final Set<String> RELATIVES = Set.of("who", "whom", "whose", "which");

  /** The "of", "for", "at"… right before the name at token {@code name}, over a "the" ("a spokesperson for the Interior Department"); -1 if none. */
  private static int ofLikeBefore(TokenizedText t, int name, int limit) {
    int k = name - 1;
    if (k > limit && t.isWord(k) && t.lower(k).equals("the")) {
      k--;
    }
    return k > limit && t.isWord(k) && OF_LIKE.contains(t.lower(k)) ? k : -1;
  }

  private static final Set<String> DESCRIBING = Set.of("of", "for", "to", "with", "against", "alongside", "under", "by");

  /**
   * "Whitfield, a frequent critic of Delgado, called…": the name ending the aside is the object
   * of a description; the subject is the person named before the aside.
   */
  private Attribution subjectBeforeDescription(Context c, Attribution object, int limit) {
    TokenizedText t = c.t;
    int k = t.tokenAt(object.start()) - 1;
    if (k <= limit || !t.isWord(k) || !DESCRIBING.contains(t.lower(k))) {
      return null;
    }
    for (int m = k - 1; m > limit && m > k - 12 && !c.inQuote[m]; m--) {
      if (t.isPunct(m, ',')) {
        if (!t.isWord(m + 1) || !DETERMINERS.contains(t.lower(m + 1))) {
          return null; // not an appositive: "a spokesman, speaking for Y" and the like are left alone
        }
        Attribution subject = nameBeforeComma(c, m);
        return subject != null && subject.type() == EntityType.PERSON ? subject : null;
      }
      if (!t.isWord(m) || g.cue(t.lower(m)) != null) {
        return null;
      }
    }
    return null;
  }

  private static final Set<String> GERUND_OPENERS = Set.of("in", "while", "when", "after", "before", "by", "on", "upon", "without");

  /** "in explaining why the rule was adopted", "while noting the risks": an aside around a gerund, not a clause with a speaker. */
  private static boolean gerundAside(TokenizedText t, int from, int to) {
    return from + 1 <= to && t.isWord(from) && GERUND_OPENERS.contains(t.lower(from)) && t.isWord(from + 1) && t.lower(from + 1).endsWith("ing");
  }

  /**
   * The subject of a restrictive relative clause ending at {@code j}, right before the cue: "A
   * national selector who watched from the stands described…", "Residents who fled said…".
   */
  private Attribution beforeRelativeClause(Context c, int j, int limit) {
    TokenizedText t = c.t;
    if (j > limit + 1 && t.isWord(j) && t.lower(j).equals("who") && t.isPunct(j - 1, ',')) {
      Attribution named = nameEndingAt(c, j - 2); // "board member Daniel Oyelaran, who said"
      if (named != null && named.type() == EntityType.PERSON) {
        return named;
      }
    }
    for (int p = j; p > limit && p >= j - 10; p--) {
      if (c.inQuote[p] || t.kind[p] == TokenizedText.PUNCT || t.isWord(p) && (g.cue(t.lower(p)) != null || REPORT_VERBS.contains(t.lower(p)))) {
        return null;
      }
      if (t.isWord(p) && t.lower(p).equals("who") && t.sentenceOf(p) == t.sentenceOf(j)) {
        Attribution named = nameBeforeComma(c, p);
        if (named != null && named.type() == EntityType.PERSON) {
          return named;
        }
        int head = p > limit + 1 && t.isPunct(p - 1, ',') ? p - 2 : p - 1; // "One neighbour, who…"
        Attribution nominal = nominalWithModifier(c, head, limit);
        if (nominal == null) {
          nominal = nominalEndingAt(c, head, limit);
        }
        if (nominal == null) {
          // "who" tells a person whatever the noun: "a national selector who…"
          for (int d = p - 2; d >= limit && d >= p - 4 && t.isWord(d) && !c.inQuote[d]; d--) {
            if (ARTICLES.contains(t.lower(d))) {
              return new Attribution(t.text.substring(t.start[d], t.end[p - 1]), t.start[d], t.end[p - 1], null, null);
            }
            if (!Character.isLowerCase(t.first(d)) && d > t.sentenceStart[t.sentenceOf(d)]) {
              break;
            }
          }
        }
        return nominal;
      }
    }
    return null;
  }

  /**
   * "an economist at one of the main embassies here", "the foreign banker in Sao Paulo": a nominal
   * speaker and the phrase that places it, ending at {@code j}.
   */
  private Attribution nominalWithModifier(Context c, int j, int limit) {
    TokenizedText t = c.t;
    for (int p = j - 1; p > limit && p >= j - 9; p--) {
      if (c.inQuote[p] || !t.isWord(p) && t.kind[p] != TokenizedText.POSSESSIVE || t.isWord(p) && (g.cue(t.lower(p)) != null || REPORT_VERBS.contains(t.lower(p)))) {
        return null;
      }
      if (PLACING.contains(t.lower(p)) || t.lower(p).equals("to")) {
        int end = p - 1;
        if (end > limit && t.isWord(end) && ADJECTIVES_BEFORE_PLACING.contains(t.lower(end))) {
          end--; // "a source close to the club", "people familiar with the talks"
        } else if (t.lower(p).equals("to")) {
          continue;
        }
        Attribution head = nominalEndingAt(c, end, limit);
        int first = head == null ? -1 : t.tokenAt(head.start());
        if (head != null && first < p && (ARTICLES.contains(t.lower(first))
            || first == end && g.isSpeakerNoun(t.lower(first)) && (t.lower(first).endsWith("s") || t.lower(first).equals("people")))) {
          // "a source close to the club"; a bare plural: "Sources familiar with the matter", "People close to him"
          return new Attribution(t.text.substring(head.start(), t.end[j]), head.start(), t.end[j], null, null);
        }
      }
    }
    return null;
  }

  private static final Set<String> PLACING = Set.of("at", "in", "of", "from", "with", "for", "on");
  private static final Set<String> ADJECTIVES_BEFORE_PLACING = Set.of("close", "closest", "familiar", "near", "loyal", "linked", "connected", "opposed");
  /** Not "her release from an Iranian prison": an owner's noun is no speaker. */
  private static final Set<String> ARTICLES = Set.of("a", "an", "the", "one", "another", "some", "several", "many", "two", "three");

  /**
   * "X, director of commodity analysis for Pillsbury said": a person before an appositive that
   * names their role, ending at {@code k}, with no comma closing it before the cue.
   */
  /** "Justice Sonia Sotomayor": a person right after a capitalised title is the one who holds it. */
  private boolean titledPerson(Context c, Attribution named) {
    int before = c.t.tokenAt(named.start()) - 1;
    return named.type() == EntityType.PERSON && before >= 0 && c.t.isWord(before) && c.t.isCapitalized(before) && g.title(c.t.lower(before)) != null;
  }

  private Attribution personBeforeRole(Context c, int k, int limit) {
    TokenizedText t = c.t;
    boolean role = false;
    for (int p = k; p > limit && p >= k - 10; p--) {
      if (c.inQuote[p]) {
        return null;
      }
      if (t.isPunct(p, ',')) {
        Attribution person = nameBeforeComma(c, p);
        return role && person != null && person.type() == EntityType.PERSON ? person : null;
      }
      if (!t.isWord(p) || g.cue(t.lower(p)) != null || REPORT_VERBS.contains(t.lower(p))) {
        return null;
      }
      role |= g.isSpeakerNoun(t.lower(p));
    }
    return null;
  }

  /** The speaker starting at token {@code k}: "said Lord X", "said the spokesman", "according to X". */
  private Attribution speakerAfter(Context c, int k, QuoteFinder.Found f, String cue, Attribution lastSpeaker) {
    TokenizedText t = c.t;
    if (k >= t.size || t.paragraphOf[k] != f.paragraph() || c.inQuote[k]) {
      return null;
    }
    // titles before a name are not part of it: "said Prime Minister X", "said Vice Chairman and Chief Financial Officer X"
    int j = k;
    for (int n = 0; n < 8 && j < t.size && c.mentionAt[j] < 0
        && (t.isCapitalized(j) || j > k && j + 1 < t.size && t.lower(j).equals("and") && t.isCapitalized(j + 1)); n++) {
      j++;
    }
    Attribution role = personAfterRole(c, k, cue);
    if (role != null) {
      return role;
    }
    int m = c.mentionAt[j < t.size ? j : k];
    if (j < t.size && m >= 0 && isSpeakerType(c.mentions.get(m))) {
      Mention mn = c.mentions.get(m);
      return subjectOfReport(t, mn.end()) ? null : new Attribution(mn.canonical(), mn.start(), mn.end(), cue, mn.type());
    }
    if (c.mentionAt[k] >= 0 && isSpeakerType(c.mentions.get(c.mentionAt[k]))) {
      Mention mn = c.mentions.get(c.mentionAt[k]);
      return subjectOfReport(t, mn.end()) ? null : new Attribution(mn.canonical(), mn.start(), mn.end(), cue, mn.type());
    }
    if (t.isWord(k)) {
      String w = t.lower(k);
      if (MALE.contains(w) || FEMALE.contains(w) || PLURAL.contains(w) || w.equals("it")) {
        Attribution p = pronoun(c, k, f, lastSpeaker);
        return p == null ? null : withCue(p, cue);
      }
      if (!DETERMINERS.contains(w) && g.isSpeakerNoun(w) && (w.endsWith("s") || w.equals("people")) && k + 1 < t.size && !t.isCapitalized(k)
          && cue != null && INTRANSITIVE_CUES.contains(cue.toLowerCase(Locale.ROOT))) { // not "told reporters", who listened
        int end = knowingPhraseEnd(t, k + 1); // "according to people familiar with the talks", "said officials"
        return new Attribution(t.text.substring(t.start[k], t.end[end >= 0 ? end : k]), t.start[k], t.end[end >= 0 ? end : k], cue, null);
      }
      if (DETERMINERS.contains(w) || t.isPunct(k + 1, '\u2019') || t.kind[k + 1 < t.size ? k + 1 : k] == TokenizedText.POSSESSIVE) {
        int e = k + 1;
        while (e < t.size && e - k < 8 && (t.isWord(e) || t.kind[e] == TokenizedText.POSSESSIVE) && !c.inQuote[e] && g.cue(t.lower(e)) == null
            && !t.lower(e).equals("who") && !t.lower(e).equals("in") && !t.lower(e).equals("on") && !t.lower(e).equals("at")) {
          if (REPORT_VERBS.contains(t.lower(e))) {
            return null; // "said the family was ‘proud’": the subject of what was said, not who said it
          }
          if (c.mentionAt[e] >= 0 && c.mentions.get(c.mentionAt[e]).type() == EntityType.PERSON) {
            Mention mn = c.mentions.get(c.mentionAt[e]);
            return new Attribution(mn.canonical(), mn.start(), mn.end(), cue, EntityType.PERSON);
          }
          e++;
        }
        int head = e - 1;
        while (head > k && !g.isSpeakerNoun(t.lower(head))) {
          head--;
        }
        if (head > k && g.isSpeakerNoun(t.lower(head))) {
          int named = head + 2;
          if (named + 1 < t.size && c.mentionAt[named] < 0 && t.isWord(named) && t.isCapitalized(named) && g.title(t.lower(named)) != null) {
            named++; // "said the study’s lead author, Dr Inés del Castillo Ruiz"
          }
          if (named < t.size && t.isPunct(head + 1, ',') && c.mentionAt[named] >= 0 && c.mentions.get(c.mentionAt[named]).type() == EntityType.PERSON
              && t.start[named] == c.mentions.get(c.mentionAt[named]).start()) {
            Mention mn = c.mentions.get(c.mentionAt[named]); // "said the association’s chairman, Simon Mwangi": the name says who
            return new Attribution(mn.canonical(), mn.start(), mn.end(), cue, EntityType.PERSON);
          }
          int knowing = knowingPhraseEnd(t, head + 1);
          int end = knowing >= 0 ? knowing : head; // "said a person familiar with the matter"
          int employer = head + 1 < t.size && t.isWord(head + 1) && OF_LIKE.contains(t.lower(head + 1)) ? head + 2 : -1;
          if (employer >= 0 && employer < t.size && t.lower(employer).equals("the")) {
            employer++;
          }
          if (end == head && employer >= 0 && employer < t.size && c.mentionAt[employer] >= 0 && !c.inQuote[employer]
              && c.mentions.get(c.mentionAt[employer]).type() == EntityType.ORGANIZATION) {
            end = t.tokenAt(c.mentions.get(c.mentionAt[employer]).end() - 1); // "said a senior dealer at Daishin Trust Bank Ltd"
          }
          return new Attribution(t.text.substring(t.start[k], t.end[end]), t.start[k], t.end[end], cue, null);
        }
      }
    }
    return null;
  }

  private static final Set<String> INTRANSITIVE_CUES = Set.of("said", "says", "say", "according to", "added", "adds", "noted", "wrote", "argued", "warned");

  /**
   * "familiar with the matter", "involved in the talks", "close to the player", "briefed on the
   * plans" starting at token {@code k}: what makes an unnamed source a source; the index of its last
   * word, or -1.
   */
  private static int knowingPhraseEnd(TokenizedText t, int k) {
    if (k + 2 >= t.size || !t.isWord(k) || !t.isWord(k + 1)) {
      return -1;
    }
    String w = t.lower(k);
    String p = t.lower(k + 1);
    boolean phrase = w.equals("familiar") && p.equals("with") || w.equals("involved") && p.equals("in") || w.equals("close") && p.equals("to")
        || w.equals("briefed") && p.equals("on") || w.equals("knowledgeable") && p.equals("about") || w.equals("with") && p.equals("knowledge");
    if (!phrase) {
      return -1;
    }
    int e = k + 2;
    if (t.isWord(e) && (t.lower(e).equals("of") || DETERMINERS.contains(t.lower(e)) || t.lower(e).equals("his") || t.lower(e).equals("her"))) {
      e++;
    }
    if (e + 2 < t.size && t.isWord(e) && t.kind[e + 1] == TokenizedText.POSSESSIVE && t.isWord(e + 2)) {
      e += 2; // "familiar with the company's plans"
    }
    return e < t.size && t.isWord(e) ? e : -1;
  }

  /**
   * "said spokesman Marlin Fitzwater", "said Shearson Lehman analyst Anne Mills", "said chief
   * economist John Lipsky": a role noun, with its modifiers or employer, right before a person's
   * name; the person speaks, not the employer.
   */
  private Attribution personAfterRole(Context c, int k, String cue) {
    TokenizedText t = c.t;
    boolean role = false;
    for (int e = k; e < t.size && e < k + 8 && !c.inQuote[e]; ) {
      int m = c.mentionAt[e];
      if (m >= 0) {
        Mention mn = c.mentions.get(m);
        if (mn.type() == EntityType.PERSON) {
          return role && !subjectOfReport(t, mn.end()) ? new Attribution(mn.canonical(), mn.start(), mn.end(), cue, EntityType.PERSON) : null;
        }
        role = false;
        e = t.tokenAt(mn.end()); // the employer: "Shearson Lehman analyst"
        continue;
      }
      if (!t.isWord(e) && !t.isPunct(e, '-')) {
        return null;
      }
      String w = t.lower(e);
      boolean title = t.isCapitalized(e) && g.title(w) != null; // "said TPD Capt. Rhonda Pierce"
      if (g.cue(w) != null || REPORT_VERBS.contains(w) || FUNCTION_WORDS.contains(w) || DETERMINERS.contains(w)
          || t.isCapitalized(e) && !g.isSpeakerNoun(w) && !g.isNationality(w) && !title) { // "Chinese Foreign Ministry spokesperson X"
        return null;
      }
      role = g.isSpeakerNoun(w) || title;
      e++;
    }
    return null;
  }

  private static final Set<String> ADDRESSEE_AFTER = Set.of("told", "tell", "tells", "telling", "informed", "assured", "reminded");

  private static final Set<String> REPORT_VERBS =
      Set.of("was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "should", "did", "does", "can", "may", "might", "must");

  /** "said Mr Smith had been…": the name after the cue starts the reported clause. */
  private static boolean subjectOfReport(TokenizedText t, int nameEnd) {
    int k = t.tokenAt(nameEnd);
    return k < t.size && t.isWord(k) && REPORT_VERBS.contains(t.lower(k));
  }

  /** "[the husband] of [jailed] NAME": a nominal whose head noun owns the name after it. */
  private Attribution nominalOwning(Context c, int k, int limit, Attribution named) {
    TokenizedText t = c.t;
    while (k > limit && t.isWord(k) && t.isCapitalized(k) && g.title(t.lower(k)) != null) {
      k--; // "a spokeswoman for Mr Whitlam", "an aide to Senator Ruiz"
    }
    int m = k;
    while (m >= limit && k - m < 2 && t.isWord(m) && Character.isLowerCase(t.first(m)) && !t.lower(m).equals("of") && !t.lower(m).equals("for")
        && !t.lower(m).equals("to")) {
      m--; // an adjective: "jailed", "late"
    }
    if (m < limit || !t.isWord(m)) {
      return null;
    }
    boolean of = t.lower(m).equals("of");
    if (!of && !((t.lower(m).equals("for") || t.lower(m).equals("to")) && m == k)) {
      return null;
    }
    Attribution nominal = nominalEndingAt(c, m - 1, limit);
    if (nominal == null || !of && !ON_BEHALF.contains(lastWord(nominal.speaker()))) {
      return null;
    }
    return new Attribution(t.text.substring(nominal.start(), named.end()), nominal.start(), named.end(), null, null);
  }

  /** Who speaks for someone: "a spokeswoman for Mr Whitlam said", "an aide to the senator". */
  private static final Set<String> ON_BEHALF =
      Set.of("spokesman", "spokeswoman", "spokesperson", "lawyer", "lawyers", "attorney", "attorneys", "solicitor", "barrister", "counsel",
          "aide", "aides", "adviser", "advisers", "advisor", "advisors", "agent", "representative", "representatives", "publicist");

  /** A person named just before "of/at/from/for ORG": the organisation describes them. */
  private Attribution describedPerson(Context c, int k, int limit) {
    TokenizedText t = c.t;
    int steps = 0;
    while (k >= limit && steps < 8 && !c.inQuote[k] && !t.isPunct(k, ',') && (t.isWord(k) ? g.cue(t.lower(k)) == null : true)) {
      int m = c.mentionAt[k];
      if (m >= 0 && c.mentions.get(m).type() == EntityType.PERSON) {
        Mention mn = c.mentions.get(m);
        return new Attribution(mn.canonical(), mn.start(), mn.end(), null, EntityType.PERSON);
      }
      k--;
      steps++;
    }
    return null;
  }

  /** "Tom Brandt of Boulder", "John Moss from Bolton": a person placed by where they come from. */
  private Attribution personFromPlace(Context c, int j, int limit) {
    TokenizedText t = c.t;
    while (j >= limit && t.isPunct(j, '.')) {
      j--; // "Colo."
    }
    while (j >= limit && c.mentionAt[j] >= 0 && c.mentions.get(c.mentionAt[j]).type() == EntityType.LOCATION) {
      int before = t.tokenAt(c.mentions.get(c.mentionAt[j]).start()) - 1;
      if (before >= limit && t.isPunct(before, ',')) {
        j = before - 1; // "Boulder, Colo."
        continue;
      }
      if (before >= limit && t.isWord(before) && (t.lower(before).equals("of") || t.lower(before).equals("from"))) {
        Attribution p = nameEndingAt(c, before - 1);
        return p != null && p.type() == EntityType.PERSON ? p : null;
      }
      return null;
    }
    return null;
  }

  private static Attribution withCue(Attribution a, String cue) {
    return new Attribution(a.speaker(), a.start(), a.end(), cue, a.type());
  }

  private static boolean isSpeakerType(Mention m) {
    return m.type() == EntityType.PERSON || m.type() == EntityType.ORGANIZATION;
  }

  /** A person or organisation mention ending at token {@code j}. */
  private Attribution nameEndingAt(Context c, int j) {
    if (j < 0) {
      return null;
    }
    TokenizedText t = c.t;
    int m = c.mentionAt[j];
    if (m < 0 && t.kind[j] == TokenizedText.POSSESSIVE) {
      return null; // "Iran’s ambassador": the owner is not the speaker
    }
    if (m >= 0 && isSpeakerType(c.mentions.get(m)) && !c.inQuote[j]) {
      Mention mn = c.mentions.get(m);
      return new Attribution(mn.canonical(), mn.start(), mn.end(), null, mn.type());
    }
    return null;
  }

  /**
   * A nominal speaker ending at token {@code j}: a noun phrase whose head is a speaker noun
   * ("the Prime Minister’s official spokesman", "a Home Office spokeswoman", "officials",
   * "union leaders"), from its determiner or from the start of its clause.
   */
  private Attribution nominalEndingAt(Context c, int j, int limit) {
    TokenizedText t = c.t;
    for (int p = j - 1; p >= limit && p >= j - 4; p--) {
      if (knowingPhraseEnd(t, p) == j && !c.inQuote[p]) {
        Attribution head = nominalEndingAt(c, p - 1, limit); // "one official involved in the negotiations said"
        return head == null ? null : new Attribution(t.text.substring(head.start(), t.end[j]), head.start(), t.end[j], null, null);
      }
    }
    if (!t.isWord(j) || c.inQuote[j] || !g.isSpeakerNoun(t.lower(j)) && !(j > 0 && t.lower(j - 1).equals("the") && g.isNationality(t, j))) {
      return null; // "the Russian said" as well as "officials said"
    }
    int k = j;
    while (k - 1 >= limit && j - k < 7 && !c.inQuote[k - 1]) {
      int p = k - 1;
      if (t.isWord(p) && DETERMINERS.contains(t.lower(p))) {
        k = p;
        break;
      }
      int m = c.mentionAt[p];
      if (m >= 0 && c.mentions.get(m).type() != EntityType.PERSON && t.tokenAt(c.mentions.get(m).start()) >= limit) {
        k = t.tokenAt(c.mentions.get(m).start()); // "a Transport for NSW spokeswoman": the organisation whole
        continue;
      }
      boolean inName = t.isWord(p) && (t.lower(p).equals("for") || t.lower(p).equals("of")) && p - 1 >= limit && t.isWord(p - 1) && t.isCapitalized(p - 1)
          && t.isCapitalized(p + 1); // "a Transport for NSW spokeswoman"
      boolean partOfPhrase = inName || t.kind[p] == TokenizedText.POSSESSIVE || t.isPunct(p, '\u2019') && t.isWord(p - 1)
          || (t.isPunct(p, '-') || t.kind[p] == TokenizedText.NUMBER) && (j - p <= 2 // "the 34-year-old"
              || p + 2 < j && (t.lower(p + 1).startsWith("year-old") || t.lower(p + 2).startsWith("year-old"))) // "the 61-year-old actress"
          || (t.isWord(p) && g.cue(t.lower(p)) == null && !isAuxOrAdverb(t.lower(p)) && !FUNCTION_WORDS.contains(t.lower(p)));
      if (!partOfPhrase) {
        break;
      }
      k = p;
    }
    if (k > limit && t.isWord(k - 1) && FUNCTION_WORDS.contains(t.lower(k - 1)) && !DETERMINERS.contains(t.lower(k))) {
      return null; // "...that officials" inside a clause: not a subject we can trust
    }
    return new Attribution(t.text.substring(t.start[k], t.end[j]), t.start[k], t.end[j], null, null);
  }

  private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "or", "that", "which", "while", "because", "so", "if", "whereas");

  private static final Set<String> FUNCTION_WORDS =
      Set.of("to", "that", "which", "who", "as", "for", "with", "by", "from", "in", "on", "at", "of", "and", "or", "but", "if", "when", "while", "than", "into", "about", "after", "before", "declined", "had", "has", "have", "was", "were", "is", "are", "be", "been", "will", "would", "could", "should", "may", "might", "not", "no");

  private static boolean isAuxOrAdverb(String w) {
    return switch (w) {
      case "has", "had", "have", "also", "later", "then", "once", "previously", "recently", "again", "earlier", "simply",
          "only", "just", "repeatedly", "often", "always", "reportedly", "publicly", "privately", "has since", "would",
          "will", "was", "is", "quickly", "firmly", "flatly", "angrily", "afterwards", "finally", "today", "yesterday",
          "tonight", "now", "last", "night", "week", "separately", "bluntly", "candidly", "openly", "here", "there", "too",
          "meanwhile", "still", "already", "subsequently", "initially", "elsewhere" -> true;
      default -> false;
    };
  }

  /** He/she: the last speaker if the gender fits, else the last person of that gender named outside quotes. */
  private Attribution pronoun(Context c, int k, QuoteFinder.Found f, Attribution lastSpeaker) {
    TokenizedText t = c.t;
    String w = t.lower(k);
    if (FIRST_PERSON.contains(w)) {
      return null; // outside a quote, the writer
    }
    if (w.equals("it")) {
      // "Acme Corp reported a loss. It said…": the organisation that was the subject just before,
      // or the body that spoke last
      int sentence = t.sentenceOf(k);
      for (int s = sentence; s >= Math.max(0, sentence - 1); s--) {
        for (int i = t.sentenceStart[s]; i < t.sentenceEnd(s) && i < t.sentenceStart[s] + 4 && i < k; i++) {
          int m = c.mentionAt[i];
          if (m >= 0 && !c.inQuote[i]) {
            Mention mn = c.mentions.get(m);
            if (mn.type() == EntityType.ORGANIZATION) {
              return new Attribution(mn.canonical(), t.start[k], t.end[k], null, EntityType.ORGANIZATION);
            }
            break;
          }
        }
      }
      if (lastSpeaker.speaker() != null && lastSpeaker.type() != EntityType.PERSON) {
        return new Attribution(lastSpeaker.speaker(), t.start[k], t.end[k], null, lastSpeaker.type());
      }
      return null;
    }
    if (PLURAL.contains(w)) {
      if (lastSpeaker.speaker() != null && lastSpeaker.type() != EntityType.PERSON) {
        return new Attribution(lastSpeaker.speaker(), t.start[k], t.end[k], null, lastSpeaker.type());
      }
      return null; // "they" names nobody we can be sure of
    }
    char want = MALE.contains(w) ? 'M' : 'F';
    if (lastSpeaker.speaker() != null && lastSpeaker.type() == EntityType.PERSON) {
      Character gnd = c.gender.get(lastSpeaker.speaker());
      if (gnd == null || gnd == want) {
        // "He added:" continues the last speaker unless someone of that gender was named as a
        // subject after the last speaker's quotation ended ("Coach X praised Y's attitude. ‘…,’
        // he said": X, not Y, and not the last speaker)
        Mention recent = lastSubjectSince(c, k, want, c.lastSpeakerQuoteEnd);
        if (recent == null || recent.canonical().equals(lastSpeaker.speaker())) {
          return new Attribution(lastSpeaker.speaker(), t.start[k], t.end[k], null, EntityType.PERSON);
        }
        return new Attribution(recent.canonical(), t.start[k], t.end[k], null, EntityType.PERSON);
      }
    }
    if (lastSpeaker.speaker() != null && lastSpeaker.type() == null && nominalGender(lastSpeaker.speaker()) != other(want)) {
      // "‘…,’ a union representative said. ‘…,’ he said.": the nominal goes on speaking unless
      // a person of that gender has been named since
      Mention recent = lastMention(c, k, EntityType.PERSON, want);
      if (recent == null || recent.start() < c.lastSpeakerQuoteEnd || asObject(c, recent, want)) {
        return new Attribution(lastSpeaker.speaker(), t.start[k], t.end[k], null, null);
      }
    }
    Mention m = lastSubject(c, k, want);
    return m == null ? null : new Attribution(m.canonical(), t.start[k], t.end[k], null, EntityType.PERSON);
  }

  /** The last person of the gender named as a subject, not an object, between {@code since} and token k; or null. */
  private Mention lastSubjectSince(Context c, int k, char want, int since) {
    for (Mention m = lastMention(c, k, EntityType.PERSON, want); m != null && m.start() >= since;
        m = lastMention(c, c.t.tokenAt(m.start()), EntityType.PERSON, want)) {
      if (!asObject(c, m, want) && !possessiveOwner(c, m) && !namesItsTerm(c, m)) {
        return m;
      }
    }
    return null;
  }

  /** The words before the comma at {@code j} are a relative clause set off by commas: ", who lost her home at Sarah Ann,". */
  private boolean insideRelativeAside(Context c, int j, int limit) {
    TokenizedText t = c.t;
    for (int m = j - 1; m > limit && m >= j - 16 && !c.inQuote[m]; m--) {
      if (t.isPunct(m, ',')) {
        return m + 1 < j && t.isWord(m + 1) && RELATIVES.contains(t.lower(m + 1)) && c.mentionAt[m + 1] < 0;
      }
      if (!t.isWord(m) && t.kind[m] != TokenizedText.POSSESSIVE && t.kind[m] != TokenizedText.NUMBER) {
        return false;
      }
    }
    return false;
  }

  /** "the Reagan administration", "the Modi government": a leader's name as a modifier is nobody "he" refers to. */
  private static boolean namesItsTerm(Context c, Mention m) {
    int after = c.t.tokenAt(m.end());
    return after < c.t.size && c.t.isWord(after) && EntityRecognizer.LEADERS_TERMS.contains(c.t.lower(after));
  }

  /** "Nkosi’s attitude": a name owning a noun is seldom who "he" goes on to be. */
  private boolean possessiveOwner(Context c, Mention m) {
    int after = c.t.tokenAt(m.end());
    return after < c.t.size && c.t.kind[after] == TokenizedText.POSSESSIVE;
  }

  /** The last person of the gender named as a subject rather than an object, else the last named at all. */
  private Mention lastSubject(Context c, int k, char want) {
    Mention last = lastMention(c, k, EntityType.PERSON, want);
    Mention m = last;
    for (int guard = 0; m != null && (asObject(c, m, want) || namesItsTerm(c, m)) && guard < 3; guard++) {
      m = lastMention(c, c.t.tokenAt(m.start()), EntityType.PERSON, want);
    }
    return m != null ? m : last;
  }

  private static char other(char gender) {
    return gender == 'M' ? 'F' : 'M';
  }

  /** 'M' for "the spokesman", 'F' for "a spokeswoman for X", 0 when the words do not say ("a German official"). */
  private char nominalGender(String nominal) {
    for (String w : nominal.toLowerCase(Locale.ROOT).split(" ")) {
      if (FEMALE_NOUNS.contains(w) || (w.endsWith("woman") || w.endsWith("women")) && g.isSpeakerNoun(w)) {
        return 'F';
      }
      if (MALE_NOUNS.contains(w) || (w.endsWith("man") || w.endsWith("men")) && g.isSpeakerNoun(w)) {
        return 'M';
      }
    }
    return 0;
  }

  private static final Set<String> FEMALE_NOUNS =
      Set.of("mother", "mum", "wife", "daughter", "sister", "widow", "grandmother", "aunt", "actress", "businesswoman");
  private static final Set<String> MALE_NOUNS =
      Set.of("father", "dad", "husband", "son", "brother", "widower", "grandfather", "uncle", "businessman");

  /**
   * A person named as an object or a relation, "urged Mr Johnson", "her daughter Poppy", "a letter
   * to Ms Smith": not someone a following "he" or "she" takes over from the last speaker.
   */
  private boolean asObject(Context c, Mention m, char want) {
    TokenizedText t = c.t;
    int k = t.tokenAt(m.start()) - 1;
    boolean comma = false;
    while (k >= 0 && t.isPunct(k, ',')) {
      k--;
      comma = true;
    }
    if (k < 0 || !t.isWord(k)) {
      return false;
    }
    if (k > 0 && (t.lower(k - 1).equals("his") || t.lower(k - 1).equals("her")) && !t.isSentenceInitial(k - 1)) {
      // "Ms Jones left after her daughter Poppy begged her. ‘…,’ she added": she is the one whose
      // daughter it is; but after "his granddaughter, Chloe", "she" can only be Chloe
      char owner = t.lower(k - 1).equals("his") ? 'M' : 'F';
      return want == 0 || owner == want;
    }
    if (comma) {
      return false; // "Asked what comes next, Sethuraman laughed": a new clause's subject
    }
    for (int n = 0; n < 4 && k >= 0 && t.isWord(k) && !c.inQuote[k]; n++, k--) {
      String w = t.lower(k);
      if (n == 0 ? OBJECT_BEFORE.contains(w) : OBJECT_PREPOSITIONS.contains(w)) {
        return true; // "urged Mr Johnson", "took over from deposed leader Ferdinand Marcos"
      }
      if (!Character.isLowerCase(t.first(k)) || g.cue(w) != null || REPORT_VERBS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> OBJECT_PREPOSITIONS = Set.of("to", "with", "for", "by", "from", "against", "of", "about");

  private static final Set<String> OBJECT_BEFORE =
      Set.of("to", "with", "for", "by", "from", "against", "of", "about", "urged", "told", "thanked", "praised", "criticised", "criticized", "blamed",
          "accused", "met", "called", "asked", "named", "replaced", "succeeded", "beat", "defeated");

  /** The last mention of a type before token k, outside quotes, of a compatible gender. */
  private Mention lastMention(Context c, int k, EntityType type, char want) {
    int offset = c.t.start[k];
    for (int m = c.mentions.size() - 1; m >= 0; m--) {
      Mention mn = c.mentions.get(m);
      if (mn.start() >= offset || mn.type() != type) {
        continue;
      }
      int tok = c.t.tokenAt(mn.start());
      if (c.inQuote[tok]) {
        continue;
      }
      if (want != 0) {
        Character gnd = c.gender.get(mn.canonical());
        if (gnd != null && gnd != want) {
          continue;
        }
      }
      return mn;
    }
    return null;
  }

  /** A quote inside a quote: the outer speaker's words say who spoke it, or nobody does. */
  private Attribution inner(Context c, int q, Attribution[] result) {
    TokenizedText t = c.t;
    QuoteFinder.Found f = c.found.get(q);
    int parent = -1;
    for (int p = q - 1; p >= 0; p--) {
      QuoteFinder.Found o = c.found.get(p);
      if (o.depth() < f.depth() && o.start() <= f.start() && o.end() >= f.end()) {
        parent = p;
        break;
      }
    }
    Attribution outer = parent >= 0 && result[parent] != null && result[parent].speaker() != null ? result[parent] : null;
    int open = t.tokenAt(f.start()) - 1;
    int lower = parent >= 0 ? t.tokenAt(c.found.get(parent).start()) : Math.max(0, open - WINDOW);
    int outerStart = parent >= 0 ? c.found.get(parent).start() : t.start[Math.max(0, lower)];
    lower = Math.max(lower, t.sentenceStart[t.sentenceOf(Math.max(0, open))]);
    for (int k = open; k >= lower && k > open - WINDOW; k--) {
      if (t.isWord(k) && (g.cue(t.lower(k)) != null || INNER_CUES.contains(t.lower(k)))) {
        String cue = t.text(k);
        int s = k - 1;
        while (s >= lower && t.isWord(s)) {
          String w = t.lower(s);
          if (w.equals("to") && s - 1 >= lower && t.lower(s - 1).equals("used")) {
            s -= 2; // "My mother used to say, ‘…’"
          } else if (isAuxOrAdverb(w) || HABITUAL.contains(w)) {
            s--;
          } else {
            break;
          }
        }
        if (s < lower || !t.isWord(s)) {
          return null;
        }
        if (t.lower(s).equals("and")) {
          // "The doctor sat across from him and said, ‘…’": the subject opens the clause
          int st = s - 1;
          while (st > lower && !t.isPunct(st - 1, '.') && !t.isPunct(st - 1, ';') && !t.isPunct(st - 1, '?') && !t.isPunct(st - 1, '!') && !t.isPunct(st - 1, ':')
              && !(t.isWord(st - 1) && (t.lower(st - 1).equals("and") || t.lower(st - 1).equals("but")) && !t.isPunct(st - 2, ','))) {
            st--;
          }
          while (st < s && t.isWord(st) && CLAUSE_OPENERS.contains(t.lower(st))) {
            st++;
          }
          for (int h = st; h < s && h <= st + 3; h++) {
            Attribution a = innerSubject(c, st, h, cue, outer, outerStart);
            if (a != null) {
              return a;
            }
          }
          return null;
        }
        int st = s;
        while (st - 1 >= lower && s - st < 4 && t.isWord(st - 1) && !INNER_DETERMINERS.contains(t.lower(st)) && !t.isCapitalized(st)) {
          st--; // back to the determiner: "My banker asked me", "Her interrogators said to her"
        }
        if (st > s || !INNER_DETERMINERS.contains(t.lower(st))) {
          st = s;
        }
        return innerSubject(c, st, s, cue, outer, outerStart);
      }
    }
    return null;
  }

  /** Who the words from token {@code st} to the head {@code h} name, as the speaker of a quote inside a quote; or null. */
  private Attribution innerSubject(Context c, int st, int h, String cue, Attribution outer, int outerStart) {
    TokenizedText t = c.t;
    String w = t.lower(h);
    if (st == h && w.equals("i")) {
      return outer == null ? null : new Attribution(outer.speaker(), t.start[h], t.end[h], cue, outer.type());
    }
    int m = c.mentionAt[h];
    if (m >= 0 && isSpeakerType(c.mentions.get(m))) {
      Mention mn = c.mentions.get(m);
      return new Attribution(mn.canonical(), mn.start(), mn.end(), cue, mn.type());
    }
    if (st == h && (w.equals("he") || w.equals("she"))) {
      // "He used to say, ‘…’" inside someone's words: a man the article named, not the one speaking
      char want = w.equals("he") ? 'M' : 'F';
      for (int i = c.mentions.size() - 1; i >= 0; i--) {
        Mention mn = c.mentions.get(i); // "my engineer Marco Bellini said to me, ‘…’ He said, ‘…’": named inside the same quotation
        if (mn.start() >= t.start[h] || mn.type() != EntityType.PERSON) {
          continue;
        }
        if (mn.start() < outerStart) {
          break;
        }
        Character gnd = c.gender.get(mn.canonical());
        if ((gnd == null || gnd == want) && (outer == null || !mn.canonical().equals(outer.speaker()))) {
          return new Attribution(mn.canonical(), t.start[h], t.end[h], cue, EntityType.PERSON);
        }
      }
      for (Mention mn = lastMention(c, h, EntityType.PERSON, want); mn != null; mn = lastMention(c, t.tokenAt(mn.start()), EntityType.PERSON, want)) {
        if (outer == null || !mn.canonical().equals(outer.speaker())) {
          return new Attribution(mn.canonical(), t.start[h], t.end[h], cue, EntityType.PERSON);
        }
      }
      return null;
    }
    if (h - st == 2 && t.lower(st).equals("one") && t.lower(st + 1).equals("of") && PLURAL.contains(w) || g.isSpeakerNoun(w)
        && INNER_DETERMINERS.contains(t.lower(st))) { // "My banker", "One of my patients"
      int end = h;
      if (end + 3 < t.size && t.isWord(end + 1) && (t.lower(end + 1).equals("from") || t.lower(end + 1).equals("at")) && t.isWord(end + 2)
          && INNER_DETERMINERS.contains(t.lower(end + 2)) && t.isWord(end + 3) && Character.isLowerCase(t.first(end + 3))) {
        end += 3; // "The man from the department"
      }
      return new Attribution(t.text.substring(t.start[st], t.end[end]), t.start[st], t.end[end], cue, null);
    }
    return null;
  }

  /** Words of reported speech or thought that open a quote inside a quote: "and I thought, ‘Not in my house’". */
  private static final Set<String> INNER_CUES = Set.of("thought", "think", "thinking", "wondered");
  private static final Set<String> HABITUAL = Set.of("would", "always", "just", "often", "never", "once", "sometimes", "usually");

  /**
   * Determiners that make a noun inside a quotation someone in particular ("my banker", "the
   * doctor", "one of them"); unlike {@link #DETERMINERS}, no quantifiers: "some people said" names nobody.
   */
  private static final Set<String> INNER_DETERMINERS = Set.of("the", "a", "an", "my", "your", "his", "her", "our", "their", "this", "that", "one");
  private static final Set<String> CLAUSE_OPENERS = Set.of("then", "so", "and", "but", "when", "once", "finally", "suddenly");

  /**
   * A quotation with no cue right after a sentence in its paragraph that says how a named person
   * was: "Carranza was more blunt. “…”", "X, who runs a spaza shop, was blunt. “…”". The person
   * described is who speaks.
   */
  private Attribution describedJustBefore(Context c, QuoteFinder.Found f) {
    TokenizedText t = c.t;
    int open = t.tokenAt(f.start()) - 1; // the opening mark
    int end = open - 1;
    if (end < 1 || !t.isPunct(end, '.') || t.paragraphOf[end] != f.paragraph()) {
      return null;
    }
    int ss = t.sentenceStart[t.sentenceOf(end)];
    if (t.isWord(ss) && INTRODUCTIONS.contains(t.lower(ss))) {
      int i = ss + 1; // "In Orlando East, Soweto, Nomsa Khumalo… was blunt"
      while (i < end && i < ss + 10 && !(t.isPunct(i - 1, ',') && c.mentionAt[i] >= 0 && c.mentions.get(c.mentionAt[i]).type() == EntityType.PERSON)) {
        i++;
      }
      ss = i;
    }
    int m = ss < end ? c.mentionAt[ss] : -1;
    if (m < 0 || c.inQuote[ss] || c.mentions.get(m).type() != EntityType.PERSON || t.paragraphOf[ss] != f.paragraph()) {
      return null;
    }
    Mention mn = c.mentions.get(m);
    int k = t.tokenAt(mn.end());
    if (k < end && t.isPunct(k, ',')) {
      int close = k + 1;
      while (close < end && close < k + 14 && !t.isPunct(close, ',')) {
        close++; // ", who runs a spaza shop,"
      }
      k = close < end && t.isPunct(close, ',') ? close + 1 : end;
    }
    if (k >= end || !t.isWord(k) || !COPULAS.contains(t.lower(k))) {
      return null;
    }
    for (int i = k + 1; i < end; i++) {
      if (c.inQuote[i] || t.isWord(i) && g.cue(t.lower(i)) != null) {
        return null; // what was said is told, not shown: "X was adamant that…"
      }
    }
    return new Attribution(mn.canonical(), mn.start(), mn.end(), null, EntityType.PERSON);
  }

  private static boolean isPronounAt(TokenizedText t, int offset) {
    int k = t.tokenAt(offset);
    return k < t.size && t.start[k] == offset && t.isWord(k) && (MALE.contains(t.lower(k)) || FEMALE.contains(t.lower(k)));
  }

  private static final Set<String> COPULAS = Set.of("was", "is", "were", "are", "sounded", "seemed", "appeared", "remained", "looked");

  private static boolean startsParagraph(TokenizedText t, QuoteFinder.Found f) {
    int ps = t.paragraphs.get(f.paragraph()).start();
    return f.start() - ps <= 1;
  }

  private static boolean hasMentionOutsideQuotes(Context c, int paragraph) {
    for (Mention m : c.mentions) {
      int k = c.t.tokenAt(m.start());
      if (k < c.t.size && c.t.paragraphOf[k] == paragraph && !c.inQuote[k]) {
        return true;
      }
    }
    return false;
  }
}
