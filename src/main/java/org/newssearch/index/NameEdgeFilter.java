package org.newssearch.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Trims what a name token may carry at its edges but not inside: the period of "Mr." or "Jr.",
 * a possessive ("Johnson’s"), a stray hyphen. Drops tokens left empty.
 */
public final class NameEdgeFilter extends TokenFilter {

  /** Position gap between two names of one field value (see {@code Schema.NAME_SEPARATOR}). */
  static final int NAME_GAP = 1000;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private int pendingGap;

  public NameEdgeFilter(TokenStream in) {
    super(in);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingGap = 0;
  }

  @Override
  public boolean incrementToken() throws IOException {
    while (input.incrementToken()) {
      char[] b = term.buffer();
      int len = term.length();
      if (len == 1 && b[0] == '\u001F') {
        pendingGap += NAME_GAP;
        continue;
      }
      if (len >= 2 && (b[len - 1] == 's' || b[len - 1] == 'S') && (b[len - 2] == '\'' || b[len - 2] == '\u2019')) {
        len -= 2;
      }
      int start = 0;
      while (start < len && !Character.isLetterOrDigit(b[start])) {
        start++;
      }
      while (len > start && !Character.isLetterOrDigit(b[len - 1])) {
        len--;
      }
      if (len > start) {
        if (start > 0) {
          System.arraycopy(b, start, b, 0, len - start);
        }
        term.setLength(len - start);
        if (pendingGap > 0) {
          posInc.setPositionIncrement(posInc.getPositionIncrement() + pendingGap);
          pendingGap = 0;
        }
        return true;
      }
    }
    return false;
  }
}
