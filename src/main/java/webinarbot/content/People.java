package webinarbot.content;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import webinarbot.domain.Speaker;

/**
 * {@code content.people}: a section of person pages (one per speaker, as many sites keep them) that
 * front matter speaker ids are looked up in. A {@code *} in the section matches any one folder
 * ({@code events/*}{@code /speakers}); when an id is found in several, the page nearest the talk
 * wins.
 */
final class People {
  private final SiteView view;
  private volatile Map<String, List<Path>> byId;
  private final Map<Path, Optional<Speaker>> read = new ConcurrentHashMap<>();

  People(SiteView view) {
    this.view = view;
  }

  /** True when the page lies in the people section. */
  boolean holds(PagePath p) {
    Optional<String> people = view.options().people();
    if (people.isEmpty()) {
      return false;
    }
    Pattern folders = Sections.glob("/" + people.get().replace("**", "*") + "/**");
    String path = "/" + p.fileDir() + "/";
    return folders.matcher(path).matches();
  }

  /** The speaker an id names, from the person page nearest to the talk. */
  Optional<Speaker> find(String id, PagePath talk) {
    if (view.options().people().isEmpty()) {
      return Optional.empty();
    }
    List<Path> candidates = index().getOrDefault(id.strip().toLowerCase(Locale.ROOT), List.of());
    Path best = null;
    int bestShared = -1;
    Path talkFile = talk.file().toAbsolutePath().normalize();
    for (Path c : candidates) {
      int shared = shared(c, talkFile);
      if (shared > bestShared) {
        best = c;
        bestShared = shared;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    Path file = best;
    return read.computeIfAbsent(file, this::readPerson);
  }

  private static int shared(Path a, Path b) {
    int n = Math.min(a.getNameCount(), b.getNameCount());
    int i = 0;
    while (i < n && a.getName(i).equals(b.getName(i))) {
      i++;
    }
    return i;
  }

  private Map<String, List<Path>> index() {
    Map<String, List<Path>> m = byId;
    if (m == null) {
      synchronized (this) {
        if (byId == null) {
          byId = build();
        }
        m = byId;
      }
    }
    return m;
  }

  private Map<String, List<Path>> build() {
    Map<String, List<Path>> m = new HashMap<>();
    String[] parts = view.options().people().get().split("/");
    for (HugoSite.Mount mount : view.site().mounts()) {
      List<Path> dirs = List.of(mount.source());
      String[] rest = parts;
      if (!mount.target().isEmpty()) {
        String prefix = mount.target() + "/";
        String people = view.options().people().get() + "/";
        if (!people.startsWith(prefix)) {
          continue;
        }
        rest = people.substring(prefix.length()).split("/");
      }
      for (String part : rest) {
        if (part.isEmpty()) {
          continue;
        }
        List<Path> next = new ArrayList<>();
        for (Path d : dirs) {
          if (part.contains("*")) {
            Pattern p = Sections.glob("/" + part);
            children(d).stream()
                .filter(c -> Files.isDirectory(c) && p.matcher("/" + c.getFileName()).matches())
                .forEach(next::add);
          } else if (Files.isDirectory(d.resolve(part))) {
            next.add(d.resolve(part));
          }
        }
        dirs = next;
      }
      for (Path d : dirs) {
        for (Path c : children(d)) {
          String name = c.getFileName().toString();
          Optional<Path> page = Optional.empty();
          String id = name;
          if (Files.isDirectory(c) && Files.isRegularFile(c.resolve("index.md"))) {
            page = Optional.of(c.resolve("index.md"));
          } else if (name.endsWith(".md") && !name.startsWith("_")) {
            page = Optional.of(c);
            id = name.substring(0, name.length() - 3);
          }
          String key = id.toLowerCase(Locale.ROOT);
          page.ifPresent(
              f ->
                  m.computeIfAbsent(key, k -> new ArrayList<>())
                      .add(f.toAbsolutePath().normalize()));
        }
      }
    }
    return m;
  }

  private static List<Path> children(Path dir) {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(out::add);
    } catch (IOException e) {
      return out;
    }
    out.sort(null);
    return out;
  }

  private Optional<Speaker> readPerson(Path file) {
    Optional<QuietPage> person = QuietPage.read(file);
    if (person.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = person.get().fields();
    PagePath where = view.locate(file, view.site().contentDir());
    URI page = view.permalinks().url(view.base(), where, fields);
    return SpeakerReader.person(
        fields, BodyReader.tidy(person.get().frontMatter().body()), page, where, view);
  }
}
