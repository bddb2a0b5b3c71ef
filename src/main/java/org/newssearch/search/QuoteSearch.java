package org.newssearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.newssearch.index.NewsAnalyzers;
import org.newssearch.index.Schema;

/**
 * Quote search over the quote documents. Plain words are matched the way people remember
 * quotes: most of the content words must be there (stemmed, British or American spelling, any
 * order), and quotes that keep the words in order, close together, rank first; compounds are
 * bridged (chesspiece, chess piece). A query with operators or quotation marks uses the classic
 * syntax instead. A speaker is matched on canonical names and the names used in the article.
 */
public final class QuoteSearch {

  /**
   * Share of the content words a quote must contain (at least two when the query has two). Low on
   * purpose: a remembered sentence often wraps a short quote in words that were not quoted ("she
   * is being used as a ‘chess piece’"); the ranking, by rare words and word order, does the rest.
   */
  static final float MIN_SHOULD_MATCH = 0.4f;

  private final NewsSearcher searcher;


  QuoteSearch(NewsSearcher searcher) {
    this.searcher = searcher;
  }

  public QuoteResults search(QuoteRequest req) throws IOException, QueryException {
    long t0 = System.nanoTime();
    Query textQuery = req.text() == null || req.text().isBlank() ? null : textQuery(req.text());
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    if (textQuery != null) {
      b.add(textQuery, BooleanClause.Occur.MUST);
    }
    if (req.speaker() != null && !req.speaker().isBlank()) {
      b.add(speakerQuery(req.speaker()), BooleanClause.Occur.FILTER);
    }
    if (req.articleId() != null && !req.articleId().isBlank()) {
      b.add(new TermQuery(new Term(Schema.AID, req.articleId())), BooleanClause.Occur.FILTER);
    }
    Query q = searcher.withFilters(b.build(), Schema.KIND_QUOTE, req.from(), req.to(), req.source());
    int n = req.offset() + req.limit();
    TopDocs top = textQuery == null
        ? searcher.topDocs(q, SearchRequest.Sort.DATE, Math.max(n, 1))
        : searcher.topDocs(q, SearchRequest.Sort.RELEVANCE, Math.max(n, 1));
    ScoreDoc[] page = top.scoreDocs.length <= req.offset() ? new ScoreDoc[0] : Arrays.copyOfRange(top.scoreDocs, req.offset(), Math.min(top.scoreDocs.length, n));
    Snippet[] snippets = new Snippet[page.length];
    if (textQuery != null && page.length > 0) {
      int[] docs = Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
      Object[] hl = searcher.highlighter(Map.of(Schema.QUOTE, Set.of(Schema.QUOTE_EXACT)), true)
          .highlight(new String[] {Schema.QUOTE}, textQuery, docs, new int[] {1}).get(Schema.QUOTE);
      for (int i = 0; i < page.length; i++) {
        snippets[i] = hl[i] instanceof Snippet s ? s : null;
      }
    }
    List<QuoteHit> hits = new ArrayList<>();
    var stored = searcher.reader().storedFields();
    for (int i = 0; i < page.length; i++) {
      Document d = stored.document(page[i].doc);
      String text = d.get(Schema.QUOTE);
      hits.add(new QuoteHit(
          req.offset() + i + 1,
          text,
          snippets[i] == null ? Snippet.plain(text) : snippets[i],
          d.get(Schema.SPEAKER_NAME),
          d.get(Schema.SPEAKER_TEXT),
          d.get(Schema.CUE),
          d.get(Schema.AID),
          d.get(Schema.QUOTE_TITLE),
          d.get(Schema.DATE),
          d.get(Schema.SOURCE),
          d.get(Schema.ORIGIN),
          intField(d, Schema.QSTART),
          intField(d, Schema.QEND),
          intField(d, Schema.QGROUP),
          Float.isNaN(page[i].score) ? 0f : page[i].score));
    }
    boolean exactTotal = top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
    return new QuoteResults(top.totalHits.value(), exactTotal, (System.nanoTime() - t0) / 1_000_000, hits);
  }

  private static int intField(Document d, String f) {
    var x = d.getField(f);
    return x == null ? -1 : x.numericValue().intValue();
  }

  /**
   * Classic syntax when the user wrote operators (AND, OR, NOT, +, -, field:, wildcards, ~);
   * else the forgiving match. Quotation marks alone do not make a strict phrase: people put what
   * they remember of a quote in quotation marks, and it should still be found.
   */
  Query textQuery(String text) throws QueryException {
    String folded = NewsQueryParser.foldQuery(text);
    if (folded.matches(".*(\\bAND\\b|\\bOR\\b|\\bNOT\\b|(^|\\s)[+\\-]\\w|\\w:\\S|\\*|~).*")) {
      return searcher.parser(true).parse(text);
    }
    return forgiving(folded.replace('"', ' '));
  }

  private Query forgiving(String text) throws QueryException {
    List<String> stems = NewsQueryParser.tokens(searcher.analyzers().stemmed(), text);
    List<String> words = NewsQueryParser.tokens(searcher.analyzers().exact(), text);
    if (stems.isEmpty()) {
      throw new QueryException("no searchable words in '" + text + "'");
    }
    Set<String> content = new LinkedHashSet<>();
    for (String s : stems) {
      if (!EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(s)) {
        content.add(s);
      }
    }
    if (content.isEmpty()) {
      content.addAll(stems); // a quote of only small words: "to be or not to be"
    }
    List<String> units = new ArrayList<>(content);
    BooleanQuery.Builder words_ = new BooleanQuery.Builder();
    int n = units.size();
    for (int i = 0; i < n; i++) {
      // each word counts once, whether the quote writes it alone or as part of a compound
      // ("chess" and "piece" are both found in "chesspiece", and "chesspiece" in "chess piece")
      String w = units.get(i);
      BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
      addStem(alternatives, w);
      if (i + 1 < n && known(w + units.get(i + 1))) {
        addStem(alternatives, w + units.get(i + 1));
      }
      if (i > 0 && known(units.get(i - 1) + w)) {
        addStem(alternatives, units.get(i - 1) + w);
      }
      String[] split = w.length() >= 6 ? bestSplit(w) : null;
      if (split != null) {
        alternatives.add(phrase(Schema.QUOTE_EXACT, List.of(split), 0), BooleanClause.Occur.SHOULD);
      }
      BooleanQuery alt = alternatives.build();
      words_.add(alt.clauses().size() == 1 ? alt.clauses().get(0).query() : alt, BooleanClause.Occur.SHOULD);
    }
    words_.setMinimumNumberShouldMatch(Math.min(n, Math.max(2, (int) Math.ceil(n * MIN_SHOULD_MATCH))));
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    all.add(words_.build(), BooleanClause.Occur.MUST);
    if (words.size() >= 2) {
      all.add(new BoostQuery(phrase(Schema.QUOTE_EXACT, words, 2), 3f), BooleanClause.Occur.SHOULD);
      all.add(new BoostQuery(phrase(Schema.QUOTE_EXACT, words, 8), 1.5f), BooleanClause.Occur.SHOULD);
    }
    return all.build();
  }

  /** The stem in the stemmed field (forms that changed) and in the exact field (forms that did not). */
  private static void addStem(BooleanQuery.Builder b, String stem) {
    b.add(new TermQuery(new Term(Schema.QUOTE, stem)), BooleanClause.Occur.SHOULD);
    b.add(new TermQuery(new Term(Schema.QUOTE_EXACT, stem)), BooleanClause.Occur.SHOULD);
  }

  private boolean known(String stem) {
    return docFreq(Schema.QUOTE, stem) > 0 || docFreq(Schema.QUOTE_EXACT, stem) > 0;
  }

  private String[] bestSplit(String w) {
    String[] best = null;
    long bestScore = 0;
    for (int i = 3; i <= w.length() - 3; i++) {
      String a = w.substring(0, i);
      String b = w.substring(i);
      long score = Math.min(docFreq(Schema.QUOTE_EXACT, a), docFreq(Schema.QUOTE_EXACT, b));
      if (score > bestScore) {
        bestScore = score;
        best = new String[] {a, b};
      }
    }
    return best;
  }

  private long docFreq(String field, String term) {
    try {
      return searcher.reader().docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Query phrase(String field, List<String> toks, int slop) {
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    b.setSlop(slop);
    for (String t : toks) {
      b.add(new Term(field, t));
    }
    return b.build();
  }

  /**
   * A speaker's name as entity search reads names (honorifics dropped, words in order) against
   * people and organisations. A description with lower-case words ("Downing Street spokesman")
   * also matches nominal speakers; a proper name never matches a description that merely contains
   * it ("the husband of Nazanin X" is not Nazanin X).
   */
  Query speakerQuery(String name) throws QueryException {
    String folded = NewsQueryParser.foldQuery(name);
    List<String> toks = NewsQueryParser.tokens(searcher.analyzers().names(), folded);
    if (toks.isEmpty()) {
      throw new QueryException("no name in --speaker '" + name + "'");
    }
    Query names = toks.size() == 1 ? new TermQuery(new Term(Schema.SPEAKER, toks.get(0))) : phrase(Schema.SPEAKER, toks, 0);
    boolean descriptive = false;
    for (String w : folded.split("\\s+")) {
      descriptive |= !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !NewsAnalyzers.HONORIFICS.contains(w);
    }
    if (!descriptive) {
      return names;
    }
    List<String> words = NewsQueryParser.tokens(searcher.analyzers().exact(), folded);
    Query nominal = words.size() == 1 ? new TermQuery(new Term(Schema.SPEAKER_NOMINAL, words.get(0))) : phrase(Schema.SPEAKER_NOMINAL, words, 0);
    return new BooleanQuery.Builder().add(names, BooleanClause.Occur.SHOULD).add(nominal, BooleanClause.Occur.SHOULD).build();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
