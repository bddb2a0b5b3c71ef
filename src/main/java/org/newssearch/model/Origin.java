package org.newssearch.model;

import java.util.Objects;

/**
 * Where an article was read from: a file and, for files holding many articles, the position of
 * the record inside it ("line 12", "NEWID 5"). Shown with every hit so a reader can find the source.
 */
public record Origin(String file, String position) {

  public Origin {
    Objects.requireNonNull(file, "file");
    position = position == null ? "" : position;
  }

  public static Origin of(String file) {
    return new Origin(file, "");
  }

  @Override
  public String toString() {
    return position.isEmpty() ? file : file + "#" + position;
  }
}
