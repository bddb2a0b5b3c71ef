package org.newssearch.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A publication date. News gives a day more often than an instant, so the record keeps whether a
 * time of day was known; it is printed as {@code 2020-01-16} or {@code 2020-01-16T09:30:00Z}.
 */
public record PubDate(Instant instant, boolean hasTime) implements Comparable<PubDate> {

  public PubDate {
    Objects.requireNonNull(instant, "instant");
  }

  public static PubDate ofDay(LocalDate day) {
    return new PubDate(day.atStartOfDay(ZoneOffset.UTC).toInstant(), false);
  }

  public static PubDate ofInstant(Instant instant) {
    return new PubDate(instant, true);
  }

  public long epochMillis() {
    return instant.toEpochMilli();
  }

  public LocalDate day() {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public int compareTo(PubDate other) {
    return instant.compareTo(other.instant);
  }

  @Override
  public String toString() {
    return hasTime ? instant.toString() : day().toString();
  }
}
