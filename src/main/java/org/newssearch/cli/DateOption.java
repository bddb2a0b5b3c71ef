package org.newssearch.cli;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** {@code --from}/{@code --to} values: a day, a month or a year. */
final class DateOption {

  private DateOption() {}

  static LocalDate from(String s) {
    return s == null ? null : parse(s, "--from", true);
  }

  static LocalDate to(String s) {
    return s == null ? null : parse(s, "--to", false);
  }

  private static LocalDate parse(String s, String option, boolean start) {
    String t = s.strip();
    try {
      if (t.matches("\\d{4}")) {
        int y = Integer.parseInt(t);
        return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
      }
      if (t.matches("\\d{4}-\\d{2}")) {
        YearMonth ym = YearMonth.parse(t);
        return start ? ym.atDay(1) : ym.atEndOfMonth();
      }
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new UserException(ExitCodes.USAGE, option + ": not a date: '" + s + "' (use 2020-01-16, 2020-01 or 2020)");
    }
  }
}
