package webinarbot.discord;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import net.dv8tion.jda.api.entities.ScheduledEvent;
import webinarbot.domain.Webinar;

/**
 * The Discord scheduled event a webinar should have: an external event located at the webinar's
 * page, from its start to its end (or one hour later), with a short description and its image.
 *
 * @param location the place the page names; else (online, or not said) the page URL, or the site's
 *     address when the page URL is over 100 characters
 */
record ScheduledEventSpec(
    String name,
    String location,
    Instant start,
    Instant end,
    String description,
    Optional<URI> image,
    Optional<Kind> series) {

  /**
   * How an event of a series is kept: one recurring event with Discord's rule, or the next
   * occurrence's event, moved on after each.
   *
   * @param rule empty when Discord cannot repeat the series
   * @param anchor what the event's times come from: the series itself when it recurs (so the event
   *     is left alone as its occurrences pass), else the occurrence's start and end
   */
  record Kind(Optional<DiscordRecurrence.Rule> rule, String anchor) {}

  /**
   * The event of one occurrence of a series, or of its recurring event when {@code rule} is set.
   */
  static ScheduledEventSpec ofSeries(
      Webinar occurrence, webinarbot.domain.Series s, Optional<DiscordRecurrence.Rule> rule) {
    ScheduledEventSpec one = of(occurrence);
    String anchor =
        rule.map(
                r ->
                    "recurring\u0000"
                        + s.occurrences().get(0).toInstant()
                        + "\u0000"
                        + java.time.Duration.between(one.start(), one.end())
                        + "\u0000"
                        + r)
            .orElseGet(() -> one.start() + "\u0000" + one.end());
    return new ScheduledEventSpec(
        one.name(),
        one.location(),
        one.start(),
        one.end(),
        one.description(),
        one.image(),
        Optional.of(new Kind(rule, anchor)));
  }

  /**
   * The JSON body of a create or modify request, for events JDA cannot make (it has no {@code
   * recurrence_rule}); a modify takes a recurring event's rule away when it has none.
   */
  net.dv8tion.jda.api.utils.data.DataObject body(Optional<String> imageData, boolean modify) {
    var body =
        net.dv8tion.jda.api.utils.data.DataObject.empty()
            .put("name", name)
            .put("privacy_level", 2)
            .put("entity_type", 3)
            .put(
                "entity_metadata",
                net.dv8tion.jda.api.utils.data.DataObject.empty().put("location", location))
            .put("scheduled_start_time", start.toString())
            .put("scheduled_end_time", end.toString());
    if (!description.isEmpty()) {
      body.put("description", description);
    }
    imageData.ifPresent(i -> body.put("image", i));
    Optional<DiscordRecurrence.Rule> rule = series.flatMap(Kind::rule);
    if (rule.isPresent()) {
      body.put("recurrence_rule", rule.get().toData(start));
    } else if (modify) {
      body.putNull("recurrence_rule");
    }
    return body;
  }

  static ScheduledEventSpec of(Webinar w) {
    String name =
        DiscordText.truncate(DiscordText.oneLine(w.title()), ScheduledEvent.MAX_NAME_LENGTH);
    String description =
        DiscordText.truncate(
            DiscordMarkdown.render(w.description(), w.pageUrl()),
            ScheduledEvent.MAX_DESCRIPTION_LENGTH);
    return new ScheduledEventSpec(
        DiscordText.neutralise(name.isEmpty() ? w.id() : name),
        w.place()
            .map(
                p ->
                    DiscordText.truncate(
                        DiscordText.neutralise(DiscordText.oneLine(p)),
                        ScheduledEvent.MAX_LOCATION_LENGTH))
            .orElseGet(() -> location(w.pageUrl())),
        w.time().startInstant(),
        w.time().effectiveEnd(),
        description,
        w.image().flatMap(WebinarEmbed::url).map(URI::create),
        Optional.empty());
  }

  private static String location(URI page) {
    String url = page.toString();
    if (url.length() <= ScheduledEvent.MAX_LOCATION_LENGTH) {
      return url;
    }
    String site = page.getScheme() + "://" + page.getHost();
    return DiscordText.truncate(site, ScheduledEvent.MAX_LOCATION_LENGTH);
  }

  /** Changes whenever anything the event shows changes. */
  String fingerprint() {
    String all =
        String.join(
            "\u0000",
            name,
            location,
            series.map(Kind::anchor).orElseGet(() -> start + "\u0000" + end),
            description,
            image.map(URI::toString).orElse(""));
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
