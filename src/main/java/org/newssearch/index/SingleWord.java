package org.newssearch.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** A token stream of one word, for running stemming filters on a word at a time. */
final class SingleWord extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private char[] buf;
  private int off;
  private int len;
  private boolean done;

  void set(char[] b, int o, int l) {
    buf = b;
    off = o;
    len = l;
  }

  void set(String w) {
    set(w.toCharArray(), 0, w.length());
  }

  @Override
  public boolean incrementToken() {
    if (done) {
      return false;
    }
    clearAttributes();
    term.copyBuffer(buf, off, len);
    done = true;
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    done = false;
  }
}
