package org.newssearch.index;

import java.io.IOException;

/** The index folder holds an index of another schema version. */
public final class IncompatibleIndexException extends IOException {

  public IncompatibleIndexException(String message) {
    super(message);
  }
}
