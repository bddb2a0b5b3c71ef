package org.newssearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analysed once by the shared chain (tokenizer, typography, possessives, diacritics, lower
 * case) and replayed into both of its fields: as is into the exact field, through spelling
 * variants and the stemmer into the stemmed one. The tokens are exactly what {@link
 * NewsAnalyzers#exact()} and {@link NewsAnalyzers#stemmed()} produce for the same text, so queries
 * analysed by those match; the work of tokenizing is done once instead of twice.
 */
final class AnalyzedText {

  private static final Analyzer EXACT = NewsAnalyzers.exact();

  private char[] chars = new char[256];
  private int[] termStart = new int[64];
  private int[] termLength = new int[64];
  private int[] startOffset = new int[64];
  private int[] endOffset = new int[64];
  private int[] positionIncrement = new int[64];
  private int size;
  private int charCount;
  private int finalOffset;

  static AnalyzedText of(String field, String text) {
    AnalyzedText a = new AnalyzedText();
    try (TokenStream ts = EXACT.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        a.add(term.buffer(), term.length(), offset.startOffset(), offset.endOffset(), pos.getPositionIncrement());
      }
      ts.end();
      a.finalOffset = offset.endOffset();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String reader does not fail
    }
    return a;
  }

  private void add(char[] buf, int len, int start, int end, int posInc) {
    if (size == termStart.length) {
      int n = size * 2;
      termStart = Arrays.copyOf(termStart, n);
      termLength = Arrays.copyOf(termLength, n);
      startOffset = Arrays.copyOf(startOffset, n);
      endOffset = Arrays.copyOf(endOffset, n);
      positionIncrement = Arrays.copyOf(positionIncrement, n);
    }
    if (charCount + len > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + len));
    }
    System.arraycopy(buf, 0, chars, charCount, len);
    termStart[size] = charCount;
    termLength[size] = len;
    startOffset[size] = start;
    endOffset[size] = end;
    positionIncrement[size] = posInc;
    charCount += len;
    size++;
  }

  /** The tokens of the exact field. */
  TokenStream exact() {
    return new Replay();
  }

  /** The tokens of the stemmed field. */
  TokenStream stemmed() {
    return new KStemFilter(new SpellingVariantFilter(new Replay()));
  }

  /** Replays the recorded tokens. */
  private final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute pos = addAttribute(PositionIncrementAttribute.class);
    private int next;

    @Override
    public boolean incrementToken() {
      if (next >= size) {
        return false;
      }
      clearAttributes();
      term.copyBuffer(chars, termStart[next], termLength[next]);
      offset.setOffset(startOffset[next], endOffset[next]);
      pos.setPositionIncrement(positionIncrement[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
