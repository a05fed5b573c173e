package webinarbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import webinarbot.domain.Change;
import webinarbot.domain.EventTime;
import webinarbot.domain.Links;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.testing.WebinarBuilder;

/** Posts as the console and {@code preview --platform text} print them, character for character. */
class TextRendererTest {
  private final TextRenderer renderer = new TextRenderer();

  private static Webinar full() {
    return WebinarBuilder.webinar("vpp")
        .title("VPP at home")
        .description("Build a lab.")
        .speaker(WebinarBuilder.speaker("Ada Lovelace", "Analyst", "Wrote code.\nFirst."))
        .speaker(WebinarBuilder.speaker("Grace Hopper", "Admiral", ""))
        .links(
            Links.NONE
                .withVideo(Optional.of(URI.create("https://youtu.be/v")))
                .withSlidesPdf(Optional.of(URI.create("https://fd.io/s.pdf")))
                .withSlides(Optional.of(URI.create("https://fd.io/s")))
                .withEvent(Optional.of(URI.create("https://fd.io/e")))
                .withRegister(Optional.of(URI.create("https://fd.io/r"))))
        .button("Register now", "https://fd.io/r")
        .button("Join the chat", "https://chat.fd.io/")
        .build();
  }

  @Test
  void givenAnAnnouncement_whenRendered_thenEverythingAboutTheTalkIsListed() {
    assertThat(renderer.platform()).isEqualTo("text");
    assertThat(renderer.render(new Post.About(PostKind.ANNOUNCEMENT, full())))
        .isEqualTo(
            """
            New webinar: VPP at home
            When: Tuesday 5 March 2030, 17:00–18:00 Europe/Brussels (UTC+01:00)

            Build a lab.

            Speaker: Ada Lovelace – Analyst
              Wrote code.
              First.
            Speaker: Grace Hopper – Admiral
            Video: https://youtu.be/v
            Slides (PDF): https://fd.io/s.pdf
            Slides: https://fd.io/s
            Event: https://fd.io/e
            Register: https://fd.io/r
            Join the chat: https://chat.fd.io/
            Add to Google Calendar: %s
            Page: https://fd.io/news/webinars/vpp/
            """
                .formatted(CalendarLinks.google(full())));
  }

  @Test
  void givenPeopleWantingAReminder_whenAnAnnouncementIsRendered_thenTheNumberFollowsTheTime() {
    Post.About announcement = new Post.About(PostKind.ANNOUNCEMENT, full());

    assertThat(renderer.render(announcement.withInterest(3)))
        .startsWith(
            "New webinar: VPP at home\n"
                + "When: Tuesday 5 March 2030, 17:00–18:00 Europe/Brussels (UTC+01:00)\n"
                + "3 people want a reminder\n\n");
    assertThat(renderer.render(announcement.withInterest(1)))
        .contains("\n1 person wants a reminder\n");
    assertThat(renderer.render(announcement)).doesNotContain("reminder");
  }

  @Test
  void givenAPublicUrl_whenAnAnnouncementIsRendered_thenTheTalksIcsIsLinkedAfterGoogles() {
    TextRenderer withIcs =
        new TextRenderer(new CalendarLinks(Optional.of(URI.create("https://bot.fd.io/"))));

    assertThat(withIcs.render(new Post.About(PostKind.ANNOUNCEMENT, full())))
        .contains(
            "Add to Google Calendar: "
                + CalendarLinks.google(full())
                + "\nCalendar file (.ics): https://bot.fd.io/webinars/vpp.ics\n"
                + "Page: https://fd.io/news/webinars/vpp/\n");
    assertThat(renderer.render(new Post.About(PostKind.ANNOUNCEMENT, full())))
        .doesNotContain(".ics");
  }

  @Test
  void givenAReminder_whenRendered_thenItSaysHowSoonWithoutTheAbstractOrBios() {
    Webinar w =
        WebinarBuilder.webinar("vpp")
            .title("VPP at home")
            .speaker(WebinarBuilder.speaker("Ada Lovelace", "Analyst", "Wrote code."))
            .build();

    assertThat(renderer.render(new Post.About(PostKind.reminder(Duration.ofHours(1)), w)))
        .isEqualTo(
            """
            In 1 hour: VPP at home
            When: Tuesday 5 March 2030, 17:00–18:00 Europe/Brussels (UTC+01:00)
            Speaker: Ada Lovelace – Analyst
            Page: https://fd.io/news/webinars/vpp/
            """);
    assertThat(renderer.render(new Post.About(PostKind.STARTING, w)))
        .startsWith("Starting now: VPP at home\n");
  }

  @Test
  void givenAnUpdateNotice_whenRendered_thenEachChangeIsShownBeforeAfter() {
    Webinar w = WebinarBuilder.webinar("vpp").title("VPP at home").description("").build();
    List<Change> changes = List.of(new Change("title", "VPP", "VPP at home"));

    assertThat(renderer.render(new Post.About(PostKind.UPDATE, w, changes)))
        .isEqualTo(
            """
            Updated: VPP at home
            When: Tuesday 5 March 2030, 17:00–18:00 Europe/Brussels (UTC+01:00)
            Changed title: VPP → VPP at home
            Page: https://fd.io/news/webinars/vpp/
            """);
  }

  @Test
  void givenACancellationAndAFollowUp_whenRendered_thenEachHasItsHeadline() {
    Webinar w = full();

    assertThat(renderer.render(new Post.About(PostKind.CANCELLATION, w)))
        .isEqualTo(
            """
            Cancelled: VPP at home
            When: Tuesday 5 March 2030, 17:00–18:00 Europe/Brussels (UTC+01:00)
            Page: https://fd.io/news/webinars/vpp/
            """);
    assertThat(renderer.render(new Post.About(PostKind.FOLLOW_UP, w)))
        .startsWith("Slides and video now available: VPP at home\n")
        .doesNotContain("Build a lab.")
        .doesNotContain("Wrote code.");
  }

  @Test
  void givenTheWeeksDigest_whenRendered_thenEachTalkHasItsTimeTitleAndPage() {
    Webinar utc =
        WebinarBuilder.webinar("late")
            .title("Late talk")
            .time(
                EventTime.timed(
                    ZonedDateTime.parse("2030-03-07T23:30:00Z[UTC]"),
                    Optional.of(ZonedDateTime.parse("2030-03-08T00:30:00Z[UTC]"))))
            .build();
    Webinar allDay =
        WebinarBuilder.webinar("conf")
            .title("Conference")
            .time(EventTime.allDay(LocalDate.parse("2030-03-09"), ZoneId.of("Europe/Brussels")))
            .build();

    assertThat(
            renderer.render(
                new Post.Digest(LocalDate.parse("2030-03-04"), List.of(full(), utc, allDay))))
        .isEqualTo(
            """
            Webinars in the week of 2030-03-04
            • Tuesday 5 March 2030, 17:00–18:00 Europe/Brussels (UTC+01:00): VPP at home <https://fd.io/news/webinars/vpp/>
            • Thursday 7 March 2030, 23:30–00:30 (+1 day) UTC (UTC+00:00): Late talk <https://fd.io/news/webinars/late/>
            • Saturday 9 March 2030 (all day, Europe/Brussels): Conference <https://fd.io/news/webinars/conf/>
            """);
    assertThat(renderer.render(new Post.Digest(LocalDate.parse("2030-03-04"), List.of())))
        .isEqualTo("Webinars in the week of 2030-03-04\nNone this week.\n");
  }
}
