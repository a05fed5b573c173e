package webinarbot.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import webinarbot.testing.TestWebinars;
import webinarbot.testing.WebinarBuilder;

/** What `/webinars list`, `next` and `search` see: the catalogue, visibility and revisions. */
class CatalogueAndWebinarTest {
  private static final Instant NOW = Instant.parse("2026-06-10T12:00:00Z");

  private static Webinar at(String id, String utcStart) {
    return TestWebinars.timed(id, utcStart, "UTC").build();
  }

  @Test
  void givenTalksInAnyOrder_whenCatalogued_thenTheyAreInStartOrderWithTiesByIdAndFoundById() {
    Webinar late = at("late", "2026-06-12T10:00");
    Webinar b = at("b", "2026-06-11T10:00");
    Webinar a = at("a", "2026-06-11T10:00");
    Webinar early = at("early", "2026-06-11T09:59:59.5");

    Catalogue c = new Catalogue(List.of(late, b, a, early));

    assertThat(c.ids()).containsExactly("early", "a", "b", "late");
    assertThat(c.size()).isEqualTo(4);
    assertThat(c.find("b")).contains(b);
    assertThat(c.find("nope")).isEmpty();
    assertThat(Catalogue.empty().all()).isEmpty();
  }

  @Test
  void givenTwoPagesWithOneId_whenCatalogued_thenItIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new Catalogue(List.of(at("x", "2026-06-11T10:00"), at("x", "2026-06-12T10:00"))))
        .withMessage("duplicate webinar id x");
  }

  @Test
  void givenPastDraftCancelledAndRunningTalks_whenListingUpcoming_thenOnlyVisibleOnesNotOver() {
    Webinar past = at("past", "2026-06-09T10:00");
    Webinar running = at("running", "2026-06-10T11:30");
    Webinar draft = TestWebinars.timed("draft", "2026-06-11T10:00", "UTC").draft().build();
    Webinar cancelled =
        TestWebinars.timed("cancelled", "2026-06-11T10:00", "UTC").cancelled().build();
    Webinar soon = at("soon", "2026-06-11T10:00");
    Catalogue c = new Catalogue(List.of(past, running, draft, cancelled, soon));

    assertThat(c.upcoming(NOW)).containsExactly(running, soon);
    assertThat(c.next(NOW)).contains(soon);
    assertThat(c.next(Instant.parse("2026-06-11T10:30:00Z"))).contains(soon);
    assertThat(c.next(Instant.parse("2026-06-11T11:00:00Z"))).isEmpty();
  }

  @Test
  void givenWords_whenSearching_thenEveryWordMustAppearInTitleTextSpeakersTagsOrId() {
    Webinar vpp =
        WebinarBuilder.webinar("vpp_lab")
            .title("VPP in a home lab")
            .description("Packets at home.")
            .speaker(WebinarBuilder.speaker("Ada Lovelace", "Analyst", ""))
            .starts("2026-06-11T10:00:00Z[UTC]")
            .build();
    Webinar k8s =
        WebinarBuilder.webinar("calico")
            .title("Calico networking")
            .starts("2026-06-12T10:00:00Z[UTC]")
            .build();
    Catalogue c = new Catalogue(List.of(vpp, k8s));

    assertThat(c.search("  vpp   LAB ", NOW)).containsExactly(vpp);
    assertThat(c.search("lovelace analyst", NOW)).containsExactly(vpp);
    assertThat(c.search("packets", NOW)).containsExactly(vpp);
    assertThat(c.search("calico", NOW)).containsExactly(k8s);
    assertThat(c.search("vpp calico", NOW)).isEmpty();
    assertThat(c.search("", NOW)).containsExactly(vpp, k8s);
  }

  @Test
  void givenPublishAndExpiryDates_whenAsked_thenTheTalkIsVisibleOnlyBetweenThem() {
    Webinar w =
        TestWebinars.timed("w", "2026-07-01T10:00", "UTC")
            .publishDate("2026-06-10T12:00:00Z")
            .expiryDate("2026-06-20T00:00:00Z")
            .build();

    assertThat(w.isVisible(NOW.minusMillis(1))).isFalse();
    assertThat(w.isVisible(NOW)).isTrue();
    assertThat(w.isVisible(Instant.parse("2026-06-19T23:59:59Z"))).isTrue();
    assertThat(w.isVisible(Instant.parse("2026-06-20T00:00:00Z"))).isFalse();
    assertThat(w.isUpcoming(NOW)).isTrue();
    assertThat(w.isUpcoming(NOW.minusMillis(1))).isFalse();
  }

  @Test
  void givenATalk_whenItStartsAndEnds_thenItHasStartedAtItsStartAndIsOverAtItsEnd() {
    EventTime t = at("t", "2026-06-10T12:00").time();

    assertThat(t.hasStarted(NOW.minusMillis(1))).isFalse();
    assertThat(t.hasStarted(NOW)).isTrue();
    assertThat(t.isOver(NOW.plus(Duration.ofHours(1)).minusMillis(1))).isFalse();
    assertThat(t.isOver(NOW.plus(Duration.ofHours(1)))).isTrue();
    EventTime noEnd =
        EventTime.timed(ZonedDateTime.parse("2026-06-10T12:00:00Z[UTC]"), Optional.empty());
    assertThat(noEnd.effectiveEnd()).isEqualTo(NOW.plus(EventTime.ASSUMED_LENGTH));
    assertThat(noEnd.lastDay()).isEqualTo(LocalDate.parse("2026-06-10"));
  }

  @Test
  void givenAllDayEntries_whenAsked_thenTheyLastTheirWholeDays() {
    ZoneId brussels = ZoneId.of("Europe/Brussels");
    EventTime one = EventTime.allDay(LocalDate.parse("2026-06-10"), brussels);
    EventTime three =
        EventTime.allDays(LocalDate.parse("2026-06-10"), LocalDate.parse("2026-06-12"), brussels);
    EventTime same =
        EventTime.allDays(LocalDate.parse("2026-06-10"), LocalDate.parse("2026-06-10"), brussels);

    assertThat(one.effectiveEnd()).isEqualTo(Instant.parse("2026-06-10T22:00:00Z"));
    assertThat(one.lastDay()).isEqualTo(LocalDate.parse("2026-06-10"));
    assertThat(three.effectiveEnd()).isEqualTo(Instant.parse("2026-06-12T22:00:00Z"));
    assertThat(three.lastDay()).isEqualTo(LocalDate.parse("2026-06-12"));
    assertThat(three.date()).isEqualTo(LocalDate.parse("2026-06-10"));
    assertThat(same).isEqualTo(one);
    assertThat(one.zone()).isEqualTo(brussels);
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new EventTime(
                    ZonedDateTime.parse("2026-06-10T00:00:00Z[UTC]"),
                    Optional.of(ZonedDateTime.parse("2026-06-11T10:00:00Z[UTC]")),
                    true));
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                EventTime.timed(
                    ZonedDateTime.parse("2026-06-10T10:00:00Z[UTC]"),
                    Optional.of(ZonedDateTime.parse("2026-06-10T10:00:00Z[UTC]"))));
  }

  @Test
  void givenAnEdit_whenTheRevisionIsTaken_thenWhatReadersSeeChangesItAndNothingElseDoes() {
    Webinar base = at("w", "2026-06-11T10:00");
    String r = base.revision();

    assertThat(r).hasSize(12).matches("[0-9a-f]+");
    assertThat(at("w", "2026-06-11T10:00").revision()).isEqualTo(r);
    assertThat(TestWebinars.timed("w", "2026-06-11T10:00", "UTC").title("X").build().revision())
        .isNotEqualTo(r);
    assertThat(
            TestWebinars.timed("w", "2026-06-11T10:00", "UTC").description("X").build().revision())
        .isNotEqualTo(r);
    assertThat(
            TestWebinars.timed("w", "2026-06-11T10:00", "UTC")
                .video("https://youtu.be/x")
                .build()
                .revision())
        .isNotEqualTo(r);
    assertThat(TestWebinars.timed("w", "2026-06-11T10:00", "UTC").cancelled().build().revision())
        .isNotEqualTo(r);
    assertThat(at("w", "2026-06-11T10:01").revision()).isNotEqualTo(r);
  }

  @Test
  void givenLinks_whenListedByName_thenTheyComeInAFixedOrderAndFollowUpsKnowWhatIsThere() {
    Links l =
        Links.NONE
            .withRegister(Optional.of(URI.create("https://r")))
            .withEvent(Optional.of(URI.create("https://e")))
            .withSlides(Optional.of(URI.create("https://s")));

    assertThat(l.byName().keySet()).containsExactly("slides", "event", "register");
    assertThat(l.hasRecordingOrSlides()).isTrue();
    assertThat(Links.NONE.withEvent(Optional.of(URI.create("https://e"))).hasRecordingOrSlides())
        .isFalse();
    assertThat(Links.NONE.withVideo(Optional.of(URI.create("https://v"))).hasRecordingOrSlides())
        .isTrue();
    assertThat(
            Links.NONE.withSlidesPdf(Optional.of(URI.create("https://p"))).hasRecordingOrSlides())
        .isTrue();
    assertThat(Links.NONE.byName()).isEmpty();
  }

  @Test
  void givenSpeakerHandles_whenLinked_thenTheAtSignIsDroppedAndTheRestEscaped() {
    Speaker s =
        new Speaker(
            "Ada",
            Optional.of("Analyst"),
            "",
            Optional.empty(),
            Optional.of(" @ada "),
            Optional.of("@ada lovelace"),
            Optional.of("ada&co"));

    assertThat(s.displayName()).isEqualTo("Ada – Analyst");
    assertThat(Speaker.named("Grace").displayName()).isEqualTo("Grace");
    assertThat(s.githubUrl()).contains(URI.create("https://github.com/ada"));
    assertThat(s.twitterUrl()).contains(URI.create("https://x.com/ada%20lovelace"));
    assertThat(s.linkedinUrl()).contains(URI.create("https://www.linkedin.com/in/ada%26co"));
    assertThat(Speaker.named("Grace").githubUrl()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "7d, PT168H, 7d, 7 days",
    "1h30m, PT1H30M, 1h30m, 90 minutes",
    "1h, PT1H, 1h, 1 hour",
    "2w, PT336H, 14d, 14 days",
    "45s, PT45S, 45s, 45s",
    "30m, PT30M, 30m, 30 minutes",
    "1m, PT1M, 1m, 1 minute",
    "' 2H ', PT2H, 2h, 2 hours",
    "0m, PT0S, 0m, 0m",
    "1d2h3m4s, PT26H3M4S, 1d2h3m4s, 1d2h3m4s",
  })
  void givenADurationAsWritten_whenRead_thenItIsFormattedBackAndPutInWords(
      String text, String iso, String formatted, String words) {
    Duration d = Durations.parse(text).orElseThrow();

    assertThat(d).isEqualTo(Duration.parse(iso));
    assertThat(Durations.format(d)).isEqualTo(formatted);
    assertThat(Durations.words(d)).isEqualTo(words);
  }

  @ParameterizedTest
  @CsvSource({"''", "' '", "7", "d", "7x", "x7d", "7d x", "1h 30", "99999999999999999999d"})
  void givenSomethingThatIsNoDuration_whenRead_thenItIsRefused(String text) {
    assertThat(Durations.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "announcement, announcement",
    "announce, announcement",
    "starting, starting",
    "reminder-0m, starting",
    "REMINDER-7D, reminder-7d",
    "reminder-1h, reminder-1h",
    "reminder-90m, reminder-1h30m",
    "update, update",
    "cancel, cancellation",
    "cancellation, cancellation",
    "follow-up, followup",
    "followup, followup",
    "' digest ', digest",
  })
  void givenAKindAsTyped_whenParsed_thenItHasItsStableCode(String typed, String code) {
    PostKind k = PostKind.parse(typed).orElseThrow();

    assertThat(k.code()).isEqualTo(code);
    assertThat(k.toString()).isEqualTo(code);
    assertThat(PostKind.parse(code)).contains(k);
  }

  @Test
  void givenNonsense_whenParsedAsAKind_thenThereIsNone() {
    assertThat(PostKind.parse("reminder-")).isEmpty();
    assertThat(PostKind.parse("reminder-soon")).isEmpty();
    assertThat(PostKind.parse("remind")).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> PostKind.reminder(Duration.ofHours(-1)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new PostKind(PostKind.Type.ANNOUNCEMENT, Duration.ofHours(1)));
    assertThat(PostKind.reminder(Duration.ZERO)).isEqualTo(PostKind.STARTING);
  }

  @ParameterizedTest
  @CsvSource({
    "list, list, 0, 0",
    "lsit, list, 2, 1",
    "lint, list, 1, 1",
    "'', abc, 3, 3",
    "abc, '', 3, 3",
    "kitten, sitting, 3, 3",
    "ab, ba, 2, 1",
    "abcd, acbd, 2, 1",
  })
  void givenTwoWords_whenCompared_thenTheEditDistanceCountsSwapsOnceWhenAsked(
      String a, String b, int plain, int swaps) {
    assertThat(EditDistance.between(a, b)).isEqualTo(plain);
    assertThat(EditDistance.withSwaps(a, b)).isEqualTo(swaps);
  }

  @Test
  void givenALocation_whenAsked_thenOnlyARealPlaceIsAPlaceAndItCountsInTheRevision() {
    Webinar w = at("w", "2026-06-11T10:00");
    Webinar inLondon = w.withLocation(Optional.of("Bentham House, London (+ online)"));
    Webinar online = w.withLocation(Optional.of("Online Webinar"));

    assertThat(inLondon.place()).contains("Bentham House, London (+ online)");
    assertThat(online.place()).isEmpty();
    assertThat(w.place()).isEmpty();
    assertThat(inLondon.revision()).isNotEqualTo(w.revision());
    assertThat(w.withLocation(Optional.empty()).revision()).isEqualTo(w.revision());
    assertThat(Webinar.isVirtual("  ")).isTrue();
    assertThat(Webinar.isVirtual("Zoom")).isTrue();
    assertThat(Webinar.isVirtual("Community call (teleconference)")).isTrue();
    assertThat(Webinar.isVirtual("Room 101")).isFalse();
    assertThat(Webinar.isVirtual("Brussels")).isFalse();
  }

  @Test
  void givenARemovedPage_whenMarkedCancelled_thenOnlyTheFlagChanges() {
    Webinar w = at("w", "2026-06-11T10:00").withLocation(Optional.of("Brussels"));

    Webinar c = w.asCancelled();

    assertThat(c.cancelled()).isTrue();
    assertThat(w.cancelled()).isFalse();
    assertThat(c.title()).isEqualTo(w.title());
    assertThat(c.location()).contains("Brussels");
    assertThat(c.time()).isEqualTo(w.time());
    assertThat(c.isUpcoming(NOW)).isFalse();
  }

  @Test
  void givenEveryLink_whenListedByName_thenVideoSlidesEventAndRegisterComeInThatOrder() {
    Links all =
        Links.NONE
            .withVideo(Optional.of(URI.create("https://v")))
            .withSlidesPdf(Optional.of(URI.create("https://p")))
            .withSlides(Optional.of(URI.create("https://s")))
            .withEvent(Optional.of(URI.create("https://e")))
            .withRegister(Optional.of(URI.create("https://r")));

    assertThat(all.byName())
        .containsExactly(
            java.util.Map.entry("video", URI.create("https://v")),
            java.util.Map.entry("slides_pdf", URI.create("https://p")),
            java.util.Map.entry("slides", URI.create("https://s")),
            java.util.Map.entry("event", URI.create("https://e")),
            java.util.Map.entry("register", URI.create("https://r")));
  }

  @Test
  void givenTags_whenSearching_thenATagFindsItsTalk() {
    Webinar tagged =
        new Webinar(
            "t",
            "Title",
            at("t", "2026-06-11T10:00").time(),
            "",
            List.of(),
            Links.NONE,
            List.of(),
            URI.create("https://fd.io/t/"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            false,
            false,
            List.of("kubernetes"),
            "t.md");
    Catalogue c = new Catalogue(List.of(tagged, at("other", "2026-06-11T11:00")));

    assertThat(c.search("KUBERNETES", NOW)).containsExactly(tagged);
    assertThat(c.all()).hasSize(2);
  }
}
