package webinarbot.testing;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import webinarbot.domain.EventTime;
import webinarbot.domain.Links;
import webinarbot.domain.Speaker;
import webinarbot.domain.Webinar;

/** Hand-made webinars for tests, with sensible defaults and one method per thing a test varies. */
public final class TestWebinars {
  private TestWebinars() {}

  /** A one-hour talk at a local time in a zone: {@code timed("x", "2026-03-10T17:00", "UTC")}. */
  public static Builder timed(String id, String localStart, String zone) {
    var start = LocalDateTime.parse(localStart).atZone(ZoneId.of(zone));
    return new Builder(id, EventTime.timed(start, Optional.of(start.plusHours(1))));
  }

  /** A one-hour talk starting at an instant, in UTC: for tests relative to the real time. */
  public static Builder startingAt(String id, Instant start) {
    var s = start.atZone(ZoneId.of("UTC"));
    return new Builder(id, EventTime.timed(s, Optional.of(s.plusHours(1))));
  }

  /** An all-day entry on a date in a zone. */
  public static Builder allDay(String id, String date, String zone) {
    return new Builder(id, EventTime.allDay(LocalDate.parse(date), ZoneId.of(zone)));
  }

  /**
   * A series as the content loader reads it from a page in {@code dir}: {@code date}
   * ("2026-10-20"), {@code timeSlot} ("17:00 - 18:00 Europe/Berlin"), {@code recurrence} and {@code
   * exdates} (TOML dates, none when empty).
   */
  public static Webinar series(
      java.nio.file.Path dir,
      String id,
      String date,
      String timeSlot,
      String recurrence,
      String... exdates) {
    String page =
        "+++\ntitle = \"Weekly "
            + id
            + "\"\ndate = \""
            + date
            + "\"\ntime_slot = \""
            + timeSlot
            + "\"\nrecurrence = \""
            + recurrence
            + "\"\n"
            + (exdates.length == 0 ? "" : "exdates = [" + String.join(", ", exdates) + "]\n")
            + "+++\nEvery week.\n";
    try {
      java.nio.file.Files.writeString(dir.resolve(id + ".md"), page);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    var loaded =
        new webinarbot.content.HugoContentLoader(
                URI.create("https://example.org/"), ZoneId.of("UTC"))
            .load(dir);
    if (!loaded.diagnostics().isEmpty()) {
      throw new IllegalStateException("test page " + id + ": " + loaded.diagnostics());
    }
    return loaded.catalogue().find(id).orElseThrow();
  }

  /** Fluent changes to a webinar under construction. */
  public static final class Builder {
    private final String id;
    private EventTime time;
    private String title;
    private String description = "What the talk is about.";
    private Links links = Links.NONE;
    private Optional<Instant> publishDate = Optional.empty();
    private Optional<Instant> expiryDate = Optional.empty();
    private boolean draft;
    private boolean cancelled;
    private List<String> speakers = List.of("Ada Lovelace");

    private Builder(String id, EventTime time) {
      this.id = id;
      this.time = time;
      this.title = "Talk " + id;
    }

    public Builder title(String t) {
      title = t;
      return this;
    }

    public Builder description(String d) {
      description = d;
      return this;
    }

    /** Moves the talk, keeping its length. */
    public Builder movedBy(Duration d) {
      time = EventTime.timed(time.start().plus(d), time.end().map(e -> e.plus(d)));
      return this;
    }

    public Builder video(String url) {
      links = links.withVideo(Optional.of(URI.create(url)));
      return this;
    }

    public Builder slidesPdf(String url) {
      links = links.withSlidesPdf(Optional.of(URI.create(url)));
      return this;
    }

    /** A link to the slides as a page (not a PDF). */
    public Builder slides(String url) {
      links = links.withSlides(Optional.of(URI.create(url)));
      return this;
    }

    /** The speakers by name, in order; none for an empty list. */
    public Builder speakers(String... names) {
      speakers = List.of(names);
      return this;
    }

    public Builder publishDate(String isoInstant) {
      publishDate = Optional.of(Instant.parse(isoInstant));
      return this;
    }

    public Builder expiryDate(String isoInstant) {
      expiryDate = Optional.of(Instant.parse(isoInstant));
      return this;
    }

    public Builder draft() {
      draft = true;
      return this;
    }

    public Builder cancelled() {
      cancelled = true;
      return this;
    }

    public Webinar build() {
      return new Webinar(
          id,
          title,
          time,
          description,
          speakers.stream().map(Speaker::named).toList(),
          links,
          List.of(),
          URI.create("https://fd.io/news/webinars/" + id + "/"),
          Optional.empty(),
          publishDate,
          expiryDate,
          draft,
          cancelled,
          List.of(),
          "content/news/webinars/" + id + ".md");
    }
  }
}
