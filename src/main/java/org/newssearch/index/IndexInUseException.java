package org.newssearch.index;

import java.io.IOException;

/** Another process holds the index's write lock: nothing was changed. */
public final class IndexInUseException extends IOException {

  public IndexInUseException(String message) {
    super(message);
  }
}
