package org.newssearch.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option every command shares. */
final class IndexOption {

  @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: index/ of the project).")
  Path index;

  Path path() {
    return index != null ? index : NewsPaths.defaultIndex();
  }

  boolean isDefault() {
    return index == null;
  }
}
