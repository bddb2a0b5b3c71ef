package org.newssearch.search;

import java.io.IOException;

/** There is no index where one was expected. */
public final class NoIndexException extends IOException {

  public NoIndexException(String message) {
    super(message);
  }
}
