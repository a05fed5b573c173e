package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The hand-written YYYY-MM-DD reader lint uses on every date: exact, or nothing. */
class IsoDayTest {
  @Test
  void givenAValidDayAnywhereInTheText_whenParsed_thenItIsThatDay() {
    assertThat(IsoDay.parse("2026-12-03", 0)).hasValue(LocalDate.of(2026, 12, 3));
    assertThat(IsoDay.parse("on 0999-09-19!", 3)).hasValue(LocalDate.of(999, 9, 19));
  }

  @Test
  void givenAnythingElse_whenParsed_thenThereIsNoDay() {
    assertThat(IsoDay.parse("2026-12-0", 0)).isEmpty();
    assertThat(IsoDay.parse("x2026-12-03", 2)).isEmpty();
    assertThat(IsoDay.parse("2026/12/03", 0)).isEmpty();
    assertThat(IsoDay.parse("2026-12/03", 0)).isEmpty();
    assertThat(IsoDay.parse("20a6-12-03", 0)).isEmpty();
    assertThat(IsoDay.parse("2026-1:-03", 0)).isEmpty();
    assertThat(IsoDay.parse("2026-12-/3", 0)).isEmpty();
    assertThat(IsoDay.parse("2026-02-30", 0)).isEmpty();
    assertThat(IsoDay.parse("2026-13-01", 0)).isEmpty();
  }
}
