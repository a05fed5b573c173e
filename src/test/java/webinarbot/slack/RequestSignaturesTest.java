package webinarbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import webinarbot.testing.FixedSeed;

/** Our HMAC is Slack's: the same signatures as the SDK's generator, compared safely. */
class RequestSignaturesTest {
  private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
  private final RequestSignatures signatures = new RequestSignatures(SECRET);

  @Property(seed = FixedSeed.SEED)
  void anyBody_isSignedExactlyAsTheSdkSignsIt(@ForAll String body) {
    assertThat(signatures.sign("1531420618", body))
        .isEqualTo(new SlackSignature.Generator(SECRET).generate("1531420618", body));
  }

  @Test
  void givenSlacksDocumentedExample_whenChecked_thenItMatches() {
    String body =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
            + "&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect"
            + "&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554"
            + "%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    assertThat(
            signatures.matches(
                "1531420618",
                body,
                "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"))
        .isTrue();
  }

  @Test
  void givenAnyChange_whenChecked_thenItDoesNotMatch() {
    String good = signatures.sign("100", "text=list");

    assertThat(signatures.matches("100", "text=list", good)).isTrue();
    assertThat(signatures.matches("101", "text=list", good)).isFalse();
    assertThat(signatures.matches("100", "text=lisT", good)).isFalse();
    assertThat(signatures.matches("100", "text=list", good.toUpperCase(java.util.Locale.ROOT)))
        .isFalse();
    assertThat(signatures.matches("100", "text=list", "")).isFalse();
  }
}
