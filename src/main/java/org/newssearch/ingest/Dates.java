package org.newssearch.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newssearch.model.PubDate;

/** Parses the date forms news inputs use. Unparseable dates are null: the article is kept. */
public final class Dates {

  private static final List<DateTimeFormatter> DAY_FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          pattern("d MMMM uuuu"),
          pattern("d MMM uuuu"),
          pattern("MMMM d, uuuu"),
          pattern("MMM d, uuuu"),
          pattern("EEEE, d MMMM uuuu"),
          pattern("EEEE, MMMM d, uuuu"),
          pattern("uuuu/MM/dd"),
          pattern("d-MMM-uuuu"));

  private static final DateTimeFormatter LOCAL_DATE_TIME_SPACE = pattern("uuuu-MM-dd HH:mm[:ss]");

  /** Reuters: {@code 26-FEB-1987 15:01:01.79}, with the dirt its README lists. */
  private static final Pattern REUTERS =
      Pattern.compile("(\\d{1,2})-([A-Za-z]{3})-(\\d{4})\\s+(\\d+):(\\d\\d):(\\d\\d)");

  private Dates() {}

  private static DateTimeFormatter pattern(String p) {
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p).toFormatter(Locale.ENGLISH);
  }

  public static PubDate parse(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.isEmpty()) {
      return null;
    }
    try {
      return PubDate.ofInstant(OffsetDateTime.parse(s).toInstant());
    } catch (DateTimeParseException ignored) {
      // not an ISO date-time with offset; try the next form
    }
    try {
      return PubDate.ofInstant(Instant.parse(s));
    } catch (DateTimeParseException ignored) {
      // next form
    }
    try {
      return PubDate.ofInstant(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException ignored) {
      // next form
    }
    for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE_TIME, LOCAL_DATE_TIME_SPACE)) {
      try {
        return PubDate.ofInstant(LocalDateTime.parse(s, f).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException ignored) {
        // next form
      }
    }
    for (DateTimeFormatter f : DAY_FORMATS) {
      try {
        return PubDate.ofDay(LocalDate.parse(s, f));
      } catch (DateTimeParseException ignored) {
        // next form
      }
    }
    if (s.length() > 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      try { // "2020-01-16T09:30" or a date with an unparsable tail: keep the day
        return PubDate.ofDay(LocalDate.parse(s.substring(0, 10)));
      } catch (DateTimeParseException ignored) {
        // fall through
      }
    }
    return null;
  }

  /** Reuters DATE fields; an impossible time (hour 605) keeps the day. */
  public static PubDate parseReuters(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher m = REUTERS.matcher(raw);
    if (!m.find()) {
      return parse(raw);
    }
    try {
      LocalDate day =
          LocalDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3), pattern("d-MMM-uuuu"));
      int h = Integer.parseInt(m.group(4));
      int min = Integer.parseInt(m.group(5));
      int sec = Integer.parseInt(m.group(6));
      if (h > 23 || min > 59 || sec > 59) {
        return PubDate.ofDay(day);
      }
      return PubDate.ofInstant(day.atTime(h, min, sec).toInstant(ZoneOffset.UTC));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
