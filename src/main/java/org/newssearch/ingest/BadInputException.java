package org.newssearch.ingest;

/**
 * An input that cannot be read as articles: empty, binary, of an unknown format, too large,
 * unreadable. The message is the reason alone; {@link #position()} says where, when it is known.
 */
public final class BadInputException extends Exception {

  private final String position;

  public BadInputException(String reason) {
    this("", reason);
  }

  public BadInputException(String position, String reason) {
    super(reason);
    this.position = position == null ? "" : position;
  }

  public String position() {
    return position;
  }
}
