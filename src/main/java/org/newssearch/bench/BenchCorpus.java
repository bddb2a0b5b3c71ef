package org.newssearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.newssearch.ingest.ArticleSink;
import org.newssearch.ingest.BadInputException;
import org.newssearch.ingest.Formats;
import org.newssearch.ingest.InputFile;
import org.newssearch.ingest.InputWalker;
import org.newssearch.model.Article;

/**
 * The benchmark corpus: Reuters-21578 read once, then written {@code copies} times as JSON lines
 * with fresh ids. Each copy after the first varies deterministically, so the vocabulary grows and
 * segments merge as a real corpus of that size would: digits shift, capitalised names are
 * replaced by invented ones (the same name the same way throughout a copy), and sentences are
 * reordered inside paragraphs. Files hold {@link #PER_FILE} articles so readers run in parallel.
 */
public final class BenchCorpus {

  public static final int PER_FILE = 5000;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] SYLLABLES = {
    "ka", "lo", "mer", "vin", "do", "sa", "tre", "bel", "gor", "an", "ri", "tu", "wes", "ham", "lin", "or", "cas", "pe", "zu", "mon",
    "dra", "ve", "sol", "ni", "bra", "ket", "fi", "lum", "hor", "ast", "qui", "ber", "tal", "ron", "es", "mar", "dun", "yel", "pro", "cha"
  };

  /** What was generated: files, articles, characters of title and body. */
  public record Generated(List<Path> files, long articles, long chars) {}

  private BenchCorpus() {}

  /** Reads every article of the Reuters folder (gzip or plain SGML). */
  public static List<Article> readReuters(Path dir) throws IOException {
    List<Article> out = new ArrayList<>();
    InputWalker w = new InputWalker(List.of(dir), (p, r) -> {});
    while (w.hasNext()) {
      Path p = w.next();
      String name = p.getFileName().toString();
      if (!name.endsWith(".sgm") && !name.endsWith(".sgm.gz")) {
        continue;
      }
      try {
        InputFile in = Formats.probe(p, 32L << 20);
        in.format().reader().read(in, new ArticleSink() {
          @Override
          public void accept(Article a) {
            out.add(a);
          }

          @Override
          public void fail(String position, String reason) {}

          @Override
          public void warn(String position, String message) {}
        });
      } catch (BadInputException e) {
        throw new IOException(p + ": " + e.getMessage(), e);
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no Reuters articles in " + dir);
    }
    return out;
  }

  /**
   * Writes {@code copies} copies of {@code base} into {@code dir} (emptied first), or reuses what
   * is there when a manifest says it was made from the same input with the same parameters.
   */
  public static Generated write(List<Article> base, int copies, Path dir) throws IOException {
    Path manifest = dir.resolve(".manifest.json"); // hidden: news index skips it
    String signature = "reuters:" + base.size() + ":copies:" + copies + ":per-file:" + PER_FILE + ":v1";
    if (Files.exists(manifest)) {
      Map<?, ?> m = JSON.readValue(manifest.toFile(), Map.class);
      if (signature.equals(m.get("signature"))) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
          files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        return new Generated(files, ((Number) m.get("articles")).longValue(), ((Number) m.get("chars")).longValue());
      }
    }
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    long articles = 0;
    long chars = 0;
    BufferedWriter out = null;
    int inFile = 0;
    try {
      for (int copy = 0; copy < copies; copy++) {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < base.size(); i++) {
          if (out == null || inFile == PER_FILE) {
            if (out != null) {
              out.close();
            }
            Path f = dir.resolve(String.format(Locale.ROOT, "part-%05d.jsonl", files.size()));
            files.add(f);
            out = Files.newBufferedWriter(f, StandardCharsets.UTF_8);
            inFile = 0;
          }
          Article a = base.get(i);
          String title = copy == 0 ? a.title() : vary(a.title(), copy, i, names, false);
          String body = copy == 0 ? a.body() : vary(a.body(), copy, i, names, true);
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("title", title);
          line.put("body", body);
          line.put("date", a.date() == null ? null : a.date().toString());
          line.put("source", a.source());
          line.put("url", "https://bench.example/c" + copy + "/" + i);
          out.write(JSON.writeValueAsString(line));
          out.newLine();
          inFile++;
          articles++;
          chars += title.length() + body.length();
        }
      }
    } finally {
      if (out != null) {
        out.close();
      }
    }
    JSON.writeValue(manifest.toFile(), Map.of("signature", signature, "articles", articles, "chars", chars));
    return new Generated(files, articles, chars);
  }

  /** One article of one copy: digits shifted, names replaced, sentences reordered. */
  static String vary(String text, int copy, int article, Map<String, String> names, boolean reorder) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        sb.append((char) ('0' + (c - '0' + copy) % 10));
        i++;
      } else if (Character.isUpperCase(c) && (i == 0 || !Character.isLetter(text.charAt(i - 1)))) {
        int j = i + 1;
        while (j < n && Character.isLetter(text.charAt(j))) {
          j++;
        }
        String word = text.substring(i, j);
        boolean sentenceStart = i < 2 || text.charAt(i - 2) == '.' || text.charAt(i - 1) == '\n';
        if (!sentenceStart && word.length() >= 4 && !isAllCaps(word) && (word.hashCode() ^ copy) % 2 == 0) {
          sb.append(names.computeIfAbsent(word, w -> inventName(w, copy)));
        } else {
          sb.append(word);
        }
        i = j;
      } else {
        sb.append(c);
        i++;
      }
    }
    String varied = sb.toString();
    return reorder ? reorderSentences(varied, new SplittableRandom(31L * copy + article)) : varied;
  }

  private static boolean isAllCaps(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLowerCase(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String inventName(String word, int copy) {
    SplittableRandom r = new SplittableRandom(word.hashCode() * 1_000_003L + copy);
    int parts = 2 + r.nextInt(2);
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < parts; k++) {
      sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
    }
    sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
    return sb.toString();
  }

  private static String reorderSentences(String body, SplittableRandom r) {
    String[] paragraphs = body.split("\n\n");
    StringBuilder out = new StringBuilder(body.length());
    for (int p = 0; p < paragraphs.length; p++) {
      String[] sentences = paragraphs[p].split("(?<=[.!?]) (?=[A-Z])");
      if (sentences.length > 1) {
        int a = r.nextInt(sentences.length);
        int b = r.nextInt(sentences.length);
        String tmp = sentences[a];
        sentences[a] = sentences[b];
        sentences[b] = tmp;
      }
      if (p > 0) {
        out.append("\n\n");
      }
      out.append(String.join(" ", sentences));
    }
    return out.toString();
  }
}
