package org.newssearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
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
    return new ChangedStems();
  }

  /**
   * Replays the stems that differ from their words, looking each word up in the worker thread's
   * memo of the stemmer (a pure function of the word): news vocabulary is so skewed that nearly
   * every token is a word seen before, and the stemmer's dictionary work is done once per word.
   */
  private final class ChangedStems extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute pos = addAttribute(PositionIncrementAttribute.class);
    private final StemMemo memo = STEMS.get();
    private int next;

    @Override
    public boolean incrementToken() throws IOException {
      int skipped = 0;
      while (next < size) {
        int i = next++;
        char[] stem = memo.stem(chars, termStart[i], termLength[i]);
        if (stem == null) {
          skipped += positionIncrement[i]; // unchanged: the exact field has it
          continue;
        }
        clearAttributes();
        term.copyBuffer(stem, 0, stem.length);
        offset.setOffset(startOffset[i], endOffset[i]);
        pos.setPositionIncrement(positionIncrement[i] + skipped);
        return true;
      }
      return false;
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

  private static final ThreadLocal<StemMemo> STEMS = ThreadLocal.withInitial(StemMemo::new);

  /**
   * Whether the stemming filters leave a word as it is without asking them: words of one or two
   * characters (the spelling filter starts at four letters, KStem at three) and words with no
   * letter a-z (numbers, which the benchmark corpus varies endlessly; KStem stems only
   * alphabetic words and its dictionary holds nothing else). Such words are 23% of the tokens of
   * Reuters bodies, and numbers would otherwise flood the memo with words seen once.
   */
  static boolean unchangedByStemming(char[] buf, int off, int len) {
    if (len <= 2) {
      return true;
    }
    for (int i = off; i < off + len; i++) {
      char c = buf[i];
      if (c >= 'a' && c <= 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * A bounded memo of word → changed stem (or "unchanged") for one thread. (A hand-written
   * open-addressing table measured 20 ns a token against this map's 24, half a per cent of the
   * indexing time: not worth its code.)
   */
  private static final class StemMemo {
    private static final int MAX = 200_000;
    private static final char[] UNCHANGED = new char[0];
    private final CharArrayMap<char[]> memo = new CharArrayMap<>(1 << 14, false);
    private final SingleWord word = new SingleWord();
    private final TokenStream chain = new NewsStemFilter(new SpellingVariantFilter(word));
    private final CharTermAttribute out = chain.getAttribute(CharTermAttribute.class);

    /** The stem if it differs from the word, else null. */
    char[] stem(char[] buf, int off, int len) throws IOException {
      if (unchangedByStemming(buf, off, len)) {
        return null;
      }
      char[] known = memo.get(buf, off, len);
      if (known == null) {
        word.set(buf, off, len);
        chain.reset();
        chain.incrementToken();
        boolean same = out.length() == len && Arrays.equals(out.buffer(), 0, len, buf, off, off + len);
        known = same ? UNCHANGED : Arrays.copyOf(out.buffer(), out.length()); // read before end() clears it
        chain.end();
        chain.close();
        if (memo.size() >= MAX) {
          memo.clear(); // a new vocabulary (another language, another decade): start over
        }
        memo.put(Arrays.copyOfRange(buf, off, off + len), known);
      }
      return known == UNCHANGED ? null : known;
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
