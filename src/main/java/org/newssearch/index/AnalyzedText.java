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
 * case) and replayed into both of its fields: every word as written into the exact field, and into
 * the stemmed field only the stems that differ from the word as written ("used" → "use", "colour"
 * → "color"), at the word's position. A stemmed search looks for its stem in both fields, which
 * finds every form; the stemmed field carries a fifth of the tokens instead of all of them, which
 * is most of what indexing costs. The stems are exactly what {@link NewsAnalyzers#stemmed()}
 * produces, so queries analysed by it match.
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

  /** The tokens of the stemmed field: stems that differ from their word, at its position. */
  TokenStream stemmed() {
    Replay source = new Replay();
    return new ChangedOnly(new KStemFilter(new SpellingVariantFilter(source)), source);
  }

  /** Drops a stem equal to its word, carrying its position forward. */
  private final class ChangedOnly extends org.apache.lucene.analysis.TokenFilter {
    private final Replay source;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute pos = addAttribute(PositionIncrementAttribute.class);
    private int skipped;

    ChangedOnly(TokenStream in, Replay source) {
      super(in);
      this.source = source;
    }

    @Override
    public boolean incrementToken() throws IOException {
      while (input.incrementToken()) {
        int i = source.next - 1;
        if (term.length() == termLength[i] && Arrays.equals(term.buffer(), 0, term.length(), chars, termStart[i], termStart[i] + termLength[i])) {
          skipped += pos.getPositionIncrement();
          continue;
        }
        pos.setPositionIncrement(pos.getPositionIncrement() + skipped);
        skipped = 0;
        return true;
      }
      return false;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      skipped = 0;
    }
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
