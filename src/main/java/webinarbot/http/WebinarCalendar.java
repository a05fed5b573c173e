package webinarbot.http;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import webinarbot.domain.EventTime;
import webinarbot.domain.Series;
import webinarbot.domain.Webinar;

/**
 * Webinars as an iCalendar (RFC 5545) feed a calendar app can subscribe to. Each entry's UID is the
 * webinar id at the site's host, so it stays the same across fetches and restarts and an edited
 * page updates the entry instead of adding one. Timed talks keep their own time zone (with its
 * VTIMEZONE); all-day entries are dates. A series is one entry: its first occurrence with the
 * page's RRULE and an EXDATE per skipped date, so a calendar app computes each occurrence at the
 * page's local time in its zone, across daylight saving changes.
 */
public final class WebinarCalendar {
  private final String host;
  private final String name;
  private final Clock clock;
  private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
  private final Map<String, Optional<VTimeZone>> zoneCache = new ConcurrentHashMap<>();

  public WebinarCalendar(URI siteBaseUrl, Clock clock) {
    this.host = siteBaseUrl.getHost() == null ? "localhost" : siteBaseUrl.getHost();
    this.name = "Webinars – " + host;
    this.clock = clock;
  }

  /** {@code ID@HOST}: what calendar apps recognise an entry by. */
  public String uid(Webinar w) {
    return w.id() + "@" + host.toLowerCase(Locale.ROOT);
  }

  public String render(List<Webinar> webinars) {
    Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//webinar-bot//webinar-bot//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    // No METHOD: a subscribed feed is a plain RFC 5545 calendar, not an iTIP message, and iTIP's
    // PUBLISH would require an ORGANIZER (RFC 5546 §3.2.1) the pages do not have.
    calendar.add(new XProperty("X-WR-CALNAME", name));
    Set<ZoneId> used = new LinkedHashSet<>();
    for (Webinar w : webinars) {
      calendar.add(event(w, stamp));
      if (!w.time().allDay()) {
        calendarZone(w.time().start()).ifPresent(used::add);
      }
    }
    // Every TZID an event names is defined by one VTIMEZONE of that TZID (RFC 5545 §3.2.19).
    used.forEach(z -> calendar.add(zoneCache.get(z.getId()).orElseThrow()));
    return IcsLines.fold(calendar.toString());
  }

  private VEvent event(Webinar w, Instant stamp) {
    VEvent e = new VEvent(false);
    e.add(new Uid(uid(w)));
    e.add(new DtStamp(stamp));
    Optional<Series> series = w.series();
    // The feed gets each series' current occurrence; the entry starts at its first.
    EventTime t =
        series.map(s -> Series.occurrence(w.time(), s.occurrences().get(0))).orElse(w.time());
    if (t.allDay()) {
      LocalDate day = t.date();
      e.add(new DtStart<>(day));
      e.add(new DtEnd<>(t.lastDay().plusDays(1)));
      series.ifPresent(s -> recurrence(e, s, s.exdates(), new ParameterList(List.of(Value.DATE))));
    } else {
      ZonedDateTime start = t.start();
      // A page without an end still blocks the time a talk usually takes.
      ZonedDateTime end = t.end().orElse(start.plus(EventTime.ASSUMED_LENGTH));
      Optional<ZoneId> zone = calendarZone(start);
      if (zone.isPresent()) {
        // The local time is written as java.time computes it, with the TZID beside it: ical4j's
        // own conversion of a ZonedDateTime uses its zone rules, which stop a few years ahead
        // (2030-03-08 09:00 in Los Angeles came out as 10:00).
        ParameterList tzid = new ParameterList(List.of(new TzId(zone.get().getId())));
        e.add(new DtStart<>(tzid, start.withZoneSameInstant(zone.get()).toLocalDateTime()));
        e.add(new DtEnd<>(tzid, end.withZoneSameInstant(zone.get()).toLocalDateTime()));
        series.ifPresent(
            s ->
                recurrence(
                    e,
                    s,
                    s.exdates().stream()
                        .map(d -> start.withZoneSameInstant(zone.get()).toLocalDateTime().with(d))
                        .toList(),
                    tzid));
      } else {
        e.add(new DtStart<>(start.toInstant()));
        e.add(new DtEnd<>(end.toInstant()));
        series.ifPresent(
            s ->
                recurrence(
                    e,
                    s,
                    s.exdates().stream()
                        .map(d -> start.with(d).toInstant().truncatedTo(ChronoUnit.SECONDS))
                        .toList(),
                    new ParameterList()));
      }
    }
    e.add(new Summary(w.title()));
    e.add(new Description(CalendarDescription.of(w)));
    e.add(new Url(w.pageUrl()));
    // Many apps show LOCATION but not URL: the place the page names, else (and for an online
    // talk, with it) where to join: the event or registration link.
    String join = w.links().event().or(w.links()::register).orElse(w.pageUrl()).toString();
    e.add(
        new Location(
            w.place().or(() -> w.location().map(l -> l.strip() + " – " + join)).orElse(join)));
    e.add(ImmutableStatus.VEVENT_CONFIRMED);
    return e;
  }

  /**
   * The RRULE as the page wrote it and the EXDATEs (each at the start's local time) after the first
   * occurrence. When the page's own date is skipped the entry starts at the next occurrence, so a
   * COUNT, which counts from the page's date, becomes the UNTIL of the last occurrence.
   */
  private static <T extends java.time.temporal.Temporal> void recurrence(
      VEvent e, Series s, List<T> exdates, ParameterList params) {
    List<ZonedDateTime> all = s.occurrences();
    LocalDate first = all.get(0).toLocalDate();
    String rule = s.rule();
    boolean startMoved = s.exdates().stream().anyMatch(d -> d.isBefore(first));
    if (startMoved && rule.matches("(?:.*;)?COUNT=\\d+(?:;.*)?")) {
      String until =
          all.get(all.size() - 1)
              .toInstant()
              .atOffset(ZoneOffset.UTC)
              .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'"));
      rule = rule.replaceAll("COUNT=\\d+", "UNTIL=" + until);
    }
    e.add(new RRule<>(rule));
    List<T> skipped = new java.util.ArrayList<>();
    for (int i = 0; i < exdates.size(); i++) {
      if (s.exdates().get(i).isAfter(first)) {
        skipped.add(exdates.get(i));
      }
    }
    if (!skipped.isEmpty()) {
      e.add(new ExDate<>(params, new DateList<>(skipped)));
    }
  }

  /**
   * The zone to write a time in, as a TZID with the VTIMEZONE of that very TZID; empty to write it
   * in UTC ({@code …Z}). UTC itself and bare offsets ({@code +01:00}, from a page's offset
   * date-time) have no rules worth a VTIMEZONE; a zone whose VTIMEZONE carries another TZID (an
   * alias such as {@code US/Pacific}) is written under that TZID, when it keeps the same rules.
   */
  private Optional<ZoneId> calendarZone(ZonedDateTime t) {
    ZoneId zone = t.getZone();
    if (zone.normalized() instanceof ZoneOffset) {
      return Optional.empty();
    }
    Optional<VTimeZone> vtz = zoneCache.computeIfAbsent(zone.getId(), this::vtimezone);
    if (vtz.isEmpty()) {
      return Optional.empty();
    }
    String tzid = vtz.get().getTimeZoneId().getValue();
    if (tzid.equals(zone.getId())) {
      return Optional.of(zone);
    }
    try {
      ZoneId named = ZoneId.of(tzid);
      if (named.getRules().equals(zone.getRules())
          && zoneCache.computeIfAbsent(tzid, this::vtimezone).isPresent()) {
        return Optional.of(named);
      }
    } catch (java.time.DateTimeException e) {
      // a TZID java.time does not know: fall back to UTC
    }
    return Optional.empty();
  }

  private Optional<VTimeZone> vtimezone(String zoneId) {
    return Optional.ofNullable(zones.getTimeZone(zoneId))
        .map(net.fortuna.ical4j.model.TimeZone::getVTimeZone);
  }
}
