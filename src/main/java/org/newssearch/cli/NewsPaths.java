package org.newssearch.cli;

import java.nio.file.Path;

/**
 * Where the project lives: the launcher passes {@code news.home} (its own folder) so the default
 * index and corpus are the project's whatever the current directory; run any other way they are
 * relative to the current directory.
 */
final class NewsPaths {

  private NewsPaths() {}

  static Path home() {
    String h = System.getProperty("news.home");
    return h == null || h.isBlank() ? Path.of("") : Path.of(h);
  }

  static Path defaultIndex() {
    return home().resolve("index");
  }

  static Path defaultCorpus() {
    return home().resolve("corpus");
  }

  /** A path as the user would like to read it: relative to the current directory when inside it. */
  static String display(String path) {
    if (path == null) {
      return "";
    }
    try {
      Path cwd = Path.of("").toAbsolutePath();
      Path p = Path.of(path);
      if (p.isAbsolute() && p.startsWith(cwd)) {
        return cwd.relativize(p).toString();
      }
    } catch (RuntimeException e) {
      // not a path (an origin with a position): shown as is
    }
    return path;
  }

  static String displayOrigin(String origin) {
    if (origin == null) {
      return "";
    }
    int hash = origin.indexOf('#');
    return hash < 0 ? display(origin) : display(origin.substring(0, hash)) + origin.substring(hash);
  }
}
