package webinarbot.domain;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One webinar as the bot understands it, independent of where it came from.
 *
 * @param description markdown, as written on the page, without shortcodes and speaker section
 * @param pageUrl the public page of the webinar on the project's website
 * @param image the preview image, absolute
 * @param publishDate no announcement before this instant
 * @param expiryDate nothing is posted or listed from this instant on
 * @param source where the webinar was read from, for messages to maintainers
 * @param location where it happens: "online", "virtual" or a place, as the page writes it
 * @param placement the page's section and type, which routes match
 * @param series the occurrences of a recurring talk; {@code time} is the first
 */
public record Webinar(
    String id,
    String title,
    EventTime time,
    String description,
    List<Speaker> speakers,
    Links links,
    List<Button> buttons,
    URI pageUrl,
    Optional<URI> image,
    Optional<Instant> publishDate,
    Optional<Instant> expiryDate,
    boolean draft,
    boolean cancelled,
    List<String> tags,
    String source,
    Optional<String> location,
    Placement placement,
    Optional<Series> series) {

  public Webinar {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(description, "description");
    speakers = List.copyOf(speakers);
    Objects.requireNonNull(links, "links");
    buttons = List.copyOf(buttons);
    Objects.requireNonNull(pageUrl, "pageUrl");
    Objects.requireNonNull(image, "image");
    Objects.requireNonNull(publishDate, "publishDate");
    Objects.requireNonNull(expiryDate, "expiryDate");
    tags = List.copyOf(tags);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(series, "series");
  }

  /** A talk that happens once. */
  public Webinar(
      String id,
      String title,
      EventTime time,
      String description,
      List<Speaker> speakers,
      Links links,
      List<Button> buttons,
      URI pageUrl,
      Optional<URI> image,
      Optional<Instant> publishDate,
      Optional<Instant> expiryDate,
      boolean draft,
      boolean cancelled,
      List<String> tags,
      String source,
      Optional<String> location,
      Placement placement) {
    this(
        id,
        title,
        time,
        description,
        speakers,
        links,
        buttons,
        pageUrl,
        image,
        publishDate,
        expiryDate,
        draft,
        cancelled,
        tags,
        source,
        location,
        placement,
        Optional.empty());
  }

  /** The same talk as a series of these occurrences. */
  public Webinar withSeries(Optional<Series> s) {
    return new Webinar(
        id,
        title,
        time,
        description,
        speakers,
        links,
        buttons,
        pageUrl,
        image,
        publishDate,
        expiryDate,
        draft,
        cancelled,
        tags,
        source,
        location,
        placement,
        s);
  }

  /**
   * What the talk is at {@code now}: for a series, the occurrence in progress or next (the last one
   * once all are over); a one-off talk is itself.
   */
  public Webinar current(Instant now) {
    if (series.isEmpty()) {
      return this;
    }
    List<java.time.ZonedDateTime> all = series.get().occurrences();
    for (java.time.ZonedDateTime o : all) {
      Webinar w = occurrence(o);
      if (!w.time().isOver(now)) {
        return w;
      }
    }
    return occurrence(all.get(all.size() - 1));
  }

  /** The occurrence of this series that starts at {@code start}, if it has one. */
  public Optional<Webinar> occurrenceAt(Instant start) {
    return series.flatMap(
        s ->
            s.occurrences().stream()
                .filter(o -> o.toInstant().equals(start))
                .findFirst()
                .map(this::occurrence));
  }

  /** One occurrence of a series, at {@code start}: the same talk at that time. */
  public Webinar occurrence(java.time.ZonedDateTime start) {
    return new Webinar(
        id,
        title,
        Series.occurrence(time, start),
        description,
        speakers,
        links,
        buttons,
        pageUrl,
        image,
        publishDate,
        expiryDate,
        draft,
        cancelled,
        tags,
        source,
        location,
        placement,
        series);
  }

  /** A webinar whose page's place in the site is not known. */
  public Webinar(
      String id,
      String title,
      EventTime time,
      String description,
      List<Speaker> speakers,
      Links links,
      List<Button> buttons,
      URI pageUrl,
      Optional<URI> image,
      Optional<Instant> publishDate,
      Optional<Instant> expiryDate,
      boolean draft,
      boolean cancelled,
      List<String> tags,
      String source,
      Optional<String> location) {
    this(
        id,
        title,
        time,
        description,
        speakers,
        links,
        buttons,
        pageUrl,
        image,
        publishDate,
        expiryDate,
        draft,
        cancelled,
        tags,
        source,
        location,
        Placement.UNKNOWN);
  }

  /** A webinar with no location given. */
  public Webinar(
      String id,
      String title,
      EventTime time,
      String description,
      List<Speaker> speakers,
      Links links,
      List<Button> buttons,
      URI pageUrl,
      Optional<URI> image,
      Optional<Instant> publishDate,
      Optional<Instant> expiryDate,
      boolean draft,
      boolean cancelled,
      List<String> tags,
      String source) {
    this(
        id,
        title,
        time,
        description,
        speakers,
        links,
        buttons,
        pageUrl,
        image,
        publishDate,
        expiryDate,
        draft,
        cancelled,
        tags,
        source,
        Optional.empty());
  }

  public Webinar withLocation(Optional<String> where) {
    return new Webinar(
        id,
        title,
        time,
        description,
        speakers,
        links,
        buttons,
        pageUrl,
        image,
        publishDate,
        expiryDate,
        draft,
        cancelled,
        tags,
        source,
        where,
        placement,
        series);
  }

  /** The same webinar, its page at {@code p} in the site. */
  public Webinar withPlacement(Placement p) {
    return new Webinar(
        id,
        title,
        time,
        description,
        speakers,
        links,
        buttons,
        pageUrl,
        image,
        publishDate,
        expiryDate,
        draft,
        cancelled,
        tags,
        source,
        location,
        p,
        series);
  }

  /** The same webinar, marked cancelled: how a removed page is announced as called off. */
  public Webinar asCancelled() {
    return new Webinar(
        id,
        title,
        time,
        description,
        speakers,
        links,
        buttons,
        pageUrl,
        image,
        publishDate,
        expiryDate,
        draft,
        true,
        tags,
        source,
        location,
        placement,
        series);
  }

  /** The location when it names a place, not "online", "virtual" or the like. */
  public Optional<String> place() {
    return location.filter(l -> !isVirtual(l));
  }

  /**
   * "online", "Online Webinar", "Community call (teleconference)": somewhere on the internet. An
   * address that also streams ("Bentham House, London (+ online)") is a place.
   */
  public static boolean isVirtual(String location) {
    String l = location.strip().toLowerCase(java.util.Locale.ROOT);
    return l.isEmpty()
        || (l.matches(
                ".*\\b(?:online|virtual|remote|zoom|webinar|livestream|live stream|teleconference"
                    + "|video call|internet|jitsi|google meet|teams)\\b.*")
            && !l.contains(",")
            && !l.matches(".*\\d.*"));
  }

  /** True when the bot may talk about this webinar at {@code now}. */
  public boolean isVisible(Instant now) {
    return !draft
        && publishDate.map(p -> !now.isBefore(p)).orElse(true)
        && expiryDate.map(e -> now.isBefore(e)).orElse(true);
  }

  /** Visible, not cancelled and not over: what {@code /webinars list} shows. */
  public boolean isUpcoming(Instant now) {
    return isVisible(now) && !cancelled && !time.isOver(now);
  }

  /**
   * A short fingerprint of everything a reader sees in a post. Two webinars with the same revision
   * render the same messages; a changed revision means posted messages are stale.
   */
  public String revision() {
    StringBuilder b = new StringBuilder();
    b.append(title).append('\u0000').append(time).append('\u0000').append(description);
    b.append('\u0000').append(speakers).append('\u0000').append(links);
    b.append('\u0000').append(buttons).append('\u0000').append(pageUrl).append('\u0000');
    b.append(image).append('\u0000').append(cancelled);
    // Appended only when set, so revisions of pages without a location stay as they were.
    location.ifPresent(l -> b.append('\u0000').append(l));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(b.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
