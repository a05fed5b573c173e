package webinarbot.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import webinarbot.domain.PageDate;

/**
 * Reads a date written as text: every layout Hugo accepts in front matter (RFC 3339 with or without
 * seconds, offset or {@code T}, {@code 2006-01-02 15:04:05 -0700 MST}, RFC 1123, RFC 822, RFC 850,
 * ANSI C, Unix and Ruby dates, {@code 02 Jan 2006}), and the written-out dates and ranges pages
 * show to readers ({@code Oct 19, 2016}, {@code May 20-23, 2019}, {@code 30 May - 2 June 2019},
 * {@code May 20, 2015 @ 8am PST}).
 */
final class DateText {
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));
  private static final List<String> WEEKDAYS =
      List.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
  private static final List<String> FILLER = List.of("to", "until", "and", "the", "of", "on");

  /** Compiled on first use: a plain YYYY-MM-DD, what most pages write, needs none of these. */
  private static final class Shapes {
    private static final Pattern ISO =
        Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})"
                + "(?:[Tt]|\\s+)?"
                + "(?:(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d{1,9}))?)?)?"
                + "\\s*(Z|z|[+-]\\d{1,2}(?::?\\d{2})?)?"
                + "(?:\\s*\\(?([A-Za-z]{1,5})\\)?)?");
    private static final Pattern ISO_RANGE =
        Pattern.compile(
            "(\\d{4}-\\d{1,2}-\\d{1,2})\\s*(?:-|–|—|/|\\bto\\b)\\s*(\\d{4}-\\d{1,2}-\\d{1,2})");
    private static final Pattern TOKEN =
        Pattern.compile(
            "(\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,9})?)?)"
                + "|([+-]\\d{2}:?\\d{2})"
                + "|(\\d+)(?:st|nd|rd|th)?"
                + "|(\\p{L}+)\\.?"
                + "|(-|–|—)");
  }

  private DateText() {}

  /**
   * A date as written.
   *
   * @param lastDay the last day of a written range ({@code May 20-23, 2019}), inclusive
   * @param timeText what followed an {@code @} or {@code at}: a time slot to read the time from
   */
  record Reading(PageDate start, Optional<LocalDate> lastDay, Optional<String> timeText) {}

  /** A single date, as Hugo reads a front matter date string; empty if it is not one. */
  static Optional<PageDate> hugoDate(String text) {
    return parse(text)
        .filter(r -> r.lastDay().isEmpty() && r.timeText().isEmpty())
        .map(Reading::start);
  }

  static Optional<Reading> parse(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (s.length() == 10) {
      // YYYY-MM-DD, what most pages write, without the regular expressions.
      Optional<LocalDate> day = IsoDay.parse(s, 0);
      if (day.isPresent()) {
        return Optional.of(
            new Reading(new PageDate.Day(day.get()), Optional.empty(), Optional.empty()));
      }
    }
    Matcher range = Shapes.ISO_RANGE.matcher(s);
    if (range.matches()) {
      Optional<PageDate> from = iso(range.group(1));
      Optional<PageDate> to = iso(range.group(2));
      if (from.isPresent() && to.isPresent() && to.get().day().isAfter(from.get().day())) {
        return Optional.of(new Reading(from.get(), Optional.of(to.get().day()), Optional.empty()));
      }
      return Optional.empty();
    }
    Optional<PageDate> iso = iso(s);
    if (iso.isPresent()) {
      return Optional.of(new Reading(iso.get(), Optional.empty(), Optional.empty()));
    }
    Optional<String> timeText = Optional.empty();
    Matcher at = Pattern.compile("\\s*(?:@|\\bat\\b)\\s*", Pattern.CASE_INSENSITIVE).matcher(s);
    if (at.find() && at.start() > 0) {
      String rest = s.substring(at.end()).strip();
      if (!rest.isEmpty()) {
        timeText = Optional.of(rest);
      }
      s = s.substring(0, at.start()).strip();
    }
    Optional<Reading> r = written(s);
    if (r.isEmpty()) {
      return Optional.empty();
    }
    if (timeText.isPresent() && !(r.get().start() instanceof PageDate.Day)) {
      return Optional.empty();
    }
    return Optional.of(new Reading(r.get().start(), r.get().lastDay(), timeText));
  }

  private static Optional<PageDate> iso(String s) {
    Matcher m = Shapes.ISO.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      LocalDate day =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        if (m.group(8) != null || m.group(9) != null) {
          return Optional.empty();
        }
        return Optional.of(new PageDate.Day(day));
      }
      int nanos = 0;
      if (m.group(7) != null) {
        nanos = Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
      }
      LocalDateTime local =
          day.atTime(
              LocalTime.of(
                  Integer.parseInt(m.group(4)),
                  Integer.parseInt(m.group(5)),
                  m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                  nanos));
      Optional<ZoneOffset> offset = offset(m.group(8));
      if (m.group(8) != null && offset.isEmpty()) {
        return Optional.empty();
      }
      if (offset.isEmpty() && m.group(9) != null) {
        offset = namedOffset(m.group(9), local);
        if (offset.isEmpty()) {
          return Optional.empty();
        }
      }
      return Optional.of(
          offset
              .<PageDate>map(o -> new PageDate.Offset(OffsetDateTime.of(local, o)))
              .orElse(new PageDate.Local(local)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** {@code Z}, {@code +01:00}, {@code +0100}, {@code -5} (YAML's short form). */
  private static Optional<ZoneOffset> offset(String text) {
    if (text == null) {
      return Optional.empty();
    }
    if (text.equalsIgnoreCase("z")) {
      return Optional.of(ZoneOffset.UTC);
    }
    String digits = text.substring(1).replace(":", "");
    int hours;
    int minutes = 0;
    if (digits.length() <= 2) {
      hours = Integer.parseInt(digits);
    } else if (digits.length() == 4) {
      hours = Integer.parseInt(digits.substring(0, 2));
      minutes = Integer.parseInt(digits.substring(2));
    } else {
      return Optional.empty();
    }
    if (hours > 18 || minutes > 59) {
      return Optional.empty();
    }
    int sign = text.charAt(0) == '-' ? -1 : 1;
    try {
      return Optional.of(ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** A zone abbreviation after a time (RFC 1123's {@code MST}): its region's offset then. */
  private static Optional<ZoneOffset> namedOffset(String name, LocalDateTime local) {
    return webinarbot.domain.ZoneNames.parse(name).map(z -> z.zone().getRules().getOffset(local));
  }

  /** One side of a written date: what it names, each part optional. */
  private static final class Parts {
    Integer day;
    Integer month;
    Integer year;
    LocalTime time;
    ZoneOffset offset;
    String zoneName;
  }

  private static Optional<Reading> written(String s) {
    List<String[]> tokens = tokens(s);
    if (tokens == null) {
      return Optional.empty();
    }
    int dash = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i)[0].equals("dash")) {
        if (dash >= 0) {
          return Optional.empty();
        }
        dash = i;
      }
    }
    if (dash < 0) {
      Parts p = parts(tokens);
      if (p == null || p.day == null || p.month == null || p.year == null) {
        return Optional.empty();
      }
      return single(p);
    }
    Parts left = parts(tokens.subList(0, dash));
    Parts right = parts(tokens.subList(dash + 1, tokens.size()));
    if (left == null || right == null || left.time != null || right.time != null) {
      return Optional.empty();
    }
    if (left.day == null || right.day == null) {
      return Optional.empty();
    }
    if (right.month == null) {
      right.month = left.month;
    }
    if (left.month == null) {
      left.month = right.month;
    }
    if (right.year == null) {
      right.year = left.year;
    }
    boolean leftYearGiven = left.year != null;
    if (left.year == null) {
      left.year = right.year;
    }
    if (left.month == null || left.year == null) {
      return Optional.empty();
    }
    try {
      LocalDate first = LocalDate.of(left.year, left.month, left.day);
      LocalDate last = LocalDate.of(right.year, right.month, right.day);
      if (last.isBefore(first) && !leftYearGiven && left.month > right.month) {
        first = first.minusYears(1);
      }
      if (!last.isAfter(first)) {
        return last.equals(first)
            ? Optional.of(new Reading(new PageDate.Day(first), Optional.empty(), Optional.empty()))
            : Optional.empty();
      }
      return Optional.of(new Reading(new PageDate.Day(first), Optional.of(last), Optional.empty()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Reading> single(Parts p) {
    try {
      LocalDate day = LocalDate.of(p.year, p.month, p.day);
      PageDate d;
      if (p.time == null) {
        if (p.offset != null || p.zoneName != null) {
          return Optional.empty();
        }
        d = new PageDate.Day(day);
      } else {
        LocalDateTime local = day.atTime(p.time);
        ZoneOffset o = p.offset;
        if (o == null && p.zoneName != null) {
          o = namedOffset(p.zoneName, local).orElse(null);
          if (o == null) {
            return Optional.empty();
          }
        }
        d =
            o == null
                ? new PageDate.Local(local)
                : new PageDate.Offset(OffsetDateTime.of(local, o));
      }
      return Optional.of(new Reading(d, Optional.empty(), Optional.empty()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Tokens as {kind, text}: time, offset, number, word, dash; null if something else is there. */
  private static List<String[]> tokens(String s) {
    List<String[]> out = new ArrayList<>();
    Matcher m = Shapes.TOKEN.matcher(s);
    int at = 0;
    while (m.find()) {
      String between = s.substring(at, m.start());
      if (!between.isBlank() && !between.strip().equals(",")) {
        return null;
      }
      at = m.end();
      if (m.group(1) != null) {
        out.add(new String[] {"time", m.group(1)});
      } else if (m.group(2) != null) {
        out.add(new String[] {"offset", m.group(2)});
      } else if (m.group(3) != null) {
        out.add(new String[] {"number", m.group(3)});
      } else if (m.group(4) != null) {
        String w = m.group(4).toLowerCase(Locale.ROOT);
        if (w.equals("to") || w.equals("until")) {
          out.add(new String[] {"dash", w});
        } else if (!FILLER.contains(w)) {
          out.add(new String[] {"word", m.group(4)});
        }
      } else {
        out.add(new String[] {"dash", m.group(5)});
      }
    }
    if (!s.substring(at).isBlank()) {
      return null;
    }
    // RFC 850's 02-Jan-06: dashes between a day, a month and a year are not a range.
    if (out.size() >= 5) {
      for (int i = 0; i + 4 < out.size(); i++) {
        if (out.get(i)[0].equals("number")
            && out.get(i + 1)[0].equals("dash")
            && out.get(i + 2)[0].equals("word")
            && month(out.get(i + 2)[1]) != null
            && out.get(i + 3)[0].equals("dash")
            && out.get(i + 4)[0].equals("number")) {
          out.remove(i + 3);
          out.remove(i + 1);
        }
      }
    }
    return out;
  }

  private static Parts parts(List<String[]> tokens) {
    Parts p = new Parts();
    for (String[] t : tokens) {
      switch (t[0]) {
        case "time" -> {
          if (p.time != null) {
            return null;
          }
          p.time = time(t[1]);
          if (p.time == null) {
            return null;
          }
        }
        case "offset" -> {
          p.offset = offset(t[1]).orElse(null);
          if (p.offset == null) {
            return null;
          }
        }
        case "number" -> {
          if (!number(p, t[1])) {
            return null;
          }
        }
        case "word" -> {
          if (!word(p, t[1])) {
            return null;
          }
        }
        default -> {
          return null;
        }
      }
    }
    return p;
  }

  private static boolean number(Parts p, String digits) {
    if (digits.length() > 4) {
      return false;
    }
    int n = Integer.parseInt(digits);
    if (digits.length() == 4) {
      if (p.year != null) {
        return false;
      }
      p.year = n;
      return true;
    }
    if (p.day == null && n >= 1 && n <= 31) {
      p.day = n;
      return true;
    }
    if (p.year == null && p.day != null && p.month != null && digits.length() == 2) {
      p.year = n >= 69 ? 1900 + n : 2000 + n;
      return true;
    }
    return false;
  }

  private static boolean word(Parts p, String word) {
    String w = word.toLowerCase(Locale.ROOT);
    Integer month = month(w);
    if (month != null) {
      if (p.month != null) {
        return false;
      }
      p.month = month;
      return true;
    }
    if (WEEKDAYS.contains(w.length() > 3 && w.endsWith("day") ? w.substring(0, 3) : w)
        || WEEKDAYS.contains(w)) {
      return true;
    }
    if (p.time != null && p.zoneName == null && p.offset == null && w.length() <= 5) {
      p.zoneName = word;
      return true;
    }
    return false;
  }

  private static Integer month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.length() < 3) {
      return null;
    }
    Integer m = MONTHS.get(w.length() == 4 && w.equals("sept") ? w : w.substring(0, 3));
    if (m == null) {
      return null;
    }
    String full =
        java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    return full.toLowerCase(Locale.ROOT).startsWith(w) || w.equals("sept") ? m : null;
  }

  private static LocalTime time(String text) {
    String[] hms = text.split("[:.,]");
    try {
      int h = Integer.parseInt(hms[0]);
      int min = Integer.parseInt(hms[1]);
      int sec = hms.length > 2 ? Integer.parseInt(hms[2]) : 0;
      return LocalTime.of(h, min, sec);
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
