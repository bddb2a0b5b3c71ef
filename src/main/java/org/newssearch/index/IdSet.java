package org.newssearch.index;

import org.apache.lucene.internal.hppc.LongHashSet;

/**
 * The ids written in this run, as 64-bit fingerprints in striped primitive sets: about 16 bytes
 * per article instead of a hundred for a set of strings, so a million-article run stays small.
 */
final class IdSet {

  private static final int STRIPES = 64;
  private final LongHashSet[] sets = new LongHashSet[STRIPES];

  IdSet() {
    for (int i = 0; i < STRIPES; i++) {
      sets[i] = new LongHashSet();
    }
  }

  /** Adds the id; false when it was already there. */
  boolean add(String id) {
    long h = fingerprint(id);
    LongHashSet s = sets[(int) (h >>> 58)];
    synchronized (s) {
      return s.add(h);
    }
  }

  /** FNV-1a over the chars, then a murmur finaliser to spread the bits. */
  static long fingerprint(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
