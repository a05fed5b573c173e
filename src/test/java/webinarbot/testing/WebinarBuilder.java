package webinarbot.testing;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import webinarbot.domain.Button;
import webinarbot.domain.EventTime;
import webinarbot.domain.Links;
import webinarbot.domain.Placement;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;

/** Webinars for tests, with sensible defaults and only the interesting parts spelled out. */
public final class WebinarBuilder {
  private String id = "sample";
  private String title = "A sample webinar";
  private EventTime time =
      EventTime.timed(
          ZonedDateTime.parse("2030-03-05T17:00:00+01:00[Europe/Brussels]"),
          Optional.of(ZonedDateTime.parse("2030-03-05T18:00:00+01:00[Europe/Brussels]")));
  private String description = "What this webinar is about.";
  private final List<Speaker> speakers = new ArrayList<>();
  private Links links = Links.NONE;
  private final List<Button> buttons = new ArrayList<>();
  private boolean cancelled;
  private boolean draft;
  private List<String> tags = List.of();
  private Placement placement = Placement.UNKNOWN;

  public static WebinarBuilder webinar(String id) {
    WebinarBuilder b = new WebinarBuilder();
    b.id = id;
    return b;
  }

  public WebinarBuilder title(String t) {
    this.title = t;
    return this;
  }

  public WebinarBuilder time(EventTime t) {
    this.time = t;
    return this;
  }

  /** A one-hour talk starting at {@code start}. */
  public WebinarBuilder starts(String isoZoned) {
    ZonedDateTime start = ZonedDateTime.parse(isoZoned);
    this.time = EventTime.timed(start, Optional.of(start.plusHours(1)));
    return this;
  }

  public WebinarBuilder description(String markdown) {
    this.description = markdown;
    return this;
  }

  public WebinarBuilder speaker(Speaker s) {
    speakers.add(s);
    return this;
  }

  public WebinarBuilder links(Links l) {
    this.links = l;
    return this;
  }

  public WebinarBuilder button(String label, String url) {
    buttons.add(new Button(label, URI.create(url)));
    return this;
  }

  public WebinarBuilder cancelled() {
    this.cancelled = true;
    return this;
  }

  public WebinarBuilder tags(String... t) {
    this.tags = List.of(t);
    return this;
  }

  /** The page in {@code section} ({@code news/webinars}), of Hugo type {@code type}. */
  public WebinarBuilder placed(String section, String type) {
    this.placement = new Placement(section, type);
    return this;
  }

  public WebinarBuilder draft() {
    this.draft = true;
    return this;
  }

  public Webinar build() {
    return new Webinar(
        id,
        title,
        time,
        description,
        speakers,
        links,
        buttons,
        URI.create("https://fd.io/news/webinars/" + id + "/"),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        draft,
        cancelled,
        tags,
        "content/news/webinars/" + id + ".md",
        Optional.empty(),
        placement);
  }

  /** A speaker with a role, a photo, handles and a bio. */
  public static Speaker speaker(String name, String role, String bio) {
    String slug = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    return new Speaker(
        name,
        Optional.of(role),
        bio,
        Optional.of(URI.create("https://fd.io/img/webinars/" + slug + ".png")),
        Optional.of(slug.replace('_', '-')),
        Optional.empty(),
        Optional.of(slug.replace('_', '-')));
  }
}
