package org.newssearch.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Chooses an input's format from its extension and a look at its first bytes. Content wins over
 * the extension where the two disagree on something unmistakable (a {@code .txt} file that is an
 * HTML page); anything that is neither one of our formats nor plain text is refused, so it is
 * never indexed as garbage.
 */
public final class Formats {

  private static final int SNIFF_BYTES = 8192;

  private Formats() {}

  public static InputFile probe(Path path, long maxBytes) throws IOException, BadInputException {
    String fileName = path.getFileName().toString();
    String lower = fileName.toLowerCase(Locale.ROOT);
    long size;
    try {
      if (!Files.isRegularFile(path)) {
        throw new BadInputException(Files.exists(path) ? "not a regular file" : "no such file");
      }
      if (!Files.isReadable(path)) {
        throw new BadInputException("permission denied");
      }
      size = Files.size(path);
    } catch (NoSuchFileException e) {
      throw new BadInputException("no such file");
    } catch (AccessDeniedException e) {
      throw new BadInputException("permission denied");
    }
    if (size == 0) {
      throw new BadInputException("empty file");
    }
    boolean gzip = lower.endsWith(".gz");
    String inner = gzip ? lower.substring(0, lower.length() - 3) : lower;
    byte[] head = readHead(path, gzip);
    if (head.length == 0) {
      throw new BadInputException("empty file");
    }
    if (looksBinary(head)) {
      throw new BadInputException("binary file, not text (is it a " + describeMagic(head) + "?)");
    }
    Format byContent = sniff(head);
    Format byName = byExtension(inner);
    Format chosen;
    if (byContent == Format.HTML || byContent == Format.SGML) {
      chosen = byContent;
    } else if (byName != null) {
      chosen = byName;
    } else if (byContent != null) {
      chosen = byContent;
    } else if (extension(inner).isEmpty()) {
      chosen = Format.TEXT;
    } else {
      throw new BadInputException("unknown format '." + extension(inner) + "' (expected .txt, .html, .jsonl, .sgm, optionally .gz)");
    }
    return new InputFile(path, path.toAbsolutePath().normalize().toString(), size, chosen, gzip, maxBytes);
  }

  static Format byExtension(String lowerName) {
    return switch (extension(lowerName)) {
      case "txt", "text" -> Format.TEXT;
      case "html", "htm", "xhtml", "shtml" -> Format.HTML;
      case "jsonl", "ndjson", "json" -> Format.JSONL;
      case "sgm", "sgml" -> Format.SGML;
      default -> null;
    };
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1);
  }

  static Format sniff(byte[] head) {
    String s = new String(head, StandardCharsets.ISO_8859_1);
    String t = s.stripLeading().toLowerCase(Locale.ROOT);
    if (t.startsWith("\u00ef\u00bb\u00bf")) { // UTF-8 BOM seen as Latin-1
      t = t.substring(3).stripLeading();
    }
    if (t.startsWith("<!doctype lewis") || t.startsWith("<reuters")) {
      return Format.SGML;
    }
    if (t.startsWith("<!doctype html") || t.startsWith("<html") || t.startsWith("<head")
        || (t.startsWith("<") && (t.contains("<body") || t.contains("<p>") || t.contains("<article")))) {
      return Format.HTML;
    }
    if (t.startsWith("{")) {
      return Format.JSONL;
    }
    return null;
  }

  private static byte[] readHead(Path path, boolean gzip) throws IOException, BadInputException {
    try (InputStream raw = Files.newInputStream(path)) {
      if (!gzip) {
        return raw.readNBytes(SNIFF_BYTES);
      }
      try (InputStream in = new GZIPInputStream(raw)) {
        return in.readNBytes(SNIFF_BYTES);
      } catch (ZipException | EOFException e) {
        throw new BadInputException("not a valid gzip file (" + e.getMessage() + ")");
      }
    } catch (AccessDeniedException e) {
      throw new BadInputException("permission denied");
    }
  }

  /** NUL bytes, or many control characters, mean the file is not text in any encoding we read. */
  static boolean looksBinary(byte[] head) {
    int control = 0;
    for (byte b : head) {
      int c = b & 0xFF;
      if (c == 0) {
        return true;
      }
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) {
        control++;
      }
    }
    return control > head.length / 20;
  }

  private static String describeMagic(byte[] h) {
    if (h.length >= 4 && h[0] == '%' && h[1] == 'P' && h[2] == 'D' && h[3] == 'F') {
      return "PDF";
    }
    if (h.length >= 4 && h[0] == 'P' && h[1] == 'K') {
      return "zip or office document";
    }
    if (h.length >= 4 && (h[0] & 0xFF) == 0x89 && h[1] == 'P' && h[2] == 'N' && h[3] == 'G') {
      return "PNG image";
    }
    if (h.length >= 3 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xD8) {
      return "JPEG image";
    }
    return "program, image or archive";
  }
}
