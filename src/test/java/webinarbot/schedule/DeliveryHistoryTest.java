package webinarbot.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import webinarbot.delivery.DeliveryKey;
import webinarbot.delivery.Target;
import webinarbot.domain.PostKind;

/**
 * What a firing adds to the ledger it read once: what it claimed counts as posted, what it found
 * closed only as done, and the history it started from is left as it was.
 */
class DeliveryHistoryTest {
  private static final Target SLACK = new Target("slack", "C1");
  private static final Target DISCORD = new Target("discord", "D1");
  private final DeliveryKey announced = new DeliveryKey("talk", PostKind.ANNOUNCEMENT, SLACK, "r1");
  private final DeliveryKey skipped =
      new DeliveryKey("talk", PostKind.reminder(Duration.ofHours(1)), DISCORD, "r1");

  @Test
  void givenAnEmptyHistory_whenAFiringPostsOneAndClosesAnother_thenEachCountsAsItShould() {
    DeliveryHistory before = DeliveryHistory.empty();

    DeliveryHistory after = before.with(List.of(announced), List.of(skipped));

    assertThat(after.has(announced)).isTrue();
    assertThat(after.has(skipped)).isTrue();
    assertThat(after.announced("talk", SLACK)).isTrue();
    assertThat(after.announced("talk", DISCORD)).isFalse();
    assertThat(after.announced("other", SLACK)).isFalse();
    assertThat(before.has(announced)).isFalse();
    assertThat(before.announced("talk", SLACK)).isFalse();
  }

  @Test
  void givenAHistory_whenExtendedTwice_thenEarlierDeliveriesAreKept() {
    DeliveryHistory once = DeliveryHistory.empty().with(List.of(announced), List.of());

    DeliveryHistory twice = once.with(List.of(), List.of(skipped));

    assertThat(twice.has(announced)).isTrue();
    assertThat(twice.announced("talk", SLACK)).isTrue();
    assertThat(twice.has(skipped)).isTrue();
    assertThat(once.has(skipped)).isFalse();
  }
}
