package webinarbot.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/** The {@code date} of a page, in one of the three forms TOML and YAML can give it. */
public sealed interface PageDate {
  /** A day: {@code date = 2021-10-15} or {@code date = "2021-10-15"}. */
  record Day(LocalDate date) implements PageDate {}

  /** A wall-clock time with no zone: {@code date = 2026-12-03T17:00:00}. */
  record Local(LocalDateTime dateTime) implements PageDate {}

  /** An instant: {@code date = 2026-12-03T17:00:00+01:00}. */
  record Offset(OffsetDateTime dateTime) implements PageDate {}

  default LocalDate day() {
    if (this instanceof Day d) {
      return d.date();
    } else if (this instanceof Local l) {
      return l.dateTime().toLocalDate();
    }
    return ((Offset) this).dateTime().toLocalDate();
  }
}
