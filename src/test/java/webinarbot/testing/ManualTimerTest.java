package webinarbot.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import webinarbot.schedule.PendingPost;
import webinarbot.schedule.PostTimer;

/**
 * Periodic chores while the manual timer moves time: they coalesce, as the real timer's fixed-delay
 * executor never catches up on missed runs, yet each still sees every firing and every change.
 */
class ManualTimerTest {
  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private static final Duration EVERY = Duration.ofSeconds(15);

  private final MutableClock clock = new MutableClock(T0);
  private final ManualTimer.Store store = new ManualTimer.Store(clock);
  private final ManualTimer timer = store.join("a", false);
  private final List<Instant> fired = new ArrayList<>();
  private final List<Instant> choreRuns = new ArrayList<>();

  ManualTimerTest() {
    timer.start(
        new PostTimer.Firing() {
          @Override
          public CompletableFuture<Void> postsDue(Instant at, List<PendingPost> posts) {
            fired.add(clock.instant());
            return CompletableFuture.completedFuture(null);
          }

          @Override
          public void digestDue(Instant at) {
            fired.add(clock.instant());
          }

          @Override
          public void horizonDue(Instant at) {
            fired.add(clock.instant());
          }
        });
  }

  @Test
  void givenNothingPending_whenAWeekPassesInOneMove_thenTheChoreRunsAtItsFirstAndLastDueInstant() {
    timer.every(EVERY, () -> choreRuns.add(clock.instant()));

    store.advance(Duration.ofDays(7));

    assertThat(choreRuns).containsExactly(T0.plus(EVERY), T0.plus(Duration.ofDays(7)));
    assertThat(clock.instant()).isEqualTo(T0.plus(Duration.ofDays(7)));
  }

  @Test
  void givenAPostDueOnTheWay_whenTimeMoves_thenTheChoreRunsBeforeItAndAgainAfterIt() {
    Instant due = T0.plus(Duration.ofMinutes(61)).plusSeconds(7);
    timer.change(List.of(), List.of(new PendingPost("w1", "reminder-1h", "r", due)));
    timer.every(EVERY, () -> choreRuns.add(clock.instant()));

    store.advance(Duration.ofHours(3));

    Instant lastBefore = T0.plus(Duration.ofMinutes(61));
    Instant firstAfter = lastBefore.plus(EVERY);
    assertThat(fired).containsExactly(due);
    assertThat(choreRuns)
        .containsExactly(T0.plus(EVERY), lastBefore, firstAfter, T0.plus(Duration.ofHours(3)));
  }

  @Test
  void givenAChoreThatAddsAPost_whenTimeMoves_thenItRunsOnceMoreToSeeItsOwnChange() {
    Instant due = T0.plus(Duration.ofHours(1));
    timer.every(
        EVERY,
        () -> {
          choreRuns.add(clock.instant());
          if (choreRuns.size() == 1) {
            timer.change(List.of(), List.of(new PendingPost("w1", "reminder-1h", "r", due)));
          }
        });

    store.advance(Duration.ofMinutes(90));

    assertThat(fired).containsExactly(due);
    assertThat(choreRuns)
        .containsExactly(
            T0.plus(EVERY), T0.plus(EVERY.multipliedBy(2)), due, T0.plus(Duration.ofMinutes(90)));
  }

  @Test
  void givenTwoMoves_whenTheSecondStarts_thenTheChoreLooksAgainAtItsFirstDueInstant() {
    timer.every(EVERY, () -> choreRuns.add(clock.instant()));
    store.advance(Duration.ofMinutes(10));
    choreRuns.clear();

    store.advance(Duration.ofMinutes(10));

    assertThat(choreRuns)
        .containsExactly(
            T0.plus(Duration.ofMinutes(10)).plus(EVERY), T0.plus(Duration.ofMinutes(20)));
  }
}
