package org.newssearch.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: UTF-8 when the bytes are valid UTF-8, else Windows-1252, the encoding most
 * legacy news text that is not UTF-8 turns out to be in (it decodes every byte).
 */
public final class Decoding {

  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private Decoding() {}

  /** Decoded text and whether the fallback was needed (so the caller can say so). */
  public record Decoded(String text, boolean fallback) {}

  public static Decoded decode(byte[] bytes, int offset, int length) {
    int start = offset;
    int len = length;
    if (len >= 3 && (bytes[start] & 0xFF) == 0xEF && (bytes[start + 1] & 0xFF) == 0xBB && (bytes[start + 2] & 0xFF) == 0xBF) {
      start += 3; // a UTF-8 byte-order mark is not text
      len -= 3;
    }
    if (isAscii(bytes, start, len)) {
      return new Decoded(new String(bytes, start, len, StandardCharsets.ISO_8859_1), false);
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer cb = utf8.decode(ByteBuffer.wrap(bytes, start, len));
      return new Decoded(cb.toString(), false);
    } catch (CharacterCodingException e) {
      return new Decoded(new String(bytes, start, len, WINDOWS_1252), true);
    }
  }

  public static Decoded decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }

  private static boolean isAscii(byte[] b, int off, int len) {
    for (int i = off, end = off + len; i < end; i++) {
      if (b[i] < 0) {
        return false;
      }
    }
    return true;
  }
}
