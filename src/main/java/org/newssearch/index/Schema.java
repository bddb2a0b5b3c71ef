package org.newssearch.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.newssearch.model.Analysis;
import org.newssearch.model.Article;
import org.newssearch.model.EntityType;
import org.newssearch.model.Mention;
import org.newssearch.model.Quote;

/**
 * Every field of the index, and why it is stored, indexed, has doc values or offsets. The index
 * holds three kinds of documents, told apart by {@link #KIND}:
 *
 * <ul>
 *   <li><b>article</b>: one per article id, with its quotes right after it in one block, so
 *       {@code updateDocuments(aid)} replaces an article and its quotes atomically;
 *   <li><b>quote</b>: one per quotation, carrying its article's title, date and source so quote
 *       search needs no join;
 *   <li><b>origin</b>: one per input file, the remembered state of incremental indexing (size,
 *       modification time, content hash, the article ids it holds). Being documents of the same
 *       index, they are committed with the articles and can never be ahead of them.
 * </ul>
 */
public final class Schema {

  /** Bumped when fields or analysis change; an index of another version must be rebuilt. */
  public static final String VERSION = "2";
  public static final String COMMIT_VERSION_KEY = "news.schema";

  public static final String KIND = "kind";
  public static final String KIND_ARTICLE = "article";
  public static final String KIND_QUOTE = "quote";
  public static final String KIND_ORIGIN = "origin";

  // ---- article documents
  /** Article id: exact lookups ({@code news show}), stored for display. Article documents only. */
  public static final String ID = "id";
  /** The article id on each of its quotes; with {@link #ID} it finds a whole block to replace or delete. */
  public static final String AID = "aid";
  /** An id the input gave (a JSON line's id): exact lookups, stored for display. */
  public static final String XID = "xid";
  /** File and position the article was read from: stored for display only. */
  public static final String ORIGIN = "origin";
  /** The origin file alone, stored: which file wrote the article (tells a duplicate from our own). */
  public static final String FILE = "file";
  /** Headline, stored; indexed with the stems that differ from its words (see {@link AnalyzedText}). */
  public static final String TITLE = "title";
  /** Headline unstemmed, for exact phrases; offsets (as for the title) so a snippet needs no re-analysis. */
  public static final String TITLE_EXACT = "title.exact";
  /**
   * Body text, stored; indexed with the stems that differ from its words (a stemmed search looks
   * here and in {@link #BODY_EXACT}), with offsets in the postings so snippets need no
   * re-analysis.
   */
  public static final String BODY = "body";
  /** Body unstemmed for exact phrases, with offsets so phrase matches highlight whole. */
  public static final String BODY_EXACT = "body.exact";
  /** Publication time: points for range filters, doc values for sorting, stored as written. */
  public static final String DATE = "date";
  /** Publication name: tokenised for {@code source:} queries, stored for display. */
  public static final String SOURCE = "source";
  /** Publication name as a doc value, for counting sources in {@code news stats}. */
  public static final String SOURCE_KEY = "source.key";
  public static final String AUTHOR = "author";
  public static final String URL = "url";
  /** Hash of everything stored about the article: tells an unchanged article from an updated one. */
  public static final String CHASH = "chash";
  /** Entities found in the article, stored compactly for {@code news show}. */
  public static final String ENTITIES = "entities";
  /** Not a field: {@code entity:} in a query searches the three typed fields. */
  public static final String ENTITY = "entity";
  /**
   * Separates the names of one entity field value; the names analyzer turns it into a wide
   * position gap, so one field value per type holds every name and no phrase spans two names.
   */
  public static final String NAME_SEPARATOR = " \u001F ";

  // ---- quote documents
  /** Quoted words, stored; indexed with their changed stems, like the body. */
  public static final String QUOTE = "quote";
  public static final String QUOTE_EXACT = "quote.exact";
  /** Speaker canonical name and the mention as written: searchable with the names chain. */
  public static final String SPEAKER = "speaker";
  /** A nominal speaker ("a Home Office spokeswoman"): its words, apart from names. */
  public static final String SPEAKER_NOMINAL = "speaker.nominal";
  /** Speaker canonical name, stored for display. */
  public static final String SPEAKER_NAME = "speaker.name";
  public static final String SPEAKER_TEXT = "speaker.text";
  public static final String CUE = "cue";
  public static final String QSTART = "qstart";
  public static final String QEND = "qend";
  public static final String QGROUP = "qgroup";
  public static final String SPEAKER_START = "sstart";
  public static final String SPEAKER_END = "send";
  /** The article's headline on a quote document: stored only (the title field is indexed on articles). */
  public static final String QUOTE_TITLE = "qtitle";

  // ---- origin documents
  /** The input file's absolute path: the key of its remembered state. */
  public static final String OKEY = "okey";
  public static final String OSIZE = "osize";
  public static final String OMTIME = "omtime";
  public static final String OHASH = "ohash";
  public static final String OCOUNT = "ocount";
  /** Ids of the articles the file holds, kept or duplicate: an article no file refers to goes. */
  public static final String REFS = "refs";
  /** The same ids stored, one per line, so a touched but unchanged file keeps them unread. */
  public static final String REFS_STORED = "refs.all";

  public static final List<String> EXACT_FIELDS = List.of(TITLE_EXACT, BODY_EXACT, QUOTE_EXACT, SOURCE, AUTHOR, SPEAKER_NOMINAL);
  /** The field holding every word as written, beside each stemmed field. */
  public static String exactTwin(String stemmedField) {
    return switch (stemmedField) {
      case TITLE -> TITLE_EXACT;
      case BODY -> BODY_EXACT;
      case QUOTE -> QUOTE_EXACT;
      default -> null;
    };
  }

  public static final List<String> NAME_FIELDS =
      List.of(ENTITY, EntityType.PERSON.field(), EntityType.ORGANIZATION.field(), EntityType.LOCATION.field(), SPEAKER);
  public static final List<String> KEYWORD_FIELDS = List.of(ID, AID, XID, KIND, URL, OKEY, REFS);

  /** Stemmed or exact text with offsets in the postings, for highlighting straight from the index. */
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets(false);

  private Schema() {}

  private static FieldType textWithOffsets(boolean stored) {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.setStored(stored);
    t.freeze();
    return t;
  }

  /** Facet dimensions: one per entity type, multi-valued (an article names many people). */
  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (EntityType t : EntityType.values()) {
      config.setMultiValued(t.field(), true);
      // Counting only: filtering by entity goes through the person/org/place fields.
      config.setDrillDownTermsIndexing(t.field(), FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }

  /**
   * The documents for one article: the article, then one per quote, as one block.
   *
   * @param file the origin file key of the copy being written
   * @param chash {@link ContentHash} of the article
   */
  public static List<Document> articleBlock(Article a, Analysis an, String file, String chash, FacetsConfig facets) throws IOException {
    List<Document> docs = new ArrayList<>(1 + an.quotes().size());
    Document d = new Document();
    d.add(new StringField(KIND, KIND_ARTICLE, Field.Store.NO));
    d.add(new StringField(ID, a.id(), Field.Store.YES));
    if (a.externalId() != null) {
      d.add(new StringField(XID, a.externalId(), Field.Store.YES));
    }
    d.add(new StoredField(ORIGIN, a.origin().toString()));
    d.add(new StoredField(FILE, file));
    AnalyzedText title = AnalyzedText.of(TITLE, a.title());
    d.add(new StoredField(TITLE, a.title()));
    d.add(new Field(TITLE, title.stemmed(), TEXT_WITH_OFFSETS));
    d.add(new Field(TITLE_EXACT, title.exact(), TEXT_WITH_OFFSETS));
    AnalyzedText body = AnalyzedText.of(BODY, a.body());
    d.add(new StoredField(BODY, a.body()));
    d.add(new Field(BODY, body.stemmed(), TEXT_WITH_OFFSETS));
    d.add(new Field(BODY_EXACT, body.exact(), TEXT_WITH_OFFSETS));
    addDate(d, a);
    if (a.source() != null) {
      d.add(new TextField(SOURCE, a.source(), Field.Store.YES));
      d.add(new SortedDocValuesField(SOURCE_KEY, new BytesRef(a.source())));
    }
    if (a.author() != null) {
      d.add(new TextField(AUTHOR, a.author(), Field.Store.YES));
    }
    if (a.url() != null) {
      d.add(new StoredField(URL, a.url()));
    }
    d.add(new StoredField(CHASH, chash));
    addEntities(d, an.entities());
    docs.add(an.entities().isEmpty() ? d : facets.build(d));

    Set<String> entityNames = new HashSet<>();
    for (Mention m : an.entities()) {
      entityNames.add(m.canonical());
    }
    for (Quote q : an.quotes()) {
      Document qd = new Document();
      qd.add(new StringField(KIND, KIND_QUOTE, Field.Store.NO));
      qd.add(new StringField(AID, a.id(), Field.Store.YES));
      AnalyzedText quote = AnalyzedText.of(QUOTE, q.text());
      qd.add(new StoredField(QUOTE, q.text()));
      qd.add(new Field(QUOTE, quote.stemmed(), TextField.TYPE_NOT_STORED));
      qd.add(new Field(QUOTE_EXACT, quote.exact(), TextField.TYPE_NOT_STORED));
      if (q.speaker() != null) {
        qd.add(new StoredField(SPEAKER_NAME, q.speaker()));
        String mention = a.body().substring(q.speakerStart(), q.speakerEnd());
        if (entityNames.contains(q.speaker())) {
          // a person or organisation: findable by every name the article gives them
          StringBuilder names = new StringBuilder(q.speaker());
          for (Mention m : an.entities()) {
            if (m.canonical().equals(q.speaker()) && !m.text().equals(q.speaker())) {
              names.append(NAME_SEPARATOR).append(m.text());
            }
          }
          qd.add(new TextField(SPEAKER, names.toString(), Field.Store.NO));
        } else {
          qd.add(new TextField(SPEAKER_NOMINAL, q.speaker(), Field.Store.NO));
        }
        qd.add(new StoredField(SPEAKER_TEXT, mention));
        qd.add(new StoredField(SPEAKER_START, q.speakerStart()));
        qd.add(new StoredField(SPEAKER_END, q.speakerEnd()));
      }
      if (q.cue() != null) {
        qd.add(new StoredField(CUE, q.cue()));
      }
      qd.add(new StoredField(QSTART, q.start()));
      qd.add(new StoredField(QEND, q.end()));
      qd.add(new StoredField(QGROUP, q.group()));
      qd.add(new StoredField(QUOTE_TITLE, a.title()));
      qd.add(new StoredField(ORIGIN, a.origin().toString()));
      addDate(qd, a);
      if (a.source() != null) {
        qd.add(new TextField(SOURCE, a.source(), Field.Store.YES));
      }
      docs.add(qd);
    }
    return docs;
  }

  private static void addDate(Document d, Article a) {
    if (a.date() != null) {
      long ms = a.date().epochMillis();
      d.add(new LongPoint(DATE, ms));
      d.add(new NumericDocValuesField(DATE, ms));
      d.add(new StoredField(DATE, a.date().toString()));
    }
  }

  /** Canonical names and every alias used, per type and in {@link #ENTITY}; facets by canonical. */
  private static void addEntities(Document d, List<Mention> mentions) {
    if (mentions.isEmpty()) {
      return;
    }
    Map<String, Set<String>> names = new LinkedHashMap<>(); // "TYPE\tcanonical" -> names used
    for (Mention m : mentions) {
      names.computeIfAbsent(m.type().name() + "\t" + m.canonical(), k -> new LinkedHashSet<>()).add(m.text());
    }
    StringBuilder stored = new StringBuilder();
    Map<EntityType, StringBuilder> byType = new EnumMap<>(EntityType.class);
    for (Map.Entry<String, Set<String>> e : names.entrySet()) {
      int tab = e.getKey().indexOf('\t');
      EntityType type = EntityType.valueOf(e.getKey().substring(0, tab));
      String canonical = e.getKey().substring(tab + 1);
      Set<String> all = new LinkedHashSet<>();
      all.add(canonical);
      all.addAll(e.getValue());
      StringBuilder sb = byType.computeIfAbsent(type, k -> new StringBuilder());
      for (String n : all) {
        if (!sb.isEmpty()) {
          sb.append(NAME_SEPARATOR);
        }
        sb.append(n);
      }
      d.add(new SortedSetDocValuesFacetField(type.field(), canonical));
      stored.append(type.name()).append('\t').append(String.join("\t", all)).append('\n');
    }
    byType.forEach((type, sb) -> d.add(new TextField(type.field(), sb.toString(), Field.Store.NO)));
    d.add(new StoredField(ENTITIES, stored.toString()));
  }

  /** Matches an article and its quotes: what replacing or deleting an article removes. */
  public static Query blockOf(String id) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(ID, id)), BooleanClause.Occur.SHOULD)
        .add(new TermQuery(new Term(AID, id)), BooleanClause.Occur.SHOULD)
        .build();
  }

  /** The remembered state of one input file. */
  public static Document originDoc(OriginState s) {
    Document d = new Document();
    d.add(new StringField(KIND, KIND_ORIGIN, Field.Store.NO));
    d.add(new StringField(OKEY, s.file(), Field.Store.YES));
    d.add(new StoredField(OSIZE, s.size()));
    d.add(new StoredField(OMTIME, s.mtime()));
    d.add(new StoredField(OHASH, s.hash()));
    d.add(new StoredField(OCOUNT, s.refs().size()));
    for (String id : s.refs()) {
      d.add(new StringField(REFS, id, Field.Store.NO));
    }
    d.add(new StoredField(REFS_STORED, String.join("\n", s.refs())));
    return d;
  }
}
