package webinarbot.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Looks at a Hugo site for {@code webinar-bot init}: finds the sections whose pages look like
 * talks, the page types they have, a section of person pages their speaker ids name, and, for each
 * talk field the default keys miss, the key the pages use instead.
 */
public final class SiteSurvey {
  /** A folder is a talk section when at least this share of its (talk-typed) pages are talks. */
  private static final double TALK_SHARE = 0.6;

  /**
   * What {@code init} proposes.
   *
   * @param pages every page of the site (section pages left out)
   * @param sections talk sections, each with the number of talk pages in it
   * @param types page types of the talks, empty when they have none or only {@code webinar}
   * @param fields for each field the defaults do not cover, the key found and in how many talks
   */
  public record Proposal(
      HugoSite site,
      int pages,
      Map<String, Integer> sections,
      List<String> types,
      Optional<String> people,
      Map<String, FieldGuess> fields) {}

  /** A key the talks use for a field, and how many of them have it. */
  public record FieldGuess(String key, int pages, int talks) {}

  private SiteSurvey() {}

  public static Proposal of(Path root) {
    HugoSite site = HugoSite.read(root);
    SiteView view =
        new SiteView(
            site,
            ContentOptions.of(java.net.URI.create("http://localhost/"), java.time.ZoneOffset.UTC));
    List<PageFacts> pages = new ArrayList<>();
    for (HugoSite.Mount m : site.mounts()) {
      if (!Files.isDirectory(m.source())) {
        continue;
      }
      for (Path f : markdown(m.source())) {
        PagePath where = view.locate(f, m.source());
        if (where.kind() != PagePath.Kind.SECTION) {
          PageFacts.read(where).ifPresent(pages::add);
        }
      }
    }
    List<PageFacts> talks = pages.stream().filter(PageFacts::looksLikeTalk).toList();
    List<String> types = types(talks);
    Map<String, Integer> sections = sections(pages, talks, types);
    List<PageFacts> inSections =
        talks.stream()
            .filter(t -> sections.keySet().stream().anyMatch(s -> t.where().isIn(s)))
            .toList();
    Optional<String> people = people(inSections, site);
    return new Proposal(
        site, pages.size(), sections, types, people, FieldGuesser.guess(inSections));
  }

  private static List<String> types(List<PageFacts> talks) {
    Set<String> out = new LinkedHashSet<>();
    talks.forEach(t -> t.type().map(s -> s.toLowerCase(Locale.ROOT)).ifPresent(out::add));
    if (out.isEmpty() || out.equals(Set.of("webinar"))) {
      return List.of();
    }
    return List.copyOf(out);
  }

  /**
   * For each talk, its highest folder (below the top) where most pages that could be talks are: a
   * section holding talks and other pages is narrowed to the folder that holds only talks.
   */
  private static Map<String, Integer> sections(
      List<PageFacts> pages, List<PageFacts> talks, List<String> types) {
    List<PageFacts> eligible =
        pages.stream()
            .filter(
                p ->
                    p.type().isEmpty()
                        || (types.isEmpty()
                            ? p.type().get().equalsIgnoreCase("webinar")
                            : types.contains(p.type().get().toLowerCase(Locale.ROOT))))
            .toList();
    Map<String, Integer> chosen = new TreeMap<>();
    for (PageFacts t : talks) {
      String[] parts = t.where().dir().isEmpty() ? new String[0] : t.where().dir().split("/");
      String folder = null;
      for (int depth = 1; depth <= parts.length && folder == null; depth++) {
        String candidate = String.join("/", List.of(parts).subList(0, depth));
        long all = eligible.stream().filter(p -> p.where().isIn(candidate)).count();
        long talking = talks.stream().filter(p -> p.where().isIn(candidate)).count();
        if (all > 0 && talking >= TALK_SHARE * all) {
          folder = candidate;
        }
      }
      if (folder != null) {
        chosen.merge(folder, 1, Integer::sum);
      }
    }
    // A folder inside another chosen one adds nothing.
    Map<String, Integer> out = new LinkedHashMap<>();
    chosen.forEach(
        (f, n) -> {
          if (chosen.keySet().stream().noneMatch(o -> !o.equals(f) && f.startsWith(o + "/"))) {
            out.put(f, n);
          }
        });
    return out;
  }

  /**
   * When the talks' speakers are ids (no spaces) and pages of those names sit in one folder (or in
   * a folder per event, beside each talk's), that folder as {@code content.people}.
   */
  private static Optional<String> people(List<PageFacts> talks, HugoSite site) {
    Map<String, Path> byName = new LinkedHashMap<>();
    for (HugoSite.Mount m : site.mounts()) {
      if (Files.isDirectory(m.source())) {
        for (Path f : markdown(m.source())) {
          String n = f.getFileName().toString();
          String id =
              n.equals("index.md")
                  ? f.getParent().getFileName().toString()
                  : n.replaceFirst("\\.md$", "");
          Path rel = m.source().relativize(f.getParent());
          byName.putIfAbsent(
              id.toLowerCase(Locale.ROOT) + "@" + folder(rel, n.equals("index.md")), f);
        }
      }
    }
    Set<String> patterns = new LinkedHashSet<>();
    for (PageFacts t : talks) {
      for (String id : speakerIds(t)) {
        String talkDir = t.where().dir();
        String best = null;
        int bestShared = -1;
        for (String key : byName.keySet()) {
          if (!key.startsWith(id + "@")) {
            continue;
          }
          String dir = key.substring(id.length() + 1);
          int shared = sharedSegments(dir, talkDir);
          if (!dir.equals(talkDir) && shared > bestShared) {
            best = dir;
            bestShared = shared;
          }
        }
        if (best != null) {
          patterns.add(generalise(best, bestShared));
        }
      }
    }
    return patterns.size() == 1 ? Optional.of(patterns.iterator().next()) : Optional.empty();
  }

  private static String folder(Path rel, boolean bundle) {
    Path dir = bundle && rel.getParent() != null ? rel.getParent() : bundle ? Path.of("") : rel;
    return dir.toString().replace('\\', '/');
  }

  private static List<String> speakerIds(PageFacts t) {
    List<String> out = new ArrayList<>();
    for (String key : List.of("speakers", "speaker", "presenters")) {
      if (t.keys().get(key) instanceof List<?> l) {
        l.stream()
            .filter(x -> x instanceof String s && !s.isBlank() && !s.strip().contains(" "))
            .forEach(x -> out.add(x.toString().strip().toLowerCase(Locale.ROOT)));
      }
    }
    return out;
  }

  private static int sharedSegments(String a, String b) {
    String[] x = a.split("/");
    String[] y = b.split("/");
    int i = 0;
    while (i < x.length && i < y.length && x[i].equals(y[i])) {
      i++;
    }
    return i;
  }

  /** events/2019-la/speakers beside events/2019-la/program: events/{@literal *}/speakers. */
  private static String generalise(String people, int shared) {
    String[] p = people.split("/");
    if (shared >= 2 && p.length > shared) {
      p[shared - 1] = "*";
    }
    return String.join("/", p);
  }

  private static List<Path> markdown(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
          .filter(p -> !hidden(dir, p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static boolean hidden(Path dir, Path p) {
    for (Path part : dir.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
