package org.newssearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.newssearch.nlp.Gazetteer;

/**
 * KStem, and the plurals its dictionary keeps whole. KStem stems a word only when the word is not
 * itself an entry of its dictionary, and the dictionary lists many plurals as entries: "years",
 * "shares", "talks", "sales", "troops", "pieces" come out as they went in, so a search for "share"
 * would miss "shares". (Over Reuters-21578 such plurals are 1.7% of the tokens, 319 words of five
 * letters or more.) For a plural KStem leaves alone this filter stems the singular instead, by
 * Lucene's minimal English rules ("-ies" → "-y", "-es"/"-s" → without the "s"), except after
 * "ss", "us" and "is" ("crisis"), for a given name ("Williams" stays apart from William) and for a
 * few words that only look plural ("news", "always") or whose singular means another thing
 * ("goods", "arms").
 *
 * <p>The past tenses and participles KStem keeps ("received", "making") stay as they are: KStem
 * strips an "s" from any word it does not know, so it cannot tell which base is a word, and
 * guessing ("noted" → "not") would do more harm than the missing conflation. Porter, the usual
 * alternative, conflates far more ("new"/"news", "unit"/"united", "import"/"important",
 * "us"/"used"). The stem of a plural and of its singular are always the same, so a query in
 * either form matches both.
 */
public final class NewsStemFilter extends TokenFilter {

  /** Words shaped like plurals that are not ("always", "news") or whose singular means another thing ("goods"). */
  private static final CharArraySet KEEP =
      new CharArraySet(
          List.of("always", "perhaps", "whereas", "sometimes", "besides", "afterwards", "themselves", "ourselves", "yourselves", "series",
              "species", "news", "goods", "arms", "means", "physics", "politics", "economics", "ethics", "commons", "customs", "lens"),
          false);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final Stemmer stemmer = new Stemmer();

  public NewsStemFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (!keyword.isKeyword()) {
      String stem = stemmer.stem(term.toString());
      term.setEmpty().append(stem);
    }
    return true;
  }

  /** The stemming itself, on one word at a time: KStem run through a one-word token stream. */
  static final class Stemmer {
    private final SingleWord word = new SingleWord();
    private final TokenStream kstem = new KStemFilter(word);
    private final CharTermAttribute out = kstem.getAttribute(CharTermAttribute.class);

    String stem(String w) {
      String k = kstem(w);
      if (!k.equals(w) || w.length() < 5 || !isLowerAscii(w) || KEEP.contains(w)) {
        return k;
      }
      String base = base(w);
      return base == null ? w : stem(base);
    }

    /** The singular of a plural KStem kept whole, or null. */
    private String base(String w) {
      int n = w.length();
      if (w.endsWith("s")) {
        if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
          return null;
        }
        String singular;
        if (w.endsWith("ies") && "ae".indexOf(w.charAt(n - 4)) < 0) {
          singular = w.substring(0, n - 3) + "y";
        } else if (w.endsWith("es") && "aeio".indexOf(w.charAt(n - 3)) >= 0) {
          return null; // "toes", "canoes", "bees": KStem's own business
        } else {
          singular = w.substring(0, n - 1);
        }
        return Gazetteer.isGivenName(singular) ? null : singular;
      }
      return null;
    }

    private String kstem(String w) {
      try {
        word.set(w);
        kstem.reset();
        kstem.incrementToken();
        String s = out.toString();
        kstem.end();
        kstem.close();
        return s;
      } catch (IOException e) {
        throw new UncheckedIOException(e); // an in-memory stream does not fail
      }
    }

    private static boolean isLowerAscii(String w) {
      for (int i = 0; i < w.length(); i++) {
        char c = w.charAt(i);
        if (c < 'a' || c > 'z') {
          return false;
        }
      }
      return true;
    }
  }
}
