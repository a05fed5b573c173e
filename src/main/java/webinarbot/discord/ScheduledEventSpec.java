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
    Optional<URI> image) {

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
        w.image().flatMap(WebinarEmbed::url).map(URI::create));
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
            start.toString(),
            end.toString(),
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
