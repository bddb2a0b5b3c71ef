package org.newssearch.index;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * The analysis chains for English news. Every chain folds typography (curly quotes, apostrophes,
 * primes, dashes), removes possessives and diacritics and lower-cases; the stemmed chain then maps
 * British to American spelling and stems with KStem (milder than Porter: "used" stays apart from "US") and
 * {@link NewsStemFilter}'s fix of the inflections KStem keeps whole. Stop words are kept: phrases must
 * match exactly ("used as a chess piece") and BM25 already gives them little weight.
 */
public final class NewsAnalyzers {

  /** Honorifics dropped from entity names, so {@code person:"Mr Johnson"} finds Boris Johnson. */
  public static final CharArraySet HONORIFICS =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of("mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "rev", "revd", "hon"),
              true));

  private NewsAnalyzers() {}

  /** Stemmed: for recall in unquoted queries. */
  public static Analyzer stemmed() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = tokenizer();
        TokenStream ts = common(source);
        ts = new SpellingVariantFilter(ts);
        ts = new NewsStemFilter(ts);
        return new TokenStreamComponents(source, ts);
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(new ASCIIFoldingFilter(new NewsNormalizationFilter(in)));
      }

      @Override
      public int getPositionIncrementGap(String field) {
        return 100;
      }
    };
  }

  /** Unstemmed: for exact phrases. */
  public static Analyzer exact() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = tokenizer();
        return new TokenStreamComponents(source, common(source));
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(new ASCIIFoldingFilter(new NewsNormalizationFilter(in)));
      }

      @Override
      public int getPositionIncrementGap(String field) {
        return 100;
      }
    };
  }

  /**
   * Entity names: words split at spaces and punctuation but not inside a hyphenated or
   * apostrophised name, so {@code person:Ratcliffe} finds Richard Ratcliffe and not Nazanin
   * Zaghari-Ratcliffe (whose surname is the whole hyphenated word); honorifics dropped; a wide gap
   * between the names of one article so a phrase never spans two of them.
   */
  public static Analyzer names() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = CharTokenizer.fromTokenCharPredicate(NewsAnalyzers::isNameChar);
        TokenStream ts = new NameEdgeFilter(source);
        return new TokenStreamComponents(source, new StopFilter(common(ts), HONORIFICS));
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new LowerCaseFilter(new ASCIIFoldingFilter(new NewsNormalizationFilter(in)));
      }

      @Override
      public int getPositionIncrementGap(String field) {
        return 1000;
      }
    };
  }

  private static Tokenizer tokenizer() {
    StandardTokenizer t = new StandardTokenizer();
    t.setMaxTokenLength(64); // longer "words" are URLs and garbage, not something anyone searches
    return t;
  }

  private static boolean isNameChar(int c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '\u2019' || c == '.' || c == '\u2010' || c == '\u2011' || c == '\u001F';
  }

  private static TokenStream common(TokenStream source) {
    TokenStream ts = new NewsNormalizationFilter(source);
    ts = new EnglishPossessiveFilter(ts);
    ts = new ASCIIFoldingFilter(ts);
    return new LowerCaseFilter(ts);
  }

  /** One analyzer for the whole schema, choosing the chain by field. */
  public static Analyzer perField() {
    Analyzer exact = exact();
    Analyzer names = names();
    Map<String, Analyzer> fields = new HashMap<>();
    for (String f : Schema.EXACT_FIELDS) {
      fields.put(f, exact);
    }
    for (String f : Schema.NAME_FIELDS) {
      fields.put(f, names);
    }
    KeywordAnalyzer keyword = new KeywordAnalyzer();
    for (String f : Schema.KEYWORD_FIELDS) {
      fields.put(f, keyword);
    }
    return new PerFieldAnalyzerWrapper(stemmed(), fields);
  }
}
