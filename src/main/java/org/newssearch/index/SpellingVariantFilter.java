package org.newssearch.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Maps British spellings to American ones (colour → color, organised → organized, centre →
 * center, travelled → traveled) so that a half-remembered quote in either spelling finds the
 * other. Runs on lower-cased tokens before stemming, in the stemmed fields only: the exact fields
 * keep what was written.
 */
public final class SpellingVariantFilter extends TokenFilter {

  private static final String[] SUFFIXES = {
    "fulness", "fully", "ations", "ation", "ments", "ment", "ness", "ings", "ing", "ists", "ist",
    "isms", "ism", "able", "ably", "ful", "ers", "er", "ed", "es", "ly", "s", "d"
  };
  private static final CharArrayMap<char[]> BASES = loadBases();
  private static final CharArrayMap<char[]> FORMS = inflect(BASES);
  /** Bases whose -ise is not the -ize suffix (rise, advertise, surprise...). */
  private static final CharArraySet ISE_EXCEPTIONS =
      new CharArraySet(
          List.of(
              "r", "w", "ra", "pra", "apprai", "upra", "noi", "poi", "crui", "brui", "gui", "disgui",
              "advi", "devi", "revi", "supervi", "televi", "improvi", "advertis", "advert", "exerc",
              "surpr", "comprom", "prom", "prem", "franch", "merchand", "enterpr", "expert", "compr",
              "desp", "prec", "conc", "treat", "dem", "parad", "otherw", "likew", "clockw", "exc",
              "circumc", "appr", "ar", "surm", "chast", "inc", "repr", "pr", "an", "m", "v", "ch",
              "chem", "mort", "val", "p", "prec", "dis", "rev", "up", "sunr", "moonr", "highr"),
          false);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  public SpellingVariantFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword() || term.length() < 4) {
      return true;
    }
    char[] b = term.buffer();
    int len = term.length();
    char[] whole = FORMS.get(b, 0, len); // every listed word with every suffix, precomputed: one lookup
    if (whole != null) {
      term.copyBuffer(whole, 0, whole.length);
      return true;
    }
    if (len >= 6 && mayEndInIse(b, len)) {
      iseToIze(b, len);
    }
    return true;
  }

  /** Every base with every suffix, mapped to the American base with the same suffix. */
  private static CharArrayMap<char[]> inflect(CharArrayMap<char[]> bases) {
    CharArrayMap<char[]> forms = new CharArrayMap<>(bases.size() * (SUFFIXES.length + 1), false);
    for (var e : bases.entrySet()) {
      String gb = new String((char[]) e.getKey());
      String us = new String(e.getValue());
      for (String suffix : SUFFIXES) {
        if (gb.length() >= 3) {
          forms.putIfAbsent(gb + suffix, (us + suffix).toCharArray());
        }
      }
    }
    for (var e : bases.entrySet()) {
      forms.put((char[]) e.getKey(), e.getValue()); // the base itself wins over a suffixed collision
    }
    return CharArrayMap.unmodifiableMap(forms);
  }

  /** A cheap test that the word has "is" or "ys" within its last eight letters. */
  private static boolean mayEndInIse(char[] b, int len) {
    for (int i = Math.max(1, len - 8); i < len; i++) {
      if (b[i] == 's' && (b[i - 1] == 'i' || b[i - 1] == 'y')) {
        return true;
      }
    }
    return false;
  }

  /** organise/organised/organising/organisation → -iz-; analyse → analyze. */
  private void iseToIze(char[] b, int len) {
    String[] iseSuffixes = {"isations", "isation", "ising", "isers", "iser", "ises", "ised", "ise"};
    for (String s : iseSuffixes) {
      int sl = s.length();
      if (len - sl >= 3 && endsWith(b, len, s)) {
        int baseLen = len - sl;
        if (b[baseLen - 1] == 'l' && b[baseLen - 2] == 'a' && sl >= 3) {
          // -alise (realise, finalise): never an exception
          b[baseLen + 1] = 'z';
          return;
        }
        if (!ISE_EXCEPTIONS.contains(b, 0, baseLen) && !endsWithException(b, baseLen)) {
          b[baseLen + 1] = 'z';
        }
        return;
      }
    }
    String[] yse = {"lysed", "lyses", "lysing", "lyser", "lysers", "lyse"};
    for (String s : yse) {
      if (len > s.length() && endsWith(b, len, s)) {
        b[len - s.length() + 2] = 'z';
        return;
      }
    }
  }

  private static boolean endsWithException(char[] b, int baseLen) {
    for (Object o : ISE_EXCEPTIONS) {
      char[] e = (char[]) o;
      if (e.length >= 3 && e.length <= baseLen) {
        boolean match = true;
        for (int i = 0; i < e.length && match; i++) {
          match = b[baseLen - e.length + i] == e[i];
        }
        if (match) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean endsWith(char[] b, int len, String s) {
    int sl = s.length();
    if (sl > len) {
      return false;
    }
    for (int i = 0; i < sl; i++) {
      if (b[len - sl + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static CharArrayMap<char[]> loadBases() {
    CharArrayMap<char[]> map = new CharArrayMap<>(512, false);
    for (String[] pair : read("spelling-variants.txt")) {
      if (pair.length != 2) {
        throw new IllegalStateException("spelling-variants.txt: expected two words per line: " + String.join(" ", pair));
      }
      String gb = pair[0];
      String us = pair[1];
      map.put(gb, us.toCharArray());
      if (gb.endsWith("re") && us.endsWith("er")) { // centr(ed|ing) → center(ed|ing)
        map.put(gb.substring(0, gb.length() - 1), us.toCharArray());
      }
      if (gb.endsWith("e") && !us.endsWith("e")) { // practis(ed|ing), judgement-less stems
        map.putIfAbsent(gb.substring(0, gb.length() - 1), us.toCharArray());
      }
    }
    for (String[] verb : read("l-doubling.txt")) {
      map.put(verb[0] + "l", verb[0].toCharArray());
    }
    return CharArrayMap.unmodifiableMap(map);
  }

  private static List<String[]> read(String resource) {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = SpellingVariantFilter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          out.add(line.split("\\s+"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
