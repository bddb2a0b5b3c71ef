package org.newssearch.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.newssearch.text.Folding;

/**
 * Folds the typography inside a token so that every spelling of one word is one term: curly
 * apostrophes and primes become {@code '} (isn’t = isn't, so the possessive filter after it sees
 * them), dashes become {@code -}, and dots between single letters go (U.S. = US). Works in place;
 * offsets are untouched, so highlighting stays exact.
 */
public final class NewsNormalizationFilter extends TokenFilter {

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public NewsNormalizationFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    char[] b = term.buffer();
    int len = term.length();
    for (int i = 0; i < len; i++) {
      char c = b[i];
      if (c >= 0x80 || c == '`') {
        b[i] = Folding.fold(c);
      }
    }
    if (len >= 3 && isDottedAcronym(b, len)) {
      int w = 0;
      for (int i = 0; i < len; i++) {
        if (b[i] != '.') {
          b[w++] = b[i];
        }
      }
      term.setLength(w);
    }
    return true;
  }

  /** U.S, U.K., e.g: single letters separated by dots. */
  private static boolean isDottedAcronym(char[] b, int len) {
    for (int i = 0; i < len; i++) {
      boolean letterSlot = (i % 2) == 0;
      if (letterSlot ? !Character.isLetter(b[i]) : b[i] != '.') {
        return false;
      }
    }
    return true;
  }
}
