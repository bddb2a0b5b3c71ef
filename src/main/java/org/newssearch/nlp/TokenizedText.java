package org.newssearch.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newssearch.text.Folding;
import org.newssearch.text.Paragraphs;

/**
 * A text cut into paragraphs, sentences and tokens in one pass, with offsets into the original
 * string. Tokens keep what news-specific analysis needs: hyphenated names (Zaghari-Ratcliffe,
 * al-Mansouri) and contractions (isn’t, O’Malley) are one token, a possessive {@code ’s} is a token
 * of its own, abbreviations keep their period (Mr., U.S., Calif.), and every quotation mark or
 * apostrophe that is not inside a word is a punctuation token for the quote finder to judge.
 */
final class TokenizedText {

  static final byte WORD = 1;
  static final byte NUMBER = 2;
  static final byte POSSESSIVE = 3;
  static final byte PUNCT = 4;

  /** Abbreviations that keep their period (lower case, without the period). */
  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "dr", "st", "jr", "sr", "inc", "corp", "co", "ltd", "gov", "sen", "rep", "gen", "col",
          "capt", "lt", "sgt", "prof", "rev", "no", "mt", "ft", "vs", "etc", "maj", "adm", "cmdr", "cpl", "pvt",
          "brig", "supt", "insp", "det", "hon", "messrs", "mme", "mlle", "bros", "dept", "univ", "assn", "approx",
          "est", "ave", "blvd", "rd", "calif", "mass", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
          "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "va", "vt", "wash",
          "wis", "wyo", "ariz", "ark", "colo", "del", "ida", "ala", "que", "ont", "alta", "sask", "man", "nfld",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "cllr", "fr",
          "e.g", "i.e", "ph", "plc", "llc", "a.m", "p.m", "op", "cit", "al", "w.va", "n.y", "n.j", "n.c", "s.c", "n.d", "s.d", "n.h", "n.m",
          "r.i", "d.c", "b.c", "n.s", "n.b", "p.e.i");

  final String text;
  int size;
  int[] start;
  int[] end;
  byte[] kind;
  /** Token index where each sentence starts; sentences end where the next starts. */
  int[] sentenceStart;
  int sentences;
  /** Paragraph spans and, per token, its paragraph. */
  final List<Paragraphs.Span> paragraphs;
  int[] paragraphOf;
  private String[] lowerCache;

  TokenizedText(String text) {
    this.text = text;
    int guess = Math.max(16, text.length() / 5); // about one token per five characters
    start = new int[guess];
    end = new int[guess];
    kind = new byte[guess];
    paragraphOf = new int[guess];
    sentenceStart = new int[Math.max(8, guess / 16)];
    this.paragraphs = Paragraphs.spans(text);
    for (int p = 0; p < paragraphs.size(); p++) {
      tokenize(paragraphs.get(p).start(), paragraphs.get(p).end(), p);
    }
    splitSentences();
  }

  // ---- token access

  String text(int i) {
    return text.substring(start[i], end[i]);
  }

  /**
   * The token as a lookup key: lower case, typography folded, diacritics removed ("Tromsø",
   * "TROMSO" → "tromso"; "isn’t" → "isn't"). Computed once per token: every list lookup of the
   * recogniser goes through it.
   */
  String lower(int i) {
    if (lowerCache == null) {
      lowerCache = new String[size];
    }
    String s = lowerCache[i];
    if (s == null) {
      s = Gazetteer.norm(text(i));
      lowerCache[i] = s;
    }
    return s;
  }

  char first(int i) {
    return text.charAt(start[i]);
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kind[i] == WORD;
  }

  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && kind[i] == PUNCT && text.charAt(start[i]) == c;
  }

  /** Starts with an upper-case letter, or is a name with a lower-case particle: al-Rashid, el-Sisi, d’Estaing. */
  boolean isCapitalized(int i) {
    if (i < 0 || i >= size || kind[i] != WORD) {
      return false;
    }
    char c = text.charAt(start[i]);
    if (Character.isUpperCase(c)) {
      return true;
    }
    if (c != 'a' && c != 'e' && c != 'b' && c != 'i' && c != 'd' && c != 'l') {
      return false;
    }
    int dash = -1;
    for (int k = start[i] + 1; k < Math.min(end[i], start[i] + 5); k++) {
      char d = text.charAt(k);
      if (d == '-' || d == '\'' || d == '\u2019') {
        dash = k;
        break;
      }
    }
    if (dash < 0 || dash + 1 >= end[i] || !Character.isUpperCase(text.charAt(dash + 1))) {
      return false;
    }
    String particle = text.substring(start[i], dash);
    return particle.equals("al") || particle.equals("el") || particle.equals("bin") || particle.equals("ibn") || particle.equals("abu")
        || particle.equals("ad") || particle.equals("as") || particle.equals("az") || particle.equals("d") || particle.equals("l");
  }

  boolean isAllCaps(int i) {
    if (!isWord(i)) {
      return false;
    }
    int letters = 0;
    for (int k = start[i]; k < end[i]; k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  int sentenceOf(int token) {
    int idx = Arrays.binarySearch(sentenceStart, 0, sentences, token);
    return idx >= 0 ? idx : -idx - 2;
  }

  int sentenceEnd(int sentence) {
    return sentence + 1 < sentences ? sentenceStart[sentence + 1] : size;
  }

  /** True when the token begins its sentence, ignoring opening quotes and brackets before it. */
  boolean isSentenceInitial(int i) {
    int s = sentenceStart[sentenceOf(i)];
    for (int k = s; k < i; k++) {
      if (kind[k] != PUNCT || !isOpener(text.charAt(start[k]))) {
        return false;
      }
    }
    return true;
  }

  /** The first token at or after a character offset (size when none). */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (end[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  static boolean isOpener(char c) {
    return c == '(' || c == '[' || c == '\u2018' || c == '\u201C' || c == '"' || c == '\'' || c == '\u00AB' || c == '\u201E' || c == '\u201A';
  }

  // ---- tokenizer

  private void add(int s, int e, byte k, int paragraph) {
    if (size == start.length) {
      int n = size * 2;
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      kind = Arrays.copyOf(kind, n);
      paragraphOf = Arrays.copyOf(paragraphOf, n);
    }
    start[size] = s;
    end[size] = e;
    kind[size] = k;
    paragraphOf[size] = paragraph;
    size++;
  }

  private void tokenize(int from, int to, int paragraph) {
    int i = from;
    String t = text;
    while (i < to) {
      char c = t.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      if (Character.isLetter(c)) {
        int j = i + 1;
        while (j < to) {
          char d = t.charAt(j);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if ((d == '-' || d == '\u2010' || d == '\u2011') && j + 1 < to && Character.isLetterOrDigit(t.charAt(j + 1))) {
            j++; // Zaghari-Ratcliffe, al-Mansouri, five-year-old
          } else if (Folding.isSingleQuote(d) && d != '\u2018' && j + 1 < to && Character.isLetter(t.charAt(j + 1))) {
            // isn't, O'Malley, let's — but a possessive 's ends the word
            if ((t.charAt(j + 1) == 's' || t.charAt(j + 1) == 'S') && (j + 2 >= to || !Character.isLetterOrDigit(t.charAt(j + 2)))
                && !(j - i == 3 && t.regionMatches(true, i, "let", 0, 3))) {
              break;
            }
            j++;
          } else if (d == '.' && j + 1 < to && Character.isLetter(t.charAt(j + 1)) && j + 2 <= to && isInitialismSoFar(i, j)) {
            j++; // U.S, e.g
          } else {
            break;
          }
        }
        // a trailing period that belongs to the word: Mr., U.S., J. (initial), Calif.
        if (j < to && t.charAt(j) == '.') {
          String w = t.substring(i, j).toLowerCase(Locale.ROOT);
          boolean initial = j - i == 1 && Character.isUpperCase(c);
          boolean initialism = w.indexOf('.') > 0 && isInitialismSoFar(i, j);
          if (ABBREVIATIONS.contains(w) || initial || initialism) {
            j++;
          }
        }
        add(i, j, WORD, paragraph);
        if (j < to && Folding.isSingleQuote(t.charAt(j)) && j + 1 < to && (t.charAt(j + 1) == 's' || t.charAt(j + 1) == 'S')
            && (j + 2 >= to || !Character.isLetterOrDigit(t.charAt(j + 2)))) {
          add(j, j + 2, POSSESSIVE, paragraph);
          j += 2;
        }
        i = j;
      } else if (Character.isDigit(c)) {
        int j = i + 1;
        while (j < to) {
          char d = t.charAt(j);
          if (Character.isLetterOrDigit(d)) {
            j++;
          } else if ((d == ',' || d == '.' || d == ':' || d == '-') && j + 1 < to && Character.isDigit(t.charAt(j + 1))) {
            j++;
          } else {
            break;
          }
        }
        add(i, j, NUMBER, paragraph);
        i = j;
      } else {
        add(i, i + 1, PUNCT, paragraph);
        i++;
      }
    }
  }

  /** The characters from {@code s} to {@code e} are single letters separated by periods. */
  private boolean isInitialismSoFar(int s, int e) {
    for (int k = s; k < e; k++) {
      boolean letterSlot = ((k - s) % 2) == 0;
      char c = text.charAt(k);
      if (letterSlot ? !Character.isLetter(c) : c != '.') {
        return false;
      }
    }
    return true;
  }

  // ---- sentences

  private void splitSentences() {
    addSentence(0);
    for (int i = 0; i < size; i++) {
      if (i > 0 && paragraphOf[i] != paragraphOf[i - 1] || i > 0 && afterShortLine(i)) {
        addSentence(i);
        continue;
      }
      if (kind[i] != PUNCT) {
        // "in the U.S. The president": an initialism ending a sentence
        if (kind[i] == WORD && text.charAt(end[i] - 1) == '.' && i + 1 < size && paragraphOf[i + 1] == paragraphOf[i]
            && isWord(i + 1) && Character.isUpperCase(first(i + 1)) && SENTENCE_STARTERS.contains(lower(i + 1))) {
          addSentence(i + 1);
        }
        continue;
      }
      char c = text.charAt(start[i]);
      if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
        continue;
      }
      int j = i + 1;
      // closing quotes and brackets stay with the sentence they close
      while (j < size && paragraphOf[j] == paragraphOf[i] && kind[j] == PUNCT && isCloser(text.charAt(start[j]))) {
        j++;
      }
      if (j >= size || paragraphOf[j] != paragraphOf[i]) {
        continue;
      }
      if (start[j] == end[j - 1]) {
        continue; // no space: "3.5", "...?" inside a word
      }
      char n = text.charAt(start[j]);
      if (c != '.' && j > i + 1 && Character.isUpperCase(n) && nameThenCue(j)) {
        continue; // "‘…, why?’ Gonzalez said.": the question closes a quotation, not the sentence
      }
      if (Character.isUpperCase(n) || Character.isDigit(n) || isOpener(n) || n == '\u2018' || n == '\u201C') {
        addSentence(j);
      }
    }
  }

  /**
   * Token {@code i} opens a short line after a short line: a list, headings or captions ("Related
   * Topics", "Keswick"), not hard-wrapped copy, whose lines run to 60 or 70 characters (its first
   * line may be short where a dateline was cut off).
   */
  private boolean afterShortLine(int i) {
    int nl = -1;
    for (int k = start[i] - 1; k >= end[i - 1]; k--) { // only the gap between the two tokens
      if (text.charAt(k) == '\n') {
        nl = k;
        break;
      }
    }
    if (nl < 0) {
      return false;
    }
    int lineStart = text.lastIndexOf('\n', nl - 1) + 1;
    if (nl - lineStart >= SHORT_LINE) {
      return false;
    }
    int next = text.indexOf('\n', start[i]);
    int paraEnd = paragraphs.get(paragraphOf[i]).end();
    int lineEnd = next < 0 || next > paraEnd ? paraEnd : next;
    return lineEnd - (nl + 1) < SHORT_LINE; // two short lines in a row: a list ("Related Topics", "Keswick")
  }

  private static final int SHORT_LINE = 40;

  private static final Set<String> SAYING = Set.of("said", "says", "asked", "asks", "added", "told", "replied", "wrote", "shouted", "insisted", "wondered");

  /** One to three capitalised words, then a verb of saying: "Gonzalez said", "Mr Ruiz asked". */
  private boolean nameThenCue(int j) {
    for (int k = j; k < size && k < j + 4 && paragraphOf[k] == paragraphOf[j]; k++) {
      if (kind[k] != WORD) {
        return false;
      }
      if (k > j && SAYING.contains(lower(k))) {
        return true;
      }
      if (!Character.isUpperCase(first(k))) {
        return false;
      }
    }
    return false;
  }

  private static boolean isCloser(char c) {
    return c == ')' || c == ']' || c == '\u2019' || c == '\u201D' || c == '"' || c == '\'' || c == '\u00BB';
  }

  private void addSentence(int tokenIndex) {
    if (sentences > 0 && sentenceStart[sentences - 1] >= tokenIndex) {
      return;
    }
    if (sentences == sentenceStart.length) {
      sentenceStart = Arrays.copyOf(sentenceStart, sentences * 2);
    }
    sentenceStart[sentences++] = tokenIndex;
  }

  private static final Set<String> SENTENCE_STARTERS =
      Set.of("the", "he", "she", "it", "they", "we", "i", "but", "and", "a", "an", "this", "that", "in", "on", "at", "mr", "mrs", "ms", "dr", "its", "his", "her", "their", "there", "officials", "police");
}
