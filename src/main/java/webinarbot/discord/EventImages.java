package webinarbot.discord;

import java.net.URI;
import java.util.Optional;
import net.dv8tion.jda.api.entities.Icon;

/**
 * Fetches a webinar's preview image for its scheduled event: Discord wants the bytes, not a URL.
 * Empty when the image cannot be had; the event is then made without one.
 */
public interface EventImages {
  Optional<Icon> fetch(URI image);

  /** For servers that should get events without images. */
  EventImages NONE = image -> Optional.empty();
}
