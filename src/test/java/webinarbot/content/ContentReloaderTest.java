package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import webinarbot.domain.Webinar;
import webinarbot.testing.PageFolder;

class ContentReloaderTest {
  @TempDir Path temp;

  private PageFolder pages() {
    PageFolder pages = new PageFolder(temp);
    pages.webinar("a.md", "A", "2026-12-03", "10:00 - 11:00 UTC");
    pages.webinar("b.md", "B", "2026-12-04", "10:00 - 11:00 UTC");
    return pages;
  }

  private ContentReloader reloader(PageFolder pages) {
    return new ContentReloader(
        new HugoContentLoader(PageFolder.BASE_URL, ZoneId.of("UTC")), pages.root());
  }

  @Test
  void givenOnePageEditedOneAddedOneDeleted_whenReloaded_thenTheResultEqualsAFullLoad() {
    PageFolder pages = pages();
    ContentReloader reloader = reloader(pages);
    LoadResult before = reloader.loadAll();

    Path a = pages.webinar("a.md", "A renamed", "2026-12-03", "10:00 - 11:00 UTC");
    Path c = pages.webinar("c.md", "C", "2026-12-05", "10:00 - 11:00 UTC");
    pages.delete("b.md");
    LoadResult after = reloader.reload(before, Set.of(a, c, pages.root().resolve("b.md")));

    assertThat(after.catalogue().all()).isEqualTo(reloader.loadAll().catalogue().all());
    assertThat(after.catalogue().all())
        .extracting(Webinar::title)
        .containsExactly("A renamed", "C");
  }

  @Test
  void givenAPageThatTurnsInvalid_whenReloaded_thenItIsLeftOutWithItsErrorAndTheOthersStay() {
    PageFolder pages = pages();
    ContentReloader reloader = reloader(pages);
    LoadResult before = reloader.loadAll();

    Path a = pages.write("a.md", "+++\ntitle = \"A\"\ndate = \"soon\"\n+++\n");
    LoadResult after = reloader.reload(before, Set.of(a));

    assertThat(after.catalogue().all()).extracting(Webinar::id).containsExactly("b");
    assertThat(after.diagnostics())
        .singleElement()
        .satisfies(
            d -> assertThat(d.format()).startsWith(a + ":3:1: error: date \"soon\" is not a date"));
  }

  @Test
  void givenAnEditorsLockFile_whenReloaded_thenItIsIgnoredLikeAFullLoadIgnoresIt() {
    PageFolder pages = pages();
    ContentReloader reloader = reloader(pages);
    LoadResult before = reloader.loadAll();

    Path lock = pages.write(".#a.md", "not a page");

    assertThat(reloader.reload(before, Set.of(lock))).isSameAs(before);
  }

  @Test
  void givenABrokenPage_whenItIsFixed_thenItsErrorIsGoneAndItLoads() {
    PageFolder pages = pages();
    ContentReloader reloader = reloader(pages);
    Path a = pages.write("a.md", "+++\ntitle = \"A\"\ndate = \"soon\"\n+++\n");
    LoadResult broken = reloader.loadAll();
    assertThat(broken.errorCount()).isEqualTo(1);

    pages.webinar("a.md", "A", "2026-12-03", "10:00 - 11:00 UTC");
    LoadResult fixed = reloader.reload(broken, Set.of(a));

    assertThat(fixed.diagnostics()).isEmpty();
    assertThat(fixed.catalogue().all()).extracting(Webinar::id).containsExactly("a", "b");
    assertThat(fixed.pages()).isEqualTo(broken.pages());
  }

  @Test
  void givenAPageCopiedUnderANewName_whenReloaded_thenAFullLoadSaysWhichPageOwnsTheId()
      throws Exception {
    PageFolder pages = pages();
    ContentReloader reloader = reloader(pages);
    LoadResult before = reloader.loadAll();

    Path copy =
        pages.write("nested/a.md", java.nio.file.Files.readString(pages.root().resolve("a.md")));
    LoadResult after = reloader.reload(before, Set.of(copy));

    assertThat(after).usingRecursiveComparison().isEqualTo(reloader.loadAll());
  }

  @Test
  void givenAFolderThatWasMissing_whenAPageAppears_thenEveryPageIsRead() throws Exception {
    PageFolder pages = new PageFolder(temp);
    java.nio.file.Files.delete(pages.root());
    ContentReloader reloader = reloader(pages);
    LoadResult missing = reloader.loadAll();
    assertThat(missing.diagnostics()).extracting(Diagnostic::field).containsExactly("content.dir");

    pages.webinar("a.md", "A", "2026-12-03", "10:00 - 11:00 UTC");
    Path b = pages.webinar("b.md", "B", "2026-12-04", "10:00 - 11:00 UTC");
    LoadResult after = reloader.reload(missing, Set.of(b));

    assertThat(after.catalogue().all()).extracting(Webinar::id).containsExactlyInAnyOrder("a", "b");
    assertThat(after.diagnostics()).isEmpty();
  }

  @Test
  void givenANewFolderOfPages_whenItIsReported_thenItsPagesAreRead() {
    PageFolder pages = pages();
    ContentReloader reloader = reloader(pages);
    LoadResult before = reloader.loadAll();

    Path c = pages.webinar("2027/c.md", "C", "2027-01-04", "10:00 - 11:00 UTC");
    LoadResult after = reloader.reload(before, Set.of(c.getParent()));

    assertThat(after.catalogue().all()).extracting(Webinar::id).contains("a", "b", "c");
  }

  @Test
  void givenAnotherVersionOfTheSite_whenPagesChangeInIt_thenTheyAreReadFromItNotFromDisk() {
    PageFolder pages = pages();
    ContentReloader reloader = reloader(pages);
    LoadResult before = reloader.loadAll();
    Path a = pages.root().resolve("a.md");
    Path b = pages.root().resolve("b.md");
    byte[] renamed =
        "+++\ntitle = \"A in the commit\"\ndate = \"2026-12-03\"\ntime_slot = \"10:00 - 11:00 UTC\"\ntype = \"webinar\"\n+++\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.util.Map<Path, java.util.Optional<byte[]>> versions = new java.util.LinkedHashMap<>();
    versions.put(a, java.util.Optional.of(renamed));
    versions.put(b, java.util.Optional.empty());

    LoadResult after = reloader.reload(before, versions).orElseThrow();

    assertThat(after.catalogue().all())
        .extracting(Webinar::title)
        .containsExactly("A in the commit");
    assertThat(pages.load().catalogue().all()).extracting(Webinar::title).contains("A", "B");
  }

  @Test
  void givenAnotherVersionWhereTwoPagesClaimOneId_thenOnlyAFullLoadOfItCanSay() {
    PageFolder pages = pages();
    ContentReloader reloader = reloader(pages);
    LoadResult before = reloader.loadAll();
    byte[] same =
        "+++\ntitle = \"Twin\"\ndate = \"2026-12-03\"\ntype = \"webinar\"\n+++\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.util.Map<Path, java.util.Optional<byte[]>> versions = new java.util.LinkedHashMap<>();
    versions.put(pages.root().resolve("twin/a.md"), java.util.Optional.of(same));

    assertThat(reloader.reload(before, versions)).isEmpty();
  }

  @Test
  void givenASectionPageWhoseCascadeChanges_whenReloaded_thenThePagesBelowTakeTheNewValue() {
    PageFolder pages = pages();
    Path index =
        pages.write(
            "_index.md", "+++\ntitle = \"Webinars\"\n[cascade]\nlocation = \"Online\"\n+++\n");
    ContentReloader reloader = reloader(pages);
    LoadResult before = reloader.loadAll();
    assertThat(before.catalogue().all())
        .extracting(Webinar::location)
        .containsOnly(java.util.Optional.of("Online"));

    pages.write(
        "_index.md", "+++\ntitle = \"Webinars\"\n[cascade]\nlocation = \"Brussels\"\n+++\n");
    LoadResult after = reloader.reload(before, Set.of(index));

    assertThat(after.catalogue().all())
        .extracting(Webinar::location)
        .containsOnly(java.util.Optional.of("Brussels"));
    assertThat(reloader.reload(before, java.util.Map.of(index, java.util.Optional.<byte[]>empty())))
        .isEmpty();
  }

  @Test
  void givenAWatchedFolder_whenAPageIsSaved_thenOneBatchNamesIt() throws Exception {
    PageFolder pages = pages();
    List<Set<Path>> batches = new CopyOnWriteArrayList<>();
    try (FolderWatcher w = new FolderWatcher(pages.root(), Duration.ofMillis(20), batches::add)) {
      w.start();

      Path a = pages.webinar("a.md", "A again", "2026-12-03", "10:00 - 11:00 UTC");

      await().atMost(Duration.ofSeconds(10)).until(() -> !batches.isEmpty());
      assertThat(batches.get(0)).contains(a);
    }
  }

  @Test
  void givenAWatchedFolder_whenASubfolderAppears_thenTheBatchAsksForAFullReloadAndItIsWatchedToo()
      throws Exception {
    PageFolder pages = pages();
    List<Set<Path>> batches = new CopyOnWriteArrayList<>();
    try (FolderWatcher w = new FolderWatcher(pages.root(), Duration.ofMillis(20), batches::add)) {
      w.start();

      Files.createDirectories(pages.root().resolve("2027"));
      await().atMost(Duration.ofSeconds(10)).until(() -> !batches.isEmpty());
      Path inside = pages.webinar("2027/d.md", "D", "2027-01-05", "10:00 - 11:00 UTC");

      assertThat(batches.get(0)).contains(pages.root());
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> batches.stream().anyMatch(b -> b.contains(inside)));
    }
  }
}
