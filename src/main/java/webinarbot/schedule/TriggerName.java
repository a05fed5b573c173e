package webinarbot.schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.quartz.TriggerKey;

/**
 * What a trigger is, written into its identity so nothing else needs storing: the name is {@code
 * KIND@REVISION@EPOCH_MILLIS}, the group {@code w:WEBINAR_ID}, the description the webinar id (the
 * group is shortened for ids too long for Quartz's column). Two plans with the same post make the
 * same key, so comparing key sets is a complete diff.
 */
record TriggerName(String webinarId, String kind, String revision, Instant at) {
  static final String GROUP_PREFIX = "w:";

  static TriggerName of(PlanEntry e) {
    return new TriggerName(e.webinarId(), e.post().kind().code(), e.revision(), e.at());
  }

  /** Reads a trigger's key and description back. */
  static TriggerName parse(TriggerKey key, String description) {
    String[] parts = key.getName().split("@");
    if (parts.length != 3) {
      throw new IllegalArgumentException("not a webinar-bot trigger: " + key);
    }
    return new TriggerName(
        description, parts[0], parts[1], Instant.ofEpochMilli(Long.parseLong(parts[2])));
  }

  TriggerKey key() {
    return TriggerKey.triggerKey(kind + "@" + revision + "@" + at.toEpochMilli(), group(webinarId));
  }

  /** {@code w:ID}; ids too long for Quartz's 200-character column are shortened with a hash. */
  static String group(String webinarId) {
    String g = GROUP_PREFIX + webinarId;
    if (g.length() <= 190) {
      return g;
    }
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(webinarId.getBytes(StandardCharsets.UTF_8));
      return g.substring(0, 170) + "~" + HexFormat.of().formatHex(d, 0, 8);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is part of every JRE", ex);
    }
  }
}
