package org.newssearch.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * Expands the paths given on the command line into files, folders recursively, in a stable
 * (sorted) order and lazily, so a folder of a million files is never listed in memory at once.
 * Hidden files and folders (a leading dot: {@code .gitkeep}, {@code .DS_Store}) are skipped.
 */
public final class InputWalker implements Iterator<Path> {

  private final Iterator<Path> roots;
  private final BiConsumer<Path, String> onError;
  private final ArrayDeque<Iterator<Path>> stack = new ArrayDeque<>();
  private Path next;

  /**
   * @param onError receives a path that does not exist or cannot be listed, with the reason
   */
  public InputWalker(List<Path> paths, BiConsumer<Path, String> onError) {
    this.roots = List.copyOf(paths).iterator();
    this.onError = onError;
  }

  @Override
  public boolean hasNext() {
    while (next == null) {
      Iterator<Path> top = stack.peek();
      Path p;
      boolean root;
      if (top != null) {
        if (!top.hasNext()) {
          stack.pop();
          continue;
        }
        p = top.next();
        root = false;
      } else if (roots.hasNext()) {
        p = roots.next();
        root = true;
      } else {
        return false;
      }
      if (!root && isHidden(p)) {
        continue;
      }
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          stack.push(s.sorted().toList().iterator());
        } catch (IOException | UncheckedIOException e) {
          onError.accept(p, "cannot list folder (" + reason(e) + ")");
        }
      } else if (Files.exists(p) || Files.isSymbolicLink(p)) {
        next = p;
      } else {
        onError.accept(p, "no such file or folder");
      }
    }
    return true;
  }

  @Override
  public Path next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Path p = next;
    next = null;
    return p;
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String reason(Exception e) {
    String m = e.getMessage();
    return e instanceof AccessDeniedException ? "permission denied" : m == null ? e.getClass().getSimpleName() : m;
  }
}
