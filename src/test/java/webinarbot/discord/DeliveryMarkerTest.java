package webinarbot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeliveryMarkerTest {
  private static final String KEY =
      "vpp_in_home_lab/announcement/discord:1300000000000000001/abc123";

  @Test
  void the_nonce_fits_discords_25_characters_and_is_the_same_for_the_same_delivery() {
    assertThat(DeliveryMarker.nonce(KEY))
        .hasSizeLessThanOrEqualTo(25)
        .isEqualTo(DeliveryMarker.nonce(KEY));
    assertThat(DeliveryMarker.nonce(KEY + "x")).isNotEqualTo(DeliveryMarker.nonce(KEY));
  }

  @Test
  void the_marker_is_invisible_and_tells_deliveries_apart() {
    String marker = DeliveryMarker.invisible(KEY);

    assertThat(marker.chars()).allMatch(c -> Character.getType(c) == Character.FORMAT);
    assertThat(DeliveryMarker.carries("x" + marker + "y", KEY)).isTrue();
    assertThat(DeliveryMarker.carries("x" + marker + "y", KEY + "x")).isFalse();
  }

  @Test
  void a_marked_message_reads_the_same() {
    DiscordMessage message = DiscordMessage.text("📣 New webinar: **VPP**");

    DiscordMessage marked = message.marked(DeliveryMarker.invisible(KEY));

    assertThat(marked.content()).startsWith("📣\u2063");
    assertThat(marked.content().replaceAll("\\p{Cf}", ""))
        .isEqualTo(message.content().replaceAll("\\p{Cf}", ""));
    assertThat(DeliveryMarker.carries(marked.content(), KEY)).isTrue();
    assertThat(marked.embeds()).isEqualTo(List.of());
  }
}
