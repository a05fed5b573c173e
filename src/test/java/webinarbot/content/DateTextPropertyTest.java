package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import webinarbot.domain.PageDate;
import webinarbot.testing.FixedSeed;

/**
 * The date, range and duration readers: every layout Hugo accepts reads back the instant it was
 * written from, written-out ranges give their first and last day, and every way of writing a length
 * gives that length.
 */
class DateTextPropertyTest {
  private static final Locale EN = Locale.ENGLISH;

  @Provide
  Arbitrary<LocalDateTime> times() {
    return Combinators.combine(
            Arbitraries.integers().between(1970, 2068), // two-digit years: 69 and later are 19xx
            Arbitraries.integers().between(1, 12),
            Arbitraries.integers().between(1, 28),
            Arbitraries.integers().between(0, 23),
            Arbitraries.integers().between(0, 59),
            Arbitraries.integers().between(0, 59))
        .as(LocalDateTime::of);
  }

  @Provide
  Arbitrary<ZoneOffset> offsets() {
    return Arbitraries.integers()
        .between(-12 * 4, 14 * 4)
        .map(q -> ZoneOffset.ofTotalSeconds(q * 15 * 60));
  }

  /** Go's reference layouts, written with Java's formatter; all carry an offset. */
  @Provide
  Arbitrary<String> offsetLayouts() {
    return Arbitraries.of(
        "uuuu-MM-dd'T'HH:mm:ssxxx", // RFC 3339
        "uuuu-MM-dd HH:mm:ssxxx", // 2006-01-02 15:04:05Z07:00
        "uuuu-MM-dd'T'HH:mm:ssxx", // 2006-01-02T15:04:05-0700
        "uuuu-MM-dd HH:mm:ss xx", // 2006-01-02 15:04:05 -0700
        "uuuu-MM-dd HH:mm:ss xxx", // 2006-01-02 15:04:05 -07:00
        "EEE, dd MMM uuuu HH:mm:ss xx", // RFC 1123 with a numeric zone
        "dd MMM yy HH:mm xx", // RFC 822 with a numeric zone
        "EEE MMM dd HH:mm:ss xx uuuu", // Ruby date
        "uuuu-MM-dd H:mm:ssxxx"); // an unpadded hour: 2021-10-01 8:30:00+00:00
  }

  @Property(tries = 400, seed = FixedSeed.SEED)
  void everyHugoLayoutWithAnOffsetReadsBackTheInstant(
      @ForAll("times") LocalDateTime t,
      @ForAll("offsets") ZoneOffset o,
      @ForAll("offsetLayouts") String layout) {
    OffsetDateTime written = t.atOffset(o);
    String text = DateTimeFormatter.ofPattern(layout, EN).format(written);

    Optional<PageDate> read = DateText.hugoDate(text);

    OffsetDateTime expected = layout.contains(":ss") ? written : written.withSecond(0);
    assertThat(read).as(text).containsInstanceOf(PageDate.Offset.class);
    assertThat(((PageDate.Offset) read.get()).dateTime().toInstant())
        .as(text)
        .isEqualTo(expected.toInstant());
  }

  @Property(tries = 200, seed = FixedSeed.SEED)
  void layoutsWithoutAZoneReadAsWallClockTime(
      @ForAll("times") LocalDateTime t, @ForAll("localLayouts") String layout) {
    String text = DateTimeFormatter.ofPattern(layout, EN).format(t);

    Optional<PageDate> read = DateText.hugoDate(text);

    LocalDateTime expected = layout.contains(":ss") ? t : t.withSecond(0);
    assertThat(read).as(text).contains(new PageDate.Local(expected));
  }

  @Provide
  Arbitrary<String> localLayouts() {
    return Arbitraries.of(
        "uuuu-MM-dd'T'HH:mm:ss",
        "uuuu-MM-dd HH:mm:ss",
        "uuuu-MM-dd'T'HH:mm", // no seconds
        "EEE MMM d HH:mm:ss uuuu", // ANSI C
        "uuuu-MM-dd'T'H:mm:ss"); // roweb3's 2019-07-09T8:00:00
  }

  @Property(tries = 200, seed = FixedSeed.SEED)
  void namedZonesAfterATimeAreReadAsThatRegionThen(
      @ForAll("times") LocalDateTime t, @ForAll("namedLayouts") String layout) {
    String text = DateTimeFormatter.ofPattern(layout, EN).format(t) + " GMT";
    String unix =
        DateTimeFormatter.ofPattern("EEE MMM d HH:mm:ss", EN).format(t) + " UTC " + t.getYear();

    assertThat(DateText.hugoDate(text))
        .as(text)
        .contains(
            new PageDate.Offset(
                t.withSecond(layout.contains(":ss") ? t.getSecond() : 0).atOffset(ZoneOffset.UTC)));
    assertThat(DateText.hugoDate(unix))
        .as(unix)
        .contains(new PageDate.Offset(t.atOffset(ZoneOffset.UTC)));
  }

  @Provide
  Arbitrary<String> namedLayouts() {
    return Arbitraries.of(
        "EEE, dd MMM uuuu HH:mm:ss", // RFC 1123
        "dd MMM yy HH:mm", // RFC 822
        "EEEE, dd-MMM-yy HH:mm:ss"); // RFC 850
  }

  @Property(tries = 200, seed = FixedSeed.SEED)
  void daysReadAsDays(@ForAll("times") LocalDateTime t, @ForAll("dayLayouts") String layout) {
    String text = DateTimeFormatter.ofPattern(layout, EN).format(t);

    assertThat(DateText.hugoDate(text)).as(text).contains(new PageDate.Day(t.toLocalDate()));
  }

  @Provide
  Arbitrary<String> dayLayouts() {
    return Arbitraries.of(
        "uuuu-MM-dd", "dd MMM uuuu", "MMM d, uuuu", "MMMM d, uuuu", "d MMMM uuuu");
  }

  @Property(tries = 400, seed = FixedSeed.SEED)
  void writtenRangesGiveTheirFirstAndLastDay(
      @ForAll("times") LocalDateTime t,
      @ForAll @IntRange(min = 1, max = 40) int days,
      @ForAll("rangeForms") int form) {
    LocalDate first = t.toLocalDate();
    LocalDate last = first.plusDays(days);
    String text = range(first, last, form);

    Optional<DateText.Reading> r = DateText.parse(text);

    assertThat(r).as(text).isPresent();
    assertThat(r.get().start()).as(text).isEqualTo(new PageDate.Day(first));
    assertThat(r.get().lastDay()).as(text).contains(last);
  }

  @Provide
  Arbitrary<Integer> rangeForms() {
    return Arbitraries.integers().between(0, 4);
  }

  private static String range(LocalDate a, LocalDate b, int form) {
    DateTimeFormatter mmm = DateTimeFormatter.ofPattern("MMM", EN);
    DateTimeFormatter mmmm = DateTimeFormatter.ofPattern("MMMM", EN);
    boolean sameMonth = a.getMonth() == b.getMonth() && a.getYear() == b.getYear();
    boolean sameYear = a.getYear() == b.getYear();
    return switch (form) {
      case 0 ->
          sameMonth
              ? mmm.format(a)
                  + " "
                  + a.getDayOfMonth()
                  + "-"
                  + b.getDayOfMonth()
                  + ", "
                  + b.getYear()
              : a.format(DateTimeFormatter.ofPattern("MMM d, uuuu", EN))
                  + " - "
                  + b.format(DateTimeFormatter.ofPattern("MMM d, uuuu", EN));
      case 1 ->
          sameYear
              ? mmmm.format(a)
                  + " "
                  + a.getDayOfMonth()
                  + " – "
                  + mmmm.format(b)
                  + " "
                  + b.getDayOfMonth()
                  + ", "
                  + b.getYear()
              : a.format(DateTimeFormatter.ofPattern("MMMM d, uuuu", EN))
                  + " – "
                  + b.format(DateTimeFormatter.ofPattern("MMMM d, uuuu", EN));
      case 2 ->
          sameMonth
              ? a.getDayOfMonth()
                  + "-"
                  + b.getDayOfMonth()
                  + " "
                  + mmmm.format(b)
                  + " "
                  + b.getYear()
              : a.getDayOfMonth()
                  + " "
                  + mmm.format(a)
                  + (sameYear ? "" : " " + a.getYear())
                  + " - "
                  + b.getDayOfMonth()
                  + " "
                  + mmm.format(b)
                  + " "
                  + b.getYear();
      case 3 -> a + " - " + b;
      default -> a + " to " + b;
    };
  }

  @Example
  void theRangesSeenOnRealSites() {
    assertThat(DateText.parse("May 20-23, 2019").orElseThrow().lastDay())
        .contains(LocalDate.of(2019, 5, 23));
    assertThat(DateText.parse("Nov 15-17, 2016").orElseThrow().start())
        .isEqualTo(new PageDate.Day(LocalDate.of(2016, 11, 15)));
    assertThat(DateText.parse("Dec 30 - Jan 2, 2020").orElseThrow().start())
        .isEqualTo(new PageDate.Day(LocalDate.of(2019, 12, 30)));
    DateText.Reading at = DateText.parse("May 20, 2015 @ 8am PST").orElseThrow();
    assertThat(at.start()).isEqualTo(new PageDate.Day(LocalDate.of(2015, 5, 20)));
    assertThat(at.timeText()).contains("8am PST");
    assertThat(DateText.parse("")).isEmpty();
    assertThat(DateText.parse("soon")).isEmpty();
    assertThat(DateText.parse("2021-13-45")).isEmpty();
    assertThat(DateText.parse("May 23-20, 2019")).isEmpty();
  }

  @Property(tries = 300, seed = FixedSeed.SEED)
  void everyWayOfWritingALengthGivesIt(
      @ForAll @IntRange(min = 1, max = 6000) int minutes, @ForAll("lengthForms") int form) {
    int h = minutes / 60;
    int m = minutes % 60;
    String text =
        switch (form) {
          case 0 -> minutes + " minutes";
          case 1 -> (h > 0 ? h + "h" : "") + (m > 0 ? m + "m" : "");
          case 2 ->
              (h > 0 ? h + (h == 1 ? " hour" : " hours") : "")
                  + (h > 0 && m > 0 ? " and " : "")
                  + (m > 0 ? m + " min" : "");
          case 3 -> h + ":" + (m < 10 ? "0" : "") + m;
          case 4 -> "PT" + (h > 0 ? h + "H" : "") + (m > 0 ? m + "M" : "");
          default -> String.valueOf(minutes);
        };

    assertThat(DurationText.parse(text)).as(text).contains(Duration.ofMinutes(minutes));
  }

  @Provide
  Arbitrary<Integer> lengthForms() {
    return Arbitraries.integers().between(0, 5);
  }

  @Example
  void theLengthsSeenOnRealSites() {
    assertThat(DurationText.parse("90 minutes")).contains(Duration.ofMinutes(90));
    assertThat(DurationText.parse("1 hour")).contains(Duration.ofHours(1));
    assertThat(DurationText.parse("2 hours")).contains(Duration.ofHours(2));
    assertThat(DurationText.parse("1.5 hours")).contains(Duration.ofMinutes(90));
    assertThat(DurationText.parse("1 day")).contains(Duration.ofDays(1));
    assertThat(DurationText.parse("1h30m")).contains(Duration.ofMinutes(90));
    assertThat(DurationText.parse("an hour")).isEmpty();
    assertThat(DurationText.parse("0 minutes")).isEmpty();
    assertThat(DurationText.parse("")).isEmpty();
  }
}
