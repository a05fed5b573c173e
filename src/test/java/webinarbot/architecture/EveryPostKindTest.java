package webinarbot.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static webinarbot.testing.WebinarBuilder.webinar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import webinarbot.delivery.Post;
import webinarbot.delivery.PostRenderer;
import webinarbot.delivery.Revisions;
import webinarbot.delivery.TextRenderer;
import webinarbot.discord.DiscordRenderer;
import webinarbot.domain.Change;
import webinarbot.domain.PostKind;
import webinarbot.domain.Webinar;
import webinarbot.slack.SlackRenderer;

/**
 * Every kind of post is declared in full and rendered by every platform: a kind added to {@link
 * PostKind.Type} without its cases fails here (or, for a renderer's switch, does not compile).
 */
class EveryPostKindTest {
  private static final Webinar TALK =
      webinar("vpp-2612")
          .title("Faster packets")
          .starts("2026-12-03T17:00:00+01:00[Europe/Brussels]")
          .build();
  private static final List<PostRenderer> RENDERERS =
      List.of(new TextRenderer(), new SlackRenderer(), new DiscordRenderer());

  /** Every kind, with the reminders of the default plan. */
  static Stream<PostKind> kinds() {
    return PostKind.every(List.of(Duration.ofDays(7), Duration.ofHours(1), Duration.ZERO)).stream();
  }

  static Stream<Arguments> kindsOnEveryPlatform() {
    List<Arguments> out = new ArrayList<>();
    kinds().forEach(k -> RENDERERS.forEach(r -> out.add(Arguments.of(k, r.platform(), r))));
    return out.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("kindsOnEveryPlatform")
  void every_kind_renders_on_every_platform(PostKind kind, String platform, PostRenderer r) {
    String rendered = r.render(post(kind));

    assertThat(rendered).isNotBlank();
    assertThat(rendered).contains(kind.type().aboutOneWebinar() ? "Faster packets" : "2026");
  }

  @ParameterizedTest
  @EnumSource(PostKind.Type.class)
  void every_kind_declares_its_revision_deadline_and_planning(PostKind.Type type) {
    assertThat(type.revision()).isNotNull();
    assertThat(type.deadline()).isNotNull();
    assertThat(type.planned()).isNotNull();
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void every_kind_about_one_webinar_has_a_revision_in_the_ledger(PostKind kind) {
    if (!kind.type().aboutOneWebinar()) {
      assertThat(Revisions.ofDigest(new Post.Digest(LocalDate.of(2026, 11, 30), List.of(TALK))))
          .isEqualTo("2026-11-30");
      return;
    }
    String revision = Revisions.of(kind, TALK);

    assertThat(revision).isNotBlank();
    assertThat(revision)
        .isEqualTo(
            kind.type().revision() == PostKind.Revision.CONTENT
                ? TALK.revision()
                : "2026-12-03T16:00:00Z");
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void every_kind_reads_back_from_its_code(PostKind kind) {
    assertThat(PostKind.parse(kind.code())).contains(kind);
  }

  private static Post post(PostKind kind) {
    if (!kind.type().aboutOneWebinar()) {
      return new Post.Digest(LocalDate.of(2026, 11, 30), List.of(TALK));
    }
    List<Change> changes =
        kind.type() == PostKind.Type.UPDATE
            ? List.of(new Change("title", "Fast packets", "Faster packets"))
            : List.of();
    return new Post.About(kind, TALK, changes);
  }
}
