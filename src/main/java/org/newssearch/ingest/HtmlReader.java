package org.newssearch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newssearch.model.Article;
import org.newssearch.model.Origin;
import org.newssearch.model.PubDate;
import org.newssearch.text.Paragraphs;

/**
 * News pages via jsoup. Metadata comes from Open Graph and article meta tags, JSON-LD
 * ({@code NewsArticle}), {@code <time datetime>} and {@code <link rel=canonical>}. The body is the
 * paragraphs of the main content container with navigation, scripts, asides, share widgets,
 * comments, adverts and cookie banners removed first.
 */
public final class HtmlReader implements ArticleReader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-:.]+)", Pattern.CASE_INSENSITIVE);

  /** Elements that are never article text. */
  private static final String NEVER_TEXT =
      "script, style, noscript, template, nav, footer, aside, form, iframe, svg, button, select, "
          + "input, textarea, dialog, figure, figcaption, [hidden], [aria-hidden=true], [role=navigation], "
          + "[role=complementary], [role=banner], [role=contentinfo], [role=dialog]";

  /** Class or id fragments of boilerplate containers (matched as whole dash/underscore parts). */
  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(^|[-_ ])(cookies?|consent|gdpr|share|sharing|social|comments?|disqus|newsletter|subscribe|"
              + "signup|sign-up|ad|ads|advert|adverts|advertisement|sponsor|sponsored|promo|related|"
              + "recommended|most-read|mostread|trending|sidebar|breadcrumbs?|popup|modal|banner|"
              + "paywall|outbrain|taboola|byline|bylines|timestamp|dateline|credits?|caption|meta|article-meta|tags|author-bio|read-more|more-stories)([-_ ]|$)",
          Pattern.CASE_INSENSITIVE);

  private static final String CONTENT_SELECTORS =
      "[itemprop=articleBody], .article-body, .article__body, .articleBody, .story-body, "
          + ".story-content, .post-content, .entry-content, .article-content, .content-body, #article-body, #story-body";

  @Override
  public void read(InputFile input, ArticleSink sink) throws IOException, BadInputException {
    byte[] bytes = input.readAll();
    String html = decode(bytes, sink);
    sink.accept(parse(html, Origin.of(input.name())));
  }

  private static String decode(byte[] bytes, ArticleSink sink) {
    String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    if (m.find()) {
      try {
        Charset cs = Charset.forName(m.group(1).strip());
        if (!cs.equals(StandardCharsets.UTF_8)) {
          return new String(bytes, cs);
        }
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        sink.warn("", "unknown charset '" + m.group(1) + "'; read as UTF-8");
      }
    }
    Decoding.Decoded d = Decoding.decode(bytes);
    if (d.fallback()) {
      sink.warn("", "not valid UTF-8; read as Windows-1252");
    }
    return d.text();
  }

  /** Parses one page; public for tests. */
  public static Article parse(String html, Origin origin) throws BadInputException {
    Document doc = Jsoup.parse(html);
    List<JsonNode> ld = jsonLd(doc);

    String url = firstNonBlank(attr(doc, "link[rel=canonical]", "href"), meta(doc, "og:url"), ldText(ld, "url"));
    String siteName = firstNonBlank(meta(doc, "og:site_name"), ldPublisher(ld), host(url));
    String title =
        firstNonBlank(
            meta(doc, "og:title"),
            ldText(ld, "headline"),
            text(doc.selectFirst("article h1")),
            text(doc.selectFirst("h1")),
            stripSiteSuffix(doc.title(), siteName));
    PubDate date =
        firstDate(
            meta(doc, "article:published_time"),
            ldText(ld, "datePublished"),
            meta(doc, "date"),
            meta(doc, "pubdate"),
            meta(doc, "publishdate"),
            meta(doc, "dc.date"),
            meta(doc, "parsely-pub-date"),
            attr(doc, "article time[datetime]", "datetime"),
            attr(doc, "time[datetime]", "datetime"));
    String author =
        firstNonBlank(
            notUrl(meta(doc, "author")),
            notUrl(meta(doc, "article:author")),
            ldAuthor(ld),
            text(doc.selectFirst("[rel=author]")),
            text(doc.selectFirst("[itemprop=author]")));

    List<String> paragraphs = bodyParagraphs(doc, title);
    if (paragraphs.isEmpty()) {
      throw new BadInputException("no article text found in the page");
    }
    String body = String.join(Paragraphs.SEPARATOR, paragraphs);
    if (title == null || title.isBlank()) {
      title = Paragraphs.shorten(paragraphs.get(0), PlainTextReader.TITLE_MAX);
    }
    return new Article(ArticleIds.of(url, title, body), origin, title, body, date, siteName, PlainTextReader.stripBy(author), url, null);
  }

  private static List<String> bodyParagraphs(Document doc, String title) {
    Element root = doc.body();
    root.select(NEVER_TEXT).remove();
    for (Element e : new ArrayList<>(root.getAllElements())) {
      if (e != root && e.parent() != null && isBoilerplate(e)) {
        e.remove();
      }
    }
    Element container = contentContainer(root);
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Elements blocks = container.select("p, h2, h3, h4, li, blockquote");
    for (Element e : blocks) {
      if (e.tagName().equals("li") && e.closest("ul, ol") != null && e.selectFirst("p") != null) {
        continue; // its paragraphs are taken on their own
      }
      if (!e.tagName().equals("blockquote") && e.parents().stream().anyMatch(p -> p.tagName().equals("blockquote") && p != container)) {
        continue; // handled with the blockquote
      }
      if (e.tagName().equals("p") && e.parents().stream().anyMatch(p -> p.tagName().equals("li"))) {
        continue;
      }
      String t = Paragraphs.collapseWhitespace(e.text());
      if (t.isEmpty() || (title != null && t.equals(title.strip()))) {
        continue;
      }
      if (e.tagName().equals("blockquote") && isRepeated(t, out)) {
        continue; // a pull quote repeating the text
      }
      if (seen.add(t)) {
        out.add(t);
      }
    }
    if (out.isEmpty()) {
      String t = Paragraphs.collapseWhitespace(container.wholeText());
      if (!t.isEmpty()) {
        out.addAll(Paragraphs.split(container.wholeText()));
      }
    }
    return out;
  }

  private static boolean isRepeated(String quote, List<String> paragraphs) {
    String core = quote.replaceAll("^[\\p{Pi}\\p{Pf}\"'\\s]+|[\\p{Pi}\\p{Pf}\"'\\s]+$", "");
    if (core.length() < 10) {
      return false;
    }
    for (String p : paragraphs) {
      if (p.contains(core)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBoilerplate(Element e) {
    String tag = e.tagName();
    if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("html")) {
      return false;
    }
    String cls = e.className() + " " + e.id();
    if (cls.isBlank()) {
      return false;
    }
    return BOILERPLATE.matcher(cls.toLowerCase(Locale.ROOT)).find();
  }

  /** The element holding the article: a known content container, else the densest in paragraphs. */
  private static Element contentContainer(Element root) {
    Element known = root.selectFirst(CONTENT_SELECTORS);
    if (known != null && textLength(known.select("p")) > 200) {
      return known;
    }
    Element best = null;
    int bestLength = 0;
    for (Element a : root.select("article, main, [role=main]")) {
      int len = textLength(a.select("p"));
      if (len > bestLength) {
        best = a;
        bestLength = len;
      }
    }
    if (best != null && bestLength > 200) {
      return best;
    }
    // No semantic container: score each paragraph's parent by the text of its paragraphs.
    Map<Element, Integer> scores = new LinkedHashMap<>();
    for (Element p : root.select("p")) {
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, p.text().length(), Integer::sum);
      }
    }
    return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(root);
  }

  private static int textLength(Elements ps) {
    int n = 0;
    for (Element p : ps) {
      n += p.text().length();
    }
    return n;
  }

  private static String meta(Document doc, String name) {
    Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name + "]");
    return e == null ? null : blankToNull(e.attr("content"));
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? null : blankToNull(e.attr(attr));
  }

  private static String text(Element e) {
    return e == null ? null : blankToNull(Paragraphs.collapseWhitespace(e.text()));
  }

  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode n = JSON.readTree(s.data());
        collectLd(n, out);
      } catch (IOException e) {
        // A broken JSON-LD block is common on real pages; the other metadata sources remain.
      }
    }
    return out;
  }

  private static void collectLd(JsonNode n, List<JsonNode> out) {
    if (n == null) {
      return;
    }
    if (n.isArray()) {
      n.forEach(c -> collectLd(c, out));
    } else if (n.isObject()) {
      if (n.has("@graph")) {
        collectLd(n.get("@graph"), out);
      }
      String type = n.path("@type").asText("");
      if (type.contains("Article") || type.equals("WebPage") || n.has("headline") || n.has("datePublished")) {
        out.add(n);
      }
    }
  }

  private static String ldText(List<JsonNode> ld, String field) {
    for (JsonNode n : ld) {
      JsonNode v = n.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText().strip();
      }
    }
    return null;
  }

  private static String ldAuthor(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode a = n.get("author");
      String name = nameOf(a);
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  private static String ldPublisher(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      String name = nameOf(n.get("publisher"));
      if (name != null) {
        return name;
      }
    }
    return null;
  }

  private static String nameOf(JsonNode a) {
    if (a == null) {
      return null;
    }
    if (a.isTextual()) {
      return blankToNull(a.asText());
    }
    if (a.isObject()) {
      return blankToNull(a.path("name").asText(null));
    }
    if (a.isArray()) {
      Set<String> names = new LinkedHashSet<>();
      a.forEach(x -> {
        String s = nameOf(x);
        if (s != null) {
          names.add(s);
        }
      });
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return null;
  }

  private static PubDate firstDate(String... candidates) {
    for (String c : candidates) {
      PubDate d = Dates.parse(c);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static String host(String url) {
    if (url == null) {
      return null;
    }
    try {
      String h = URI.create(url.strip()).getHost();
      if (h == null) {
        return null;
      }
      return h.startsWith("www.") ? h.substring(4) : h;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String stripSiteSuffix(String title, String site) {
    if (title == null || title.isBlank()) {
      return null;
    }
    String t = title.strip();
    for (String sep : List.of(" | ", " - ", " – ", " — ", " :: ")) {
      int i = t.lastIndexOf(sep);
      if (i > 0) {
        String suffix = t.substring(i + sep.length()).strip();
        if (site == null || suffix.equalsIgnoreCase(site) || suffix.length() < 40) {
          return t.substring(0, i).strip();
        }
      }
    }
    return t;
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http://") || s.startsWith("https://") ? null : s;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
