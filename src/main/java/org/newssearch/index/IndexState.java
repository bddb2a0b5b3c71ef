package org.newssearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Reads the remembered state out of an index: origin documents by file, articles by id, and the
 * join between the two that finds articles no file refers to any more. Thread-safe over an open
 * reader; the caller owns the reader.
 */
public final class IndexState {

  private final IndexReader reader;

  public IndexState(IndexReader reader) {
    this.reader = reader;
  }

  /** An article as last written: which file wrote it and the hash of what was written. */
  public record ArticleRef(String file, String chash) {}

  /** The remembered state of an input file, or null when it was never indexed. */
  public OriginState origin(String file) throws IOException {
    int doc = firstLiveDoc(reader, Schema.OKEY, new BytesRef(file));
    if (doc < 0) {
      return null;
    }
    Document d = reader.storedFields().document(doc);
    String refs = d.get(Schema.REFS_STORED);
    return new OriginState(
        file,
        d.getField(Schema.OSIZE).numericValue().longValue(),
        d.getField(Schema.OMTIME).numericValue().longValue(),
        d.get(Schema.OHASH),
        refs == null || refs.isEmpty() ? List.of() : List.of(refs.split("\n")));
  }

  public ArticleRef article(String id) throws IOException {
    int doc = firstLiveDoc(reader, Schema.ID, new BytesRef(id));
    if (doc < 0) {
      return null;
    }
    Document d = reader.storedFields().document(doc);
    return new ArticleRef(d.get(Schema.FILE), d.get(Schema.CHASH));
  }

  /** Whether the file, as last indexed, yielded the article (as its writer or as a duplicate). */
  public boolean holds(String file, String id) throws IOException {
    OriginState o = origin(file);
    return o != null && o.refs().contains(id);
  }

  /** Every origin file the index remembers. */
  public List<String> originFiles() throws IOException {
    List<String> out = new ArrayList<>();
    forEachLiveTerm(Schema.OKEY, t -> out.add(t.utf8ToString()));
    return out;
  }

  /** Calls {@code action} with each live article id that no origin refers to. */
  public void forEachOrphan(Consumer<String> action) throws IOException {
    Terms ids = MultiTerms.getTerms(reader, Schema.ID);
    if (ids == null) {
      return;
    }
    Terms refs = MultiTerms.getTerms(reader, Schema.REFS);
    Bits live = MultiBits.getLiveDocs(reader);
    TermsEnum idEnum = ids.iterator();
    TermsEnum refEnum = refs == null ? null : refs.iterator();
    PostingsEnum pe = null;
    BytesRef id;
    while ((id = idEnum.next()) != null) {
      pe = idEnum.postings(pe, PostingsEnum.NONE);
      if (!hasLive(pe, live)) {
        continue;
      }
      boolean referenced = false;
      if (refEnum != null && refEnum.seekExact(id)) {
        referenced = hasLive(refEnum.postings(null, PostingsEnum.NONE), live);
      }
      if (!referenced) {
        action.accept(id.utf8ToString());
      }
    }
  }

  /** Calls {@code action} with every term of {@code field} that has a live document. */
  public void forEachLiveTerm(String field, Consumer<BytesRef> action) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return;
    }
    Bits live = MultiBits.getLiveDocs(reader);
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    BytesRef t;
    while ((t = te.next()) != null) {
      pe = te.postings(pe, PostingsEnum.NONE);
      if (hasLive(pe, live)) {
        action.accept(t);
      }
    }
  }

  private static boolean hasLive(PostingsEnum pe, Bits live) throws IOException {
    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
      if (live == null || live.get(d)) {
        return true;
      }
    }
    return false;
  }

  /** The first live document holding {@code term} in {@code field}, as a top-level doc id, or -1. */
  public static int firstLiveDoc(IndexReader reader, String field, BytesRef term) throws IOException {
    for (LeafReaderContext ctx : reader.leaves()) {
      LeafReader leaf = ctx.reader();
      Terms terms = leaf.terms(field);
      if (terms == null) {
        continue;
      }
      TermsEnum te = terms.iterator();
      if (!te.seekExact(term)) {
        continue;
      }
      PostingsEnum pe = te.postings(null, PostingsEnum.NONE);
      Bits live = leaf.getLiveDocs();
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        if (live == null || live.get(d)) {
          return ctx.docBase + d;
        }
      }
    }
    return -1;
  }

  public static boolean isEmpty(DirectoryReader r) {
    return r.maxDoc() == 0;
  }
}
