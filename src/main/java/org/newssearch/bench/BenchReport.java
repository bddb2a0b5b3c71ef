package org.newssearch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Writes a run's results as a Markdown table and as JSON, with the machine and the command. */
public final class BenchReport {

  private BenchReport() {}

  public static String markdown(Benchmark.Result r, String command) {
    StringBuilder sb = new StringBuilder();
    Benchmark.IndexFigures b = r.baseline();
    Benchmark.IndexFigures f = r.full();
    sb.append(String.format(Locale.ROOT, "# Benchmark: %,d articles (Reuters-21578 × %d)%n%n", r.corpusArticles(), r.options().copies()));
    sb.append("Command: `").append(command).append("`  \n");
    sb.append("Machine: ").append(machine()).append("  \n");
    sb.append("Date: ").append(Instant.now()).append("\n\n");
    sb.append(String.format(Locale.ROOT, "## Indexing (%d threads, %.0f MB RAM buffer, same input files)%n%n", r.options().threads(), r.options().ramBufferMb()));
    sb.append("| pipeline | articles | time (s) | articles/s | MB/s | index size | peak heap (sampled) |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
    sb.append(row("bare Lucene (StandardAnalyzer, title+body)", b));
    sb.append(row("our text analysis alone (no extraction)", r.textOnly()));
    sb.append(row("full pipeline (analysis, entities, quotes, facets)", f));
    sb.append(String.format(Locale.ROOT, "%n**Throughput ratio full / baseline: %.2f** (target ≥ 0.60); text analysis alone / baseline: %.2f%n%n",
        r.throughputRatio(), r.textOnly().articlesPerSecond() / b.articlesPerSecond()));
    Benchmark.ExtractionFigures x = r.extraction();
    sb.append("## Extraction alone (Reuters-21578 bodies in memory, one thread, best of three after a warm-up)\n\n");
    sb.append("| work | articles | time (s) | articles/s | MB/s | µs/article |\n|---|---:|---:|---:|---:|---:|\n");
    sb.append(String.format(Locale.ROOT, "| entities with aliases, quotes with speakers | %,d | %.2f | %,.0f | %.2f | %.1f |%n",
        x.articles(), x.fullSeconds(), x.articlesPerSecond(), x.chars() / 1048576.0 / x.fullSeconds(), x.fullSeconds() * 1e6 / x.articles()));
    sb.append(String.format(Locale.ROOT, "| entities with aliases only | %,d | %.2f | %,.0f | %.2f | %.1f |%n",
        x.articles(), x.entitySeconds(), x.entityArticlesPerSecond(), x.chars() / 1048576.0 / x.entitySeconds(), x.entitySeconds() * 1e6 / x.articles()));
    sb.append(String.format(Locale.ROOT, "%nQuotes and speakers add %.1f µs an article.%n%n", x.quoteMicrosPerArticle()));
    sb.append("## Query latency (single thread, after a warm-up pass)\n\n");
    sb.append("| group | queries | p50 (ms) | p95 (ms) | p99 (ms) | mean (ms) |\n|---|---:|---:|---:|---:|---:|\n");
    r.latencies().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f |%n", k, v.queries(), v.p50(), v.p95(), v.p99(), v.mean())));
    return sb.toString();
  }

  private static String row(String name, Benchmark.IndexFigures x) {
    return String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f | %.2f | %.1f MB | %.0f MB |%n",
        name, x.articles(), x.seconds(), x.articlesPerSecond(), x.megabytesPerSecond(), x.indexBytes() / 1048576.0, x.peakHeapBytes() / 1048576.0);
  }

  public static void write(Benchmark.Result r, String command, Path dir, String name) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name + ".md"), markdown(r, command), StandardCharsets.UTF_8);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("command", command);
    m.put("machine", machine());
    m.put("date", Instant.now().toString());
    m.put("result", r);
    m.put("throughput_ratio", r.throughputRatio());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(name + ".json").toFile(), m);
  }

  static String machine() {
    String cpu = "unknown CPU";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).strip();
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: the CPU model stays unknown
    }
    return String.format(Locale.ROOT, "%d cores (%s), Java %s (%s), max heap %d MB, %s %s",
        Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.version"), System.getProperty("java.vm.name"),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("os.name"), System.getProperty("os.arch"));
  }
}
