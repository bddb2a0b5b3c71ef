package org.newssearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.newssearch.index.Schema;
import org.newssearch.text.Folding;

/**
 * Lucene's classic query syntax for news. A bare word searches title and body, stemmed; a quoted
 * phrase searches them unstemmed, so phrases are exact. All words are required. Compounds are
 * bridged at query time against the index's own vocabulary: {@code chesspiece} also matches the
 * phrase "chess piece" and {@code chess piece} also matches "chesspiece". Curly quotes in the
 * query work like straight ones. Wildcards, prefixes and fuzzy terms may expand to at most
 * {@link #MAX_EXPANSIONS} terms, and a query to at most {@link #MAX_CLAUSES} clauses.
 */
public final class NewsQueryParser {

  public static final int MAX_EXPANSIONS = 1024;
  public static final int MAX_CLAUSES = 1024;
  public static final int MAX_QUERY_LENGTH = 10_000;
  private static final float TITLE_BOOST = 2f;
  private static final int MAX_VARIANTS = 8;
  /** At most this many documents: a word rare enough to be a compound worth splitting. */
  private static final long RARE = 20;
  private static final String DEFAULT_FIELD = "\u0000text";

  /** Query field names, as users type them, to index fields. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("title", Schema.TITLE),
          Map.entry("headline", Schema.TITLE),
          Map.entry("body", Schema.BODY),
          Map.entry("text", DEFAULT_FIELD),
          Map.entry("source", Schema.SOURCE),
          Map.entry("author", Schema.AUTHOR),
          Map.entry("date", Schema.DATE),
          Map.entry("id", Schema.ID),
          Map.entry("person", "person"),
          Map.entry("people", "person"),
          Map.entry("org", "org"),
          Map.entry("organization", "org"),
          Map.entry("organisation", "org"),
          Map.entry("place", "place"),
          Map.entry("location", "place"),
          Map.entry("entity", Schema.ENTITY),
          Map.entry("quote", Schema.QUOTE),
          Map.entry("speaker", Schema.SPEAKER));

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

  private final IndexReader reader;
  private final Analyzer analyzer;
  private final Analyzer stemmed;
  private final Analyzer exact;
  private final Analyzer names;
  private final List<String> stemmedFields;
  private final List<String> exactFields;

  /**
   * @param reader used to bridge compounds and bound expansions; may be null (no index yet)
   * @param quoteMode true to search quote documents (quote text) instead of articles
   */
  public NewsQueryParser(IndexReader reader, boolean quoteMode) {
    this(reader, quoteMode, QueryAnalyzers.create());
  }

  NewsQueryParser(IndexReader reader, boolean quoteMode, QueryAnalyzers analyzers) {
    this.reader = reader;
    this.analyzer = analyzers.perField();
    this.stemmed = analyzers.stemmed();
    this.exact = analyzers.exact();
    this.names = analyzers.names();
    this.stemmedFields = quoteMode ? List.of(Schema.QUOTE) : List.of(Schema.TITLE, Schema.BODY);
    this.exactFields = quoteMode ? List.of(Schema.QUOTE_EXACT) : List.of(Schema.TITLE_EXACT, Schema.BODY_EXACT);
  }

  /** Parses a user query; the message of the exception says what is wrong and at which column. */
  public Query parse(String query) throws QueryException {
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new QueryException("query is " + query.length() + " characters long; the limit is " + MAX_QUERY_LENGTH);
    }
    String q = foldQuery(query);
    if (q.isBlank()) {
      throw new QueryException("empty query");
    }
    Parser p = new Parser(analyzer);
    try {
      Query parsed = p.parse(q);
      int clauses = countClauses(parsed);
      if (clauses > MAX_CLAUSES) {
        throw new QueryException("query has " + clauses + " clauses; the limit is " + MAX_CLAUSES);
      }
      return parsed;
    } catch (ParseException e) {
      throw new QueryException(describe(e, q));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryException("query has too many clauses; the limit is " + MAX_CLAUSES);
    } catch (UncheckedIOException e) {
      throw new QueryException("could not read the index while parsing: " + e.getCause().getMessage());
    }
  }

  /** Curly quotes become straight ones, dashes between words hyphens, other dashes spaces. */
  static String foldQuery(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Folding.isDash(c)) {
        boolean between = i > 0 && i + 1 < s.length() && Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetterOrDigit(s.charAt(i + 1));
        sb.append(between ? '-' : ' ');
      } else if (Folding.isDoubleQuote(c)) {
        sb.append('"');
      } else if (c != '\'' && Folding.isSingleQuote(c)) {
        sb.append('\'');
      } else if (Character.isSpaceChar(c)) {
        sb.append(' ');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String describe(ParseException e, String q) {
    Throwable cause = e.getCause();
    if (cause instanceof ParseException pe && pe.currentToken != null) {
      Token next = pe.currentToken.next;
      if (next == null || next.kind == 0) {
        return "incomplete query: it ends where a term or ')' was expected";
      }
      return "unexpected '" + next.image + "' at column " + (next.beginColumn + 1) + (hint(next.image).isEmpty() ? "" : " (" + hint(next.image) + ")");
    }
    if (cause instanceof TokenMgrError) {
      int quotes = 0;
      int lastQuote = -1;
      for (int i = 0; i < q.length(); i++) {
        if (q.charAt(i) == '"' && (i == 0 || q.charAt(i - 1) != '\\')) {
          quotes++;
          lastQuote = i;
        }
      }
      if (quotes % 2 == 1) {
        return "unterminated phrase: the quote at column " + (lastQuote + 1) + " is never closed";
      }
      if (q.endsWith("\\")) {
        return "the query ends with a lone backslash";
      }
      return "cannot read the query: " + firstLine(cause.getMessage());
    }
    if (cause instanceof IndexSearcher.TooManyClauses) {
      return "query has too many clauses; the limit is " + MAX_CLAUSES;
    }
    String m = e.getMessage();
    return m.startsWith("Cannot parse") ? firstLine(m.replaceFirst("^Cannot parse '.*?': ", "")) : firstLine(m);
  }

  private static String hint(String image) {
    return switch (image) {
      case ")" -> "a ')' without its '('";
      case "AND", "OR" -> "an operator needs a term on each side";
      case "NOT" -> "NOT needs a term after it";
      case ":" -> "a field name needs a term after it";
      default -> "";
    };
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return (nl >= 0 ? s.substring(0, nl) : s).strip();
  }

  private static int countClauses(Query q) {
    int[] n = {0};
    q.visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        n[0] += terms.length;
      }

      @Override
      public void visitLeaf(Query query) {
        n[0]++;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return n[0];
  }

  // ---------------------------------------------------------------------------------------------

  /** The classic grammar with our field logic plugged into its factory methods. */
  private final class Parser extends QueryParser {

    Parser(Analyzer perField) {
      super(DEFAULT_FIELD, perField);
      setDefaultOperator(QueryParser.AND_OPERATOR);
      setSplitOnWhitespace(false);
      setAllowLeadingWildcard(true);
      setMultiTermRewriteMethod(MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
      setFuzzyPrefixLength(1);
    }

    private String resolve(String field) throws ParseException {
      String f = ALIASES.get(field.toLowerCase(Locale.ROOT));
      if (field.equals(DEFAULT_FIELD)) {
        return DEFAULT_FIELD;
      }
      if (f == null) {
        throw new ParseException("unknown field '" + field + ":' (fields: title, body, source, author, date, id, person, org, place, entity)");
      }
      return f;
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
      return quoted ? phrase(resolve(field), text, 0) : words(resolve(field), text);
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
      return phrase(resolve(field), text, slop);
    }

    @Override
    protected Query getRangeQuery(String field, String lower, String upper, boolean incLower, boolean incUpper) throws ParseException {
      String f = resolve(field);
      if (f.equals(Schema.DATE)) {
        long lo = lower == null || lower.equals("*") ? Long.MIN_VALUE : dayRange(lower)[0];
        long hi = upper == null || upper.equals("*") ? Long.MAX_VALUE : dayRange(upper)[1];
        if (!incLower && lo != Long.MIN_VALUE) {
          lo = dayRange(lower)[1] + 1;
        }
        if (!incUpper && hi != Long.MAX_VALUE) {
          hi = dayRange(upper)[0] - 1;
        }
        return LongPoint.newRangeQuery(Schema.DATE, lo, hi);
      }
      if (f.equals(DEFAULT_FIELD)) {
        throw new ParseException("a range needs a field, e.g. date:[2020-01-01 TO 2020-12-31]");
      }
      return super.getRangeQuery(f, lower, upper, incLower, incUpper);
    }

    @Override
    protected Query getWildcardQuery(String field, String term) throws ParseException {
      String f = resolve(field);
      if (f.equals(Schema.DATE)) {
        throw new ParseException("dates take no wildcards; use date:2020 or date:[2020-01-01 TO 2020-06-30]");
      }
      if (term.equals("*")) {
        return new MatchAllDocsQuery();
      }
      List<Query> per = new ArrayList<>();
      for (String real : multiTermFields(f)) {
        per.add(bounded(super.getWildcardQuery(real, term), real, term));
      }
      return dismax(per);
    }

    @Override
    protected Query getPrefixQuery(String field, String term) throws ParseException {
      String f = resolve(field);
      List<Query> per = new ArrayList<>();
      for (String real : multiTermFields(f)) {
        per.add(bounded(super.getPrefixQuery(real, term), real, term + "*"));
      }
      return dismax(per);
    }

    @Override
    protected Query getFuzzyQuery(String field, String term, float minSimilarity) throws ParseException {
      String f = resolve(field);
      List<Query> per = new ArrayList<>();
      for (String real : multiTermFields(f)) {
        per.add(bounded(super.getFuzzyQuery(real, term, minSimilarity), real, term + "~"));
      }
      return dismax(per);
    }

    @Override
    protected Query getRegexpQuery(String field, String term) throws ParseException {
      String f = resolve(field);
      List<Query> per = new ArrayList<>();
      for (String real : multiTermFields(f)) {
        per.add(bounded(super.getRegexpQuery(real, term), real, "/" + term + "/"));
      }
      return dismax(per);
    }

    private List<String> multiTermFields(String f) throws ParseException {
      if (f.equals(Schema.ENTITY)) {
        return List.of("person", "org", "place");
      }
      if (f.equals(DEFAULT_FIELD)) {
        return exactFields;
      }
      if (f.equals(Schema.TITLE)) {
        return List.of(Schema.TITLE_EXACT);
      }
      if (f.equals(Schema.BODY)) {
        return List.of(Schema.BODY_EXACT);
      }
      if (f.equals(Schema.QUOTE)) {
        return List.of(Schema.QUOTE_EXACT);
      }
      if (f.equals(Schema.DATE)) {
        throw new ParseException("dates take no wildcards; use date:2020 or date:[2020-01-01 TO 2020-06-30]");
      }
      return List.of(f);
    }

    /** Counts the terms a multi-term query would expand to and refuses more than the limit. */
    private Query bounded(Query q, String field, String shown) throws ParseException {
      if (reader == null || !(q instanceof MultiTermQuery mtq)) {
        return q;
      }
      Set<BytesRef> seen = new HashSet<>();
      try {
        for (LeafReaderContext ctx : reader.leaves()) {
          Terms terms = ctx.reader().terms(field);
          if (terms == null) {
            continue;
          }
          TermsEnum te = mtq.getTermsEnum(terms);
          BytesRef t;
          while ((t = te.next()) != null) {
            if (seen.add(BytesRef.deepCopyOf(t)) && seen.size() > MAX_EXPANSIONS) {
              throw new ParseException(
                  "'" + shown + "' matches more than " + MAX_EXPANSIONS + " different words; make it more specific");
            }
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return q;
    }

    // ---- words and phrases

    /** Unquoted words: every whitespace-separated chunk required; compounds bridged. */
    private Query words(String f, String text) throws ParseException {
      if (f.equals(Schema.DATE)) {
        long[] r = dayRange(text.strip());
        return LongPoint.newRangeQuery(Schema.DATE, r[0], r[1]);
      }
      if (f.equals(Schema.ID)) {
        return new TermQuery(new Term(Schema.ID, text.strip()));
      }
      if (isNameField(f)) {
        return phrase(f, text, 0);
      }
      List<String> chunks = new ArrayList<>();
      for (String c : text.strip().split("\\s+")) {
        if (!tokens(exact, c).isEmpty()) {
          chunks.add(c);
        }
      }
      if (chunks.isEmpty()) {
        return new MatchNoDocsQuery("no searchable words in '" + text + "'");
      }
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      for (int i = 0; i < chunks.size(); i++) {
        String c = chunks.get(i);
        Query q = chunk(f, c);
        if (i + 1 < chunks.size() && isPlainWord(c) && isPlainWord(chunks.get(i + 1))) {
          Query joined = joined(f, c + chunks.get(i + 1));
          if (joined != null) { // "chess piece" also matches "chesspiece"
            Query pair = new BooleanQuery.Builder()
                .add(q, BooleanClause.Occur.MUST)
                .add(chunk(f, chunks.get(i + 1)), BooleanClause.Occur.MUST)
                .build();
            all.add(new BooleanQuery.Builder().add(pair, BooleanClause.Occur.SHOULD).add(joined, BooleanClause.Occur.SHOULD).build(), BooleanClause.Occur.MUST);
            i++;
            continue;
          }
        }
        all.add(q, BooleanClause.Occur.MUST);
      }
      BooleanQuery bq = all.build();
      return bq.clauses().size() == 1 ? bq.clauses().get(0).query() : bq;
    }

    /** One whitespace-free chunk: a term, or a phrase when it holds several tokens (U.S.-led). */
    private Query chunk(String f, String chunk) {
      List<Query> per = new ArrayList<>();
      for (String real : fieldsFor(f, false)) {
        List<String> toks = tokens(analyzerFor(real), chunk);
        if (toks.isEmpty()) {
          continue;
        }
        Query q;
        if (toks.size() == 1) {
          q = stemmedTerm(real, toks.get(0));
        } else {
          String twin = Schema.exactTwin(real);
          // "Zaghari-Ratcliffe", "U.S.-led": the words in order, as written
          q = twin == null ? phraseQuery(real, toks, 0) : phraseQuery(twin, tokens(exact, chunk), 0);
        }
        per.add(boost(real, q));
      }
      Query base = dismax(per);
      if (isPlainWord(chunk) && chunk.length() >= 6 && isRare(chunk)) {
        Query split = split(f, chunk, false);
        if (split != null) { // "chesspiece" also matches "chess piece"
          return new BooleanQuery.Builder().add(base, BooleanClause.Occur.SHOULD).add(split, BooleanClause.Occur.SHOULD).build();
        }
      }
      return base;
    }

    /** A phrase, exact (unstemmed) on title and body, with compound variants. */
    private Query phrase(String f, String text, int slop) throws ParseException {
      if (f.equals(Schema.DATE) || f.equals(Schema.ID)) {
        return words(f, text);
      }
      List<Query> per = new ArrayList<>();
      for (String real : fieldsFor(f, true)) {
        Analyzer a = analyzerFor(real);
        List<String> toks = tokens(a, text);
        if (toks.isEmpty()) {
          continue;
        }
        List<List<String>> variants = new ArrayList<>();
        variants.add(toks);
        if (!isNameField(real)) {
          addCompoundVariants(real, a, text, toks, variants);
        }
        List<Query> alts = new ArrayList<>();
        for (List<String> v : variants) {
          alts.add(v.size() == 1 ? new TermQuery(new Term(real, v.get(0))) : phraseQuery(real, v, slop));
        }
        Query q = alts.size() == 1 ? alts.get(0) : or(alts);
        per.add(boost(real, q));
      }
      if (per.isEmpty()) {
        return new MatchNoDocsQuery("no searchable words in \"" + text + "\"");
      }
      return dismax(per);
    }

    private void addCompoundVariants(String field, Analyzer a, String text, List<String> toks, List<List<String>> out) {
      if (reader == null) {
        return;
      }
      for (int i = 0; i + 1 < toks.size() && out.size() < MAX_VARIANTS; i++) {
        String joined = toks.get(i) + toks.get(i + 1);
        if (isLetters(joined) && docFreq(field, joined) > 0) {
          List<String> v = new ArrayList<>(toks.subList(0, i));
          v.add(joined);
          v.addAll(toks.subList(i + 2, toks.size()));
          out.add(v);
        }
      }
      for (int i = 0; i < toks.size() && out.size() < MAX_VARIANTS; i++) {
        String[] parts = bestSplit(field, toks.get(i));
        if (parts != null) {
          List<String> v = new ArrayList<>(toks.subList(0, i));
          v.add(parts[0]);
          v.add(parts[1]);
          v.addAll(toks.subList(i + 1, toks.size()));
          out.add(v);
        }
      }
    }

    /** The phrase "a b" for a compound word ab, when both halves are words of the index. */
    private Query split(String f, String word, boolean exactFields) {
      if (reader == null) {
        return null;
      }
      List<Query> per = new ArrayList<>();
      for (String real : fieldsFor(f, exactFields)) {
        String lower = word.toLowerCase(Locale.ROOT);
        String twin = Schema.exactTwin(real);
        String[] parts = bestSplitSurface(twin == null ? real : twin, lower);
        if (parts != null) {
          // "takeover" also finds "takes over": each half in any form of its stem, in order
          per.add(boost(real, twin == null ? phraseQuery(real, List.of(parts), 0) : inflectedPhrase(twin, parts)));
        }
      }
      return per.isEmpty() ? null : dismax(per);
    }

    private String[] bestSplitSurface(String field, String word) {
      Analyzer a = analyzerFor(field);
      if (Schema.exactTwin(field) != null) {
        field = Schema.exactTwin(field);
        a = exact;
      }
      String[] best = null;
      long bestScore = 0;
      for (int i = 3; i <= word.length() - 3; i++) {
        List<String> left = tokens(a, word.substring(0, i));
        List<String> right = tokens(a, word.substring(i));
        if (left.size() != 1 || right.size() != 1) {
          continue;
        }
        long score = Math.min(docFreq(field, left.get(0)), docFreq(field, right.get(0)));
        if (score > bestScore) {
          bestScore = score;
          best = new String[] {left.get(0), right.get(0)};
        }
      }
      return best;
    }

    private String[] bestSplit(String field, String token) {
      if (token.length() < 6 || !isLetters(token) || docFreq(field, token) > RARE) {
        return null;
      }
      return bestSplitSurface(field, token);
    }

    /** The joined form of two words, when the index has it. */
    private Query joined(String f, String surface) {
      if (reader == null) {
        return null;
      }
      List<Query> per = new ArrayList<>();
      for (String real : fieldsFor(f, false)) {
        List<String> t = tokens(analyzerFor(real), surface);
        String twin = Schema.exactTwin(real);
        if (t.size() == 1 && (docFreq(real, t.get(0)) > 0 || twin != null && docFreq(twin, t.get(0)) > 0)) {
          per.add(boost(real, stemmedTerm(real, t.get(0))));
        }
      }
      return per.isEmpty() ? null : dismax(per);
    }

    private List<String> fieldsFor(String f, boolean quoted) {
      if (f.equals(Schema.ENTITY)) {
        return List.of("person", "org", "place");
      }
      if (f.equals(DEFAULT_FIELD)) {
        return quoted ? exactFields : stemmedFields;
      }
      if (f.equals(Schema.TITLE)) {
        return List.of(quoted ? Schema.TITLE_EXACT : Schema.TITLE);
      }
      if (f.equals(Schema.BODY)) {
        return List.of(quoted ? Schema.BODY_EXACT : Schema.BODY);
      }
      if (f.equals(Schema.QUOTE)) {
        return List.of(quoted ? Schema.QUOTE_EXACT : Schema.QUOTE);
      }
      return List.of(f);
    }
  }

  // ---- helpers

  private boolean isNameField(String f) {
    return Schema.NAME_FIELDS.contains(f);
  }

  private Analyzer analyzerFor(String field) {
    if (Schema.EXACT_FIELDS.contains(field)) {
      return exact;
    }
    if (Schema.NAME_FIELDS.contains(field)) {
      return names;
    }
    return stemmed;
  }

  /**
   * A stemmed term: the stem where it differs from the word as written (the stemmed field holds
   * only those) or the word itself where it does not (the exact field): together, every form.
   */
  private static Query stemmedTerm(String field, String stem) {
    String twin = Schema.exactTwin(field);
    if (twin == null) {
      return new TermQuery(new Term(field, stem));
    }
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(field, stem)), BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(twin, stem)), BooleanClause.Occur.SHOULD)
        .build();
  }

  /** A phrase on an exact field whose words may take any inflection the index holds. */
  private Query inflectedPhrase(String field, String[] words) {
    MultiPhraseQuery.Builder b = new MultiPhraseQuery.Builder();
    for (String w : words) {
      List<Term> forms = new ArrayList<>();
      String stem = tokens(stemmed, w).isEmpty() ? w : tokens(stemmed, w).get(0);
      for (String form : new LinkedHashSet<>(List.of(w, stem, stem + "s", stem + "es", stem + "ed", stem + "d", stem + "ing",
          stem.endsWith("e") ? stem.substring(0, stem.length() - 1) + "ing" : stem + "ing", stem + "en"))) {
        if (form.equals(w) || (docFreq(field, form) > 0 && tokens(stemmed, form).equals(List.of(stem)))) {
          forms.add(new Term(field, form));
        }
      }
      b.add(forms.toArray(new Term[0]));
    }
    return b.build();
  }

  private static Query boost(String field, Query q) {
    return field.equals(Schema.TITLE) || field.equals(Schema.TITLE_EXACT) ? new BoostQuery(q, TITLE_BOOST) : q;
  }

  /**
   * Any of the fields may match: one flat disjunction of every field's terms (boosts pushed down),
   * so Lucene's block-max WAND can skip documents that cannot reach the top ten. A max-of-fields
   * or nested disjunction would have to score every match of a common word.
   */
  private static Query dismax(List<Query> qs) {
    if (qs.isEmpty()) {
      return new MatchNoDocsQuery();
    }
    List<Query> leaves = new ArrayList<>();
    for (Query q : qs) {
      flatten(q, 1f, leaves);
    }
    if (leaves.size() == 1) {
      return leaves.get(0);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : leaves) {
      b.add(q, BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private static void flatten(Query q, float boost, List<Query> out) {
    if (q instanceof BoostQuery bq) {
      flatten(bq.getQuery(), boost * bq.getBoost(), out);
      return;
    }
    if (q instanceof BooleanQuery b && b.getMinimumNumberShouldMatch() == 0 && b.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
      for (BooleanClause c : b.clauses()) {
        flatten(c.query(), boost, out);
      }
      return;
    }
    out.add(boost == 1f ? q : new BoostQuery(q, boost));
  }

  private static Query or(List<Query> qs) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : qs) {
      b.add(q, BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  /** Compound bridging is for rare forms ("chesspiece"), never for ordinary words ("prices"). */
  private boolean isRare(String word) {
    if (reader == null) {
      return false;
    }
    List<String> t = tokens(exact, word);
    if (t.size() != 1) {
      return false;
    }
    long df = 0;
    for (String f : exactFields) {
      df += docFreq(f, t.get(0));
    }
    return df <= RARE;
  }

  private static PhraseQuery phraseQuery(String field, List<String> toks, int slop) {
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    b.setSlop(slop);
    for (String t : toks) {
      b.add(new Term(field, t));
    }
    return b.build();
  }

  private long docFreq(String field, String term) {
    try {
      return reader.docFreq(new Term(field, term));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> tokens(Analyzer a, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("", text)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(t.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static boolean isPlainWord(String s) {
    return s.length() >= 2 && isLetters(s);
  }

  private static boolean isLetters(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /** [start, end] epoch millis of a day (2020-01-16), month (2020-01) or year (2020). */
  static long[] dayRange(String s) throws ParseException {
    String t = s.strip();
    try {
      LocalDate from;
      LocalDate to;
      Matcher m;
      if (YEAR.matcher(t).matches()) {
        from = LocalDate.of(Integer.parseInt(t), 1, 1);
        to = from.plusYears(1);
      } else if ((m = MONTH.matcher(t)).matches()) {
        from = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
        to = from.plusMonths(1);
      } else {
        from = LocalDate.parse(t);
        to = from.plusDays(1);
      }
      return new long[] {
        from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(), to.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1
      };
    } catch (DateTimeException | NumberFormatException e) {
      throw new ParseException("not a date: '" + s + "' (use 2020-01-16, 2020-01 or 2020)");
    }
  }
}
