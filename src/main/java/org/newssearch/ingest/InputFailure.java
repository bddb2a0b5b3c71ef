package org.newssearch.ingest;

import java.util.Objects;

/**
 * One input that could not be read, or one record inside it: the file, the position where there
 * is one ("line 3", "offset 1520"), and the reason, printed as one line.
 */
public record InputFailure(String file, String position, String reason) {

  public InputFailure {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(reason, "reason");
    position = position == null ? "" : position;
  }

  @Override
  public String toString() {
    return file + (position.isEmpty() ? "" : ", " + position) + ": " + reason;
  }
}
