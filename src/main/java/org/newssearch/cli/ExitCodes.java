package org.newssearch.cli;

/** Exit codes of every command. */
final class ExitCodes {
  /** Everything worked. */
  static final int OK = 0;
  /** Some inputs failed (the summary says which); the rest was done. */
  static final int SOME_FAILED = 1;
  /** Usage error: a bad option, a malformed query. */
  static final int USAGE = 2;
  /** The index could not be opened or written (missing, in use, disk full). */
  static final int INDEX = 3;
  /** A bug: please report it. */
  static final int INTERNAL = 4;

  private ExitCodes() {}
}
