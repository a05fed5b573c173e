package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.WebinarBuilder.webinar;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;

/** Each kind's deadline follows the rule it declares, so no kind is silently without one. */
class TimelinessEveryKindTest {
  private static final Duration GRACE = Duration.ofMinutes(30);
  private static final Timeliness TIMELINESS = new Timeliness(GRACE);
  private static final Webinar TALK =
      webinar("talk").starts("2026-12-03T17:00:00+01:00[Europe/Brussels]").build();
  private static final Instant START = Instant.parse("2026-12-03T16:00:00Z");

  static Stream<PostKind> kinds() {
    return PostKind.every(List.of(Duration.ofHours(1))).stream();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void every_kind_gets_the_deadline_its_declaration_names(PostKind kind) {
    Instant due = START.minus(kind.lead());

    var deadline = TIMELINESS.deadline(TALK, kind, due);

    Optional<Instant> expected =
        switch (kind.type().deadline()) {
          case UNTIL_START -> Optional.of(START);
          case WITHIN_GRACE ->
              Optional.of(
                  earliest(
                      due.plus(GRACE), kind.lead().isZero() ? TALK.time().effectiveEnd() : START));
          case PAGE_EXPIRY -> Optional.empty();
        };
    assertThat(deadline).isEqualTo(expected);
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
