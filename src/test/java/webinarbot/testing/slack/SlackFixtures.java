package webinarbot.testing.slack;

import static webinarbot.testing.WebinarBuilder.speaker;
import static webinarbot.testing.WebinarBuilder.webinar;

import java.net.URI;
import java.util.Optional;
import webinarbot.domain.Links;
import webinarbot.domain.Webinar;

/** The webinars the Slack tests talk about: a full one, a hostile one and an enormous one. */
public final class SlackFixtures {
  private SlackFixtures() {}

  public static Links allLinks() {
    return new Links(
        Optional.of(URI.create("https://www.youtube.com/watch?v=abc")),
        Optional.of(URI.create("https://fd.io/slides/sample.pdf")),
        Optional.of(URI.create("https://docs.google.com/presentation/d/sample")),
        Optional.of(URI.create("https://events.example.org/vpp")),
        Optional.of(URI.create("https://events.example.org/vpp/register")));
  }

  /** Everything a page can have: markdown, two speakers with photos, every link, a button. */
  public static Webinar full() {
    return webinar("vpp_in_home_lab")
        .title("VPP in your home lab? Yep. Right now.")
        .starts("2030-03-05T08:00:00-08:00[America/Los_Angeles]")
        .description(
            "Vector Packet Processing (VPP) enables **astounding** software packet processing.\n\n"
                + "- fast\n- _free_\n- [open](https://fd.io/)\n\nLearn how & why, with `vppctl`.")
        .speaker(speaker("Audian Paxson", "Senior Director, Netgate", "Works on *TNSR*."))
        .speaker(speaker("Mike Jennings", "COO, VoxTeleSys", "Runs Debian everywhere."))
        .links(allLinks())
        .button("Register", "https://events.example.org/vpp/register")
        .build();
  }

  /** Someone tries to ping the whole workspace through every field of a page. */
  public static Webinar hostile() {
    return webinar("hostile")
        .title("<!channel> Free pizza @everyone <@U123> &lt;!here&gt;")
        .starts("2030-03-05T08:00:00-08:00[America/Los_Angeles]")
        .description(
            "Hey <!here> and @here, also <!subteam^S123|team> and <@U999>.\n\n"
                + "[<!everyone>](https://example.org/?a=<!channel>) @channel <!date^1^x|y>\n\n"
                + "`<!channel>` and <https://ok.example.org|<!here>>")
        .speaker(
            speaker(
                "<@U123> Mallory", "<!everyone> @everyone", "Bio with <!channel> and @Channel."))
        .button("<!here> Register @here", "https://example.org/register")
        .build();
  }

  /** Far over every limit: a long title, a huge description, 60 speakers, 30 buttons. */
  public static Webinar huge() {
    var b =
        webinar("huge")
            .title("Title ".repeat(60))
            .starts("2030-03-05T08:00:00-08:00[America/Los_Angeles]")
            .description(
                ("A paragraph with <angle> & ampersand [a link](https://fd.io/). ").repeat(400))
            .links(allLinks());
    for (int i = 0; i < 60; i++) {
      b.speaker(speaker("Speaker " + i, "Role " + i, ("Bio " + i + " & more. ").repeat(400)));
    }
    for (int i = 0; i < 30; i++) {
      b.button(
          "A very long button label number " + i + " ".repeat(5) + "x".repeat(80),
          "https://example.org/b" + i);
    }
    return b.build();
  }
}
