package org.newssearch.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.newssearch.index.Schema;
import org.newssearch.model.Article;
import org.newssearch.model.EntityType;
import org.newssearch.search.EntityFacets;
import org.newssearch.search.NewsSearcher;
import org.newssearch.search.QueryException;

/**
 * A fixed, seeded set of queries drawn from the corpus itself: single terms, conjunctions of two
 * or three words of one article, phrases of two or three consecutive words, entity queries on
 * names the index holds, half-remembered quotes taken from quote documents, and facet queries.
 */
final class QuerySet {

  final List<String> text = new ArrayList<>(); // terms, conjunctions, phrases: both indexes
  final List<String> entity = new ArrayList<>(); // person:"…", org:"…", place:"…": ours only
  final List<String> quotes = new ArrayList<>(); // quote search
  final List<String> facets = new ArrayList<>(); // entity facets of a query

  static QuerySet build(List<Article> base, NewsSearcher ours, long seed, int total) throws IOException, QueryException {
    SplittableRandom r = new SplittableRandom(seed);
    QuerySet q = new QuerySet();
    int terms = total * 30 / 100;
    int conj = total * 25 / 100;
    int phrases = total * 25 / 100;
    int entities = total * 10 / 100;
    int quoteN = total * 10 / 100;
    int facetN = total * 10 / 100;
    while (q.text.size() < terms) {
      List<String> w = words(base.get(r.nextInt(base.size())));
      if (!w.isEmpty()) {
        q.text.add(w.get(r.nextInt(w.size())));
      }
    }
    while (q.text.size() < terms + conj) {
      List<String> w = words(base.get(r.nextInt(base.size())));
      if (w.size() >= 3) {
        int k = 2 + r.nextInt(2);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < k; i++) {
          sb.append(i == 0 ? "" : " ").append(w.get(r.nextInt(w.size())));
        }
        q.text.add(sb.toString());
      }
    }
    while (q.text.size() < terms + conj + phrases) {
      String[] tokens = base.get(r.nextInt(base.size())).body().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
      if (tokens.length < 6) {
        continue;
      }
      int k = 2 + r.nextInt(2);
      int at = r.nextInt(tokens.length - k);
      StringBuilder sb = new StringBuilder("\"");
      boolean ok = true;
      for (int i = 0; i < k; i++) {
        ok &= tokens[at + i].length() >= 2;
        sb.append(i == 0 ? "" : " ").append(tokens[at + i]);
      }
      if (ok) {
        q.text.add(sb.append('"').toString());
      }
    }
    EntityFacets.Result top = ours.entities(null, null, 300, null, null, null);
    List<String> names = new ArrayList<>();
    top.byType().forEach((type, list) -> list.forEach(c -> names.add(type.field() + ":\"" + c.name().replace("\"", "") + "\"")));
    while (q.entity.size() < entities && !names.isEmpty()) {
      q.entity.add(names.get(r.nextInt(names.size())));
    }
    IndexSearcher s = ours.searcher();
    ScoreDoc[] quoteDocs = s.search(new TermQuery(new Term(Schema.KIND, Schema.KIND_QUOTE)), 20_000).scoreDocs;
    int attempts = 0;
    while (q.quotes.size() < quoteN && quoteDocs.length > 0 && attempts++ < quoteN * 20) {
      Document d = s.storedFields().document(quoteDocs[r.nextInt(quoteDocs.length)].doc);
      String[] w = d.get(Schema.QUOTE).split("\\s+");
      if (w.length < 3) {
        continue;
      }
      int k = Math.min(w.length, 3 + r.nextInt(4));
      int at = r.nextInt(w.length - k + 1);
      q.quotes.add(String.join(" ", Arrays.copyOfRange(w, at, at + k)).replaceAll("[\"“”‘’]", ""));
    }
    while (q.facets.size() < facetN) {
      q.facets.add(q.text.get(r.nextInt(terms)));
    }
    return q;
  }

  int size() {
    return text.size() + entity.size() + quotes.size() + facets.size();
  }

  private static List<String> words(Article a) {
    List<String> out = new ArrayList<>();
    for (String w : a.body().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 4 && w.length() <= 14 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w) && !w.equals("reuter")) {
        out.add(w);
      }
    }
    return out;
  }

  static EntityType typeOf(String entityQuery) {
    return EntityType.parse(entityQuery.substring(0, entityQuery.indexOf(':')));
  }
}
