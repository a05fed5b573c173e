package webinarbot.domain;

import java.time.Instant;
import java.util.Objects;

/** A post the bot intends to make about one webinar at one instant, on every target. */
public record PlannedPost(Instant at, String webinarId, PostKind kind) {
  public PlannedPost {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(webinarId, "webinarId");
    Objects.requireNonNull(kind, "kind");
  }
}
