package webinarbot.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import webinarbot.domain.Catalogue;
import webinarbot.domain.EventTime;
import webinarbot.domain.Webinar;
import webinarbot.testing.FdioCorpus;
import webinarbot.testing.MutableClock;
import webinarbot.testing.WebinarBuilder;
import webinarbot.testing.ops.OpsServer;

/** A calendar app subscribed to /webinars.ics sees every upcoming webinar, and only those. */
class CalendarFeedTest {
  private static final String START_OF_2021 = "2021-01-01T00:00:00Z";

  private static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static Map<String, VEvent> eventsByUid(Calendar calendar) {
    return calendar.<VEvent>getComponents("VEVENT").stream()
        .collect(Collectors.toMap(e -> e.getUid().orElseThrow().getValue(), Function.identity()));
  }

  private static String prop(VEvent e, String name) {
    return e.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError(name));
  }

  @Test
  void givenTheFdioPages_whenTheFeedIsFetched_thenOneEventPerUpcomingWebinarWithStableUids()
      throws Exception {
    Catalogue catalogue = FdioCorpus.load().catalogue();
    MutableClock clock = MutableClock.at(START_OF_2021);
    try (OpsServer ops = OpsServer.start(catalogue, clock)) {
      HttpResponse<String> r = ops.get("/webinars.ics");

      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("text/calendar; charset=utf-8");
      Map<String, VEvent> events = eventsByUid(parse(r.body()));
      List<Webinar> upcoming = catalogue.upcoming(clock.instant());
      assertThat(upcoming).hasSizeGreaterThan(15);
      assertThat(events.keySet())
          .containsExactlyInAnyOrderElementsOf(
              upcoming.stream().map(w -> w.id() + "@fd.io").toList());
      assertThat(events).doesNotContainKey("video_deepdive@fd.io"); // 2016: over
    }
  }

  @Test
  void givenATimedTalk_whenFetched_thenItsOwnZoneSpeakersAndLinksAreInTheEvent() throws Exception {
    MutableClock clock = MutableClock.at(START_OF_2021);
    try (OpsServer ops = OpsServer.start(FdioCorpus.load().catalogue(), clock)) {
      Calendar calendar = parse(ops.get("/webinars.ics").body());
      VEvent e =
          eventsByUid(calendar)
              .get("2021_10_15_calico_vpp_using_calico_pluggable_dataplanes@fd.io");

      assertThat(e.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
          .isEqualTo("America/Los_Angeles");
      assertThat(ZonedDateTime.from(e.getDateTimeStart().getDate()).toInstant())
          .isEqualTo(Instant.parse("2021-10-15T18:55:00Z"));
      assertThat(ZonedDateTime.from(e.getDateTimeEnd().getDate()).toInstant())
          .isEqualTo(Instant.parse("2021-10-15T19:30:00Z"));
      assertThat(prop(e, "DTSTAMP")).isEqualTo("20210101T000000Z");
      assertThat(prop(e, "SUMMARY")).startsWith("Calico/VPP: Using Calico");
      assertThat(prop(e, "URL"))
          .isEqualTo(
              "https://fd.io/news/webinars/2021_10_15_calico_vpp_using_calico_pluggable_dataplanes/");
      assertThat(prop(e, "DESCRIPTION"))
          .contains("Speakers:", "- Chris Tomkins – Developer Advocate @ Project Calico/Tigera")
          .contains("Slides (PDF): https://static.sched.com/")
          .contains("Event: https://kccncna2021.sched.com/")
          .doesNotContain("{{<", "**");
      assertThat(calendar.<VTimeZone>getComponents("VTIMEZONE"))
          .extracting(z -> z.getTimeZoneId().getValue())
          .containsExactlyInAnyOrder("America/Los_Angeles", "Europe/Brussels");
    }
  }

  @Test
  void givenAnAllDayEntryAndATalkWithoutEnd_whenFetched_thenADateAndAnHourLongBlock()
      throws Exception {
    MutableClock clock = MutableClock.at(START_OF_2021);
    try (OpsServer ops = OpsServer.start(FdioCorpus.load().catalogue(), clock)) {
      Map<String, VEvent> events = eventsByUid(parse(ops.get("/webinars.ics").body()));

      VEvent allDay = events.get("video_terabit@fd.io");
      assertThat(allDay.getDateTimeStart().getParameter("VALUE").orElseThrow().getValue())
          .isEqualTo("DATE");
      assertThat(allDay.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2021, 4, 6));
      assertThat(allDay.getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2021, 4, 7));
      VEvent noEnd = events.get("2024_02_03_vpp_100mpps_of_mpls_on_a_linux_pc@fd.io");
      ZonedDateTime start = ZonedDateTime.from(noEnd.getDateTimeStart().getDate());
      ZonedDateTime end = ZonedDateTime.from(noEnd.getDateTimeEnd().getDate());
      assertThat(Duration.between(start, end)).isEqualTo(EventTime.ASSUMED_LENGTH);
    }
  }

  @Test
  void givenTwoFetchesAndARestart_whenCompared_thenUidsAreTheSameAndDtstampFollowsTheClock()
      throws Exception {
    Catalogue catalogue = FdioCorpus.load().catalogue();
    MutableClock clock = MutableClock.at(START_OF_2021);
    String first;
    String second;
    try (OpsServer ops = OpsServer.start(catalogue, clock)) {
      first = ops.get("/webinars.ics").body();
      clock.advance(Duration.ofMinutes(5));
      second = ops.get("/webinars.ics").body();
    }
    String afterRestart;
    try (OpsServer restarted = OpsServer.start(catalogue, clock)) {
      afterRestart = restarted.get("/webinars.ics").body();
    }

    assertThat(eventsByUid(parse(second)).keySet())
        .isEqualTo(eventsByUid(parse(first)).keySet())
        .isEqualTo(eventsByUid(parse(afterRestart)).keySet());
    assertThat(second).contains("DTSTAMP:20210101T000500Z").doesNotContain("DTSTAMP:20210101T0000");
    assertThat(afterRestart.replace("DTSTAMP:20210101T000500Z", ""))
        .isEqualTo(second.replace("DTSTAMP:20210101T000500Z", ""));
  }

  @Test
  void givenAnUnchangedFeed_whenFetchedWithItsEtag_thenNotModifiedUntilAPageChanges()
      throws Exception {
    MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
    WebinarBuilder talk =
        WebinarBuilder.webinar("talk").starts("2030-02-01T16:00:00+01:00[Europe/Brussels]");
    try (OpsServer ops =
        OpsServer.start(new Catalogue(List.of(talk.title("First").build())), clock)) {
      HttpResponse<String> first = ops.get("/webinars.ics");
      String etag = first.headers().firstValue("ETag").orElseThrow();
      assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");

      clock.advance(Duration.ofMinutes(10));
      HttpResponse<String> unchanged = ops.get("/webinars.ics", "If-None-Match", etag);
      ops.catalogue.set(new Catalogue(List.of(talk.title("Second title").build())));
      HttpResponse<String> edited = ops.get("/webinars.ics", "If-None-Match", etag);

      assertThat(unchanged.statusCode()).isEqualTo(304);
      assertThat(unchanged.body()).isEmpty();
      assertThat(edited.statusCode()).isEqualTo(200);
      assertThat(edited.headers().firstValue("ETag")).isPresent().isNotEqualTo(etag);
      assertThat(edited.body()).contains("SUMMARY:Second title");
    }
  }

  @Test
  void givenAPlaceAnOnlineTalkAndSeveralDays_whenFetched_thenLocationAndDatesSayWhereAndUntilWhen()
      throws Exception {
    MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
    Webinar conference =
        WebinarBuilder.webinar("conf")
            .time(
                EventTime.allDays(
                    LocalDate.of(2030, 5, 20),
                    LocalDate.of(2030, 5, 23),
                    java.time.ZoneId.of("Europe/Madrid")))
            .build()
            .withLocation(java.util.Optional.of("Barcelona, Spain"));
    Webinar online =
        WebinarBuilder.webinar("online")
            .starts("2030-02-01T17:00:00+01:00[Europe/Paris]")
            .links(
                webinarbot.domain.Links.NONE.withEvent(
                    java.util.Optional.of(java.net.URI.create("https://zoom.example/j/1"))))
            .build()
            .withLocation(java.util.Optional.of("Online"));
    try (OpsServer ops = OpsServer.start(new Catalogue(List.of(conference, online)), clock)) {
      Map<String, VEvent> events = eventsByUid(parse(ops.get("/webinars.ics").body()));

      VEvent c = events.get("conf@fd.io");
      assertThat(prop(c, "LOCATION")).isEqualTo("Barcelona, Spain");
      assertThat(c.getDateTimeStart().getDate()).isEqualTo(LocalDate.of(2030, 5, 20));
      assertThat(c.getDateTimeEnd().getDate()).isEqualTo(LocalDate.of(2030, 5, 24));
      assertThat(prop(events.get("online@fd.io"), "LOCATION"))
          .isEqualTo("Online – https://zoom.example/j/1");
    }
  }

  @Test
  void givenAPageWithABareUtcOffset_whenFetched_thenTheTimeIsWrittenInUtc() throws Exception {
    MutableClock clock = MutableClock.at("2030-01-01T00:00:00Z");
    Webinar talk = WebinarBuilder.webinar("offset").starts("2030-02-01T17:00:00+05:30").build();
    try (OpsServer ops = OpsServer.start(new Catalogue(List.of(talk)), clock)) {
      String ics = ops.get("/webinars.ics").body();

      assertThat(ics).contains("DTSTART:20300201T113000Z").doesNotContain("TZID=+05:30");
      assertThat(eventsByUid(parse(ics))).containsOnlyKeys("offset@fd.io");
    }
  }

  @Test
  void givenLongDescriptions_whenFetched_thenLinesAreFoldedAt75OctetsWithCrlf() throws Exception {
    try (OpsServer ops =
        OpsServer.start(FdioCorpus.load().catalogue(), MutableClock.at(START_OF_2021))) {
      String ics = ops.get("/webinars.ics").body();

      assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
      assertThat(ics.split("\r\n"))
          .allSatisfy(
              line ->
                  assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                      .isLessThanOrEqualTo(75));
      assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
      // Folding never splits a character: every title comes back whole, curly quotes included.
      Map<String, VEvent> events = eventsByUid(parse(ics));
      for (Webinar w : FdioCorpus.load().catalogue().upcoming(Instant.parse(START_OF_2021))) {
        assertThat(prop(events.get(w.id() + "@fd.io"), "SUMMARY")).isEqualTo(w.title());
      }
    }
  }

  @Test
  void givenAPost_whenSentToTheFeed_thenMethodNotAllowed() throws Exception {
    try (OpsServer ops = OpsServer.start(Catalogue.empty(), MutableClock.at(START_OF_2021))) {
      HttpResponse<String> r = ops.send("POST", "/webinars.ics");

      assertThat(r.statusCode()).isEqualTo(405);
      assertThat(r.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }
  }
}
