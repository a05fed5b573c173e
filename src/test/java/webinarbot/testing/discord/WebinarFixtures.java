package webinarbot.testing.discord;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import webinarbot.domain.Button;
import webinarbot.domain.EventTime;
import webinarbot.domain.Links;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;

/** Webinars built by hand: an ordinary one, a hostile one and one far over Discord's limits. */
public final class WebinarFixtures {
  public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

  private WebinarFixtures() {}

  /** A complete webinar starting at {@code start}, one hour long, with one speaker. */
  public static Webinar sample(String id, Instant start) {
    ZonedDateTime s = start.atZone(BRUSSELS);
    return new Webinar(
        id,
        "VPP in your home lab",
        EventTime.timed(s, Optional.of(s.plusMinutes(45))),
        "Vector Packet Processing (**VPP**) in a home lab.\n\nSee [the docs](/docs/) and"
            + " <https://s3-docs.fd.io/vpp/>.",
        List.of(
            new Speaker(
                "Audian Paxson",
                Optional.of("Senior Director, Netgate"),
                "Has worked in IT for *18 years*.",
                Optional.of(URI.create("https://fd.io/img/audian.png")),
                Optional.empty(),
                Optional.empty(),
                Optional.of("audian"))),
        Links.NONE
            .withRegister(Optional.of(URI.create("https://zoom.us/webinar/register/1")))
            .withSlidesPdf(Optional.of(URI.create("https://fd.io/slides/" + id + ".pdf")))
            .withVideo(Optional.of(URI.create("https://www.youtube.com/watch?v=t_QntvXFaNI"))),
        List.of(new Button("Register", URI.create("https://zoom.us/webinar/register/1"))),
        URI.create("https://fd.io/news/webinars/" + id + "/"),
        Optional.of(URI.create("https://fd.io/img/webinars/" + id + ".jpg")),
        Optional.empty(),
        Optional.empty(),
        false,
        false,
        List.of("vpp"),
        "content/news/webinars/" + id + ".md");
  }

  /** The same webinar under another title. */
  public static Webinar titled(Webinar w, String title) {
    return new Webinar(
        w.id(),
        title,
        w.time(),
        w.description(),
        w.speakers(),
        w.links(),
        w.buttons(),
        w.pageUrl(),
        w.image(),
        w.publishDate(),
        w.expiryDate(),
        w.draft(),
        w.cancelled(),
        w.tags(),
        w.source());
  }

  /** The same webinar with other times and image; no end means "end unknown". */
  public static Webinar rescheduled(
      Webinar w, Instant start, Optional<Duration> length, Optional<URI> image) {
    ZonedDateTime s = start.atZone(BRUSSELS);
    return new Webinar(
        w.id(),
        w.title(),
        EventTime.timed(s, length.map(s::plus)),
        w.description(),
        w.speakers(),
        w.links(),
        w.buttons(),
        w.pageUrl(),
        image,
        w.publishDate(),
        w.expiryDate(),
        w.draft(),
        w.cancelled(),
        w.tags(),
        w.source());
  }

  /** The same webinar, cancelled. */
  public static Webinar cancelled(Webinar w) {
    return new Webinar(
        w.id(),
        w.title(),
        w.time(),
        w.description(),
        w.speakers(),
        w.links(),
        w.buttons(),
        w.pageUrl(),
        w.image(),
        w.publishDate(),
        w.expiryDate(),
        w.draft(),
        true,
        w.tags(),
        w.source());
  }

  /** A page written to ping everyone, spoof a mention and smuggle in a script link. */
  public static Webinar hostile(Instant start) {
    Webinar w = sample("hostile", start);
    return new Webinar(
        w.id(),
        "@everyone <@123456789012345678> free **nitro** @here",
        w.time(),
        "Hey @everyone and @here, ask <@&987654321098765432> in <#111111111111111111>!\n\n"
            + "[click me](javascript:alert(1)) <script>alert(1)</script>\n\n"
            + "# Heading with @everyone\n\n```\n@everyone in code ``` fence\n```",
        List.of(
            new Speaker(
                "<@123456789012345678> @everyone",
                Optional.of("@here role"),
                "Bio pinging <@!123456789012345678>.",
                Optional.of(URI.create("https://fd.io/img/x.png")),
                Optional.empty(),
                Optional.empty(),
                Optional.empty())),
        w.links(),
        List.of(new Button("@everyone click", URI.create("https://example.com/@everyone"))),
        w.pageUrl(),
        w.image(),
        w.publishDate(),
        w.expiryDate(),
        false,
        false,
        w.tags(),
        w.source());
  }

  /** Every text far longer than Discord allows, and more speakers than an embed has fields. */
  public static Webinar huge(Instant start) {
    Webinar w = sample("huge", start);
    String longWord = "Packet processing at terabit speed. ".repeat(400);
    List<Speaker> speakers =
        java.util.stream.IntStream.range(0, 40)
            .mapToObj(
                i ->
                    new Speaker(
                        "Speaker " + i + " " + "with a very long name ".repeat(20),
                        Optional.of("Role " + "of great importance ".repeat(10)),
                        "A bio that goes on and on. ".repeat(100),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()))
            .toList();
    return new Webinar(
        w.id(),
        "A title that never ends ".repeat(30),
        w.time(),
        longWord,
        speakers,
        w.links().withEvent(Optional.of(URI.create("https://fd.io/events/" + "x".repeat(600)))),
        java.util.stream.IntStream.range(0, 30)
            .mapToObj(
                i ->
                    new Button(
                        "Button " + i + " label ".repeat(20), URI.create("https://fd.io/b/" + i)))
            .toList(),
        w.pageUrl(),
        w.image(),
        w.publishDate(),
        w.expiryDate(),
        false,
        false,
        w.tags(),
        w.source());
  }

  /** The same webinar, each speaker with a photo. */
  public static Webinar withPhotos(Webinar w) {
    List<Speaker> speakers = new java.util.ArrayList<>();
    for (int i = 0; i < w.speakers().size(); i++) {
      Speaker s = w.speakers().get(i);
      speakers.add(
          new Speaker(
              s.name(),
              s.role(),
              s.bio(),
              Optional.of(URI.create("https://fd.io/img/speaker-" + i + ".png")),
              s.github(),
              s.twitter(),
              s.linkedin()));
    }
    return new Webinar(
        w.id(),
        w.title(),
        w.time(),
        w.description(),
        speakers,
        w.links(),
        w.buttons(),
        w.pageUrl(),
        w.image(),
        w.publishDate(),
        w.expiryDate(),
        w.draft(),
        w.cancelled(),
        w.tags(),
        w.source());
  }
}
