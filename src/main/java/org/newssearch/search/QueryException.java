package org.newssearch.search;

/** A query the user must fix: the message says what is wrong and where, in one line. */
public final class QueryException extends Exception {

  public QueryException(String message) {
    super(message);
  }
}
