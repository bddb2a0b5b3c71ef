package org.newssearch.cli;

/** A problem the user can fix, reported as one line with an exit code, never a stack trace. */
final class UserException extends RuntimeException {

  private final int exitCode;

  UserException(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
