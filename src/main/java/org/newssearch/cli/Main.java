package org.newssearch.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newssearch.index.IncompatibleIndexException;
import org.newssearch.index.IndexInUseException;
import org.newssearch.search.NoIndexException;
import org.newssearch.search.QueryException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code news} command line. */
@Command(
    name = "news",
    mixinStandardHelpOptions = true,
    version = "news-search 0.1.0",
    description = "Index news articles and search them: full text, entities and quotes.",
    subcommands = {
      IndexCommand.class,
      SearchCommand.class,
      ShowCommand.class,
      StatsCommand.class,
      DeleteCommand.class,
      CheckCommand.class,
      EntitiesCommand.class,
      QuotesCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  /**
   * Lucene logs a warning at start-up when the JVM lacks the incubating vector module, which we
   * do not need; held strongly because java.util.logging keeps loggers weakly.
   */
  private static final Logger LUCENE_VECTORS = Logger.getLogger("org.apache.lucene.internal.vectorization");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    LUCENE_VECTORS.setLevel(Level.SEVERE);
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    System.exit(run(args, out, err));
  }

  /** Runs one command with the given writers; returns the exit code. Used by tests too. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cmd = new CommandLine(new Main());
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine.getErr()));
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  static int handle(Exception e, PrintWriter err) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    int code;
    String message;
    if (t instanceof UserException u) {
      code = u.exitCode();
      message = u.getMessage();
    } else if (t instanceof QueryException q) {
      code = ExitCodes.USAGE;
      message = "query error: " + q.getMessage();
    } else if (t instanceof IllegalArgumentException iae) {
      code = ExitCodes.USAGE;
      message = iae.getMessage();
    } else if (t instanceof IndexInUseException || t instanceof IncompatibleIndexException || t instanceof NoIndexException) {
      code = ExitCodes.INDEX;
      message = t.getMessage();
    } else if (t instanceof IOException io) {
      code = ExitCodes.INDEX;
      message = "index error: " + describe(io);
    } else {
      code = ExitCodes.INTERNAL;
      message = "internal error (please report it): " + t;
      if (System.getenv("NEWS_DEBUG") != null) {
        t.printStackTrace(err);
      }
    }
    err.println("news: " + message);
    err.flush();
    return code;
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    if (e instanceof NoSuchFileException) {
      return "no such file: " + m;
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied: " + m;
    }
    if (m != null && m.contains("No space left")) {
      return "disk full (" + m + "); the index keeps its last commit";
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new UserException(ExitCodes.USAGE, "a command is needed (index, search, show, stats, ...)");
  }
}
