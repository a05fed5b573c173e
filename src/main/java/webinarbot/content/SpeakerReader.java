package webinarbot.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import webinarbot.domain.Speaker;

/**
 * Speakers written in front matter: strings ({@code "Name - Role"}, {@code "Name, Role @ Org"}, a
 * name, or an id of a {@code content.people} page) and maps ({@code name}, {@code
 * role|title|position}, {@code bio}, {@code image|photo|avatar|img}, {@code github}, {@code
 * twitter}, {@code linkedin}); and person pages themselves.
 */
final class SpeakerReader {
  private static final List<String> ROLE =
      List.of("role", "title", "position", "jobtitle", "job_title");
  private static final List<String> ORG =
      List.of("company", "organization", "organisation", "org", "affiliation");
  private static final List<String> IMAGE = List.of("image", "photo", "avatar", "img", "picture");
  private static final List<String> BIO = List.of("bio", "about", "description");

  private SpeakerReader() {}

  /**
   * @param relativeTo what a relative image path resolves against
   */
  static List<Speaker> fromFrontMatter(
      Field field, PagePath talk, URI relativeTo, Problems problems, SiteView view) {
    List<?> items = field.value() instanceof List<?> l ? l : List.of(field.value());
    List<Speaker> out = new ArrayList<>();
    for (Object item : items) {
      if (item instanceof String s && !s.isBlank()) {
        out.add(fromString(s.strip(), field, talk, problems, view));
      } else if (item instanceof Map<?, ?> m) {
        fromMap(m, field, talk, relativeTo, problems, view).ifPresent(out::add);
      } else if (item != null && !(item instanceof String)) {
        problems.warning(
            field.line(),
            field.column(),
            field.key(),
            field.key() + ": a speaker is a name or a map with a name; " + item + " is left out");
      }
    }
    return out;
  }

  private static Speaker fromString(
      String written, Field field, PagePath talk, Problems problems, SiteView view) {
    if (view.options().people().isPresent() && !written.contains(" ")) {
      Optional<Speaker> person = view.people().find(written, talk);
      if (person.isPresent()) {
        return person.get();
      }
      problems.warning(
          field.line(),
          field.column(),
          field.key(),
          field.key()
              + ": no page for speaker \""
              + written
              + "\" in "
              + view.options().people().get()
              + "; shown by that id");
    }
    SpeakerName name = SpeakerName.split(written);
    return new Speaker(
        name.name(),
        name.role(),
        "",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private static Optional<Speaker> fromMap(
      Map<?, ?> m, Field field, PagePath talk, URI relativeTo, Problems problems, SiteView view) {
    Optional<String> name = first(m, List.of("name", "fullname", "full_name"));
    Optional<String> id = first(m, List.of("id", "ref", "person"));
    if (name.isEmpty() && id.isPresent()) {
      Optional<Speaker> person = view.people().find(id.get(), talk);
      if (person.isPresent()) {
        return person;
      }
      name = id;
    }
    if (name.isEmpty()) {
      problems.warning(
          field.line(),
          field.column(),
          field.key(),
          field.key() + ": a speaker without a name is left out");
      return Optional.empty();
    }
    SpeakerName split = SpeakerName.split(name.get());
    Optional<String> role = first(m, ROLE).or(split::role);
    Optional<String> org = first(m, ORG);
    if (org.isPresent()) {
      role = Optional.of(role.map(r -> r + " @ " + org.get()).orElse(org.get()));
    }
    Optional<URI> image =
        first(m, IMAGE)
            .flatMap(
                i ->
                    view.urls()
                        .resolve(
                            i,
                            relativeTo,
                            problems,
                            field.line(),
                            field.column(),
                            field.key() + " image"));
    return Optional.of(
        new Speaker(
            split.name(),
            role,
            first(m, BIO).map(BodyReader::tidy).orElse(""),
            image,
            handle(first(m, List.of("github")), "github.com"),
            handle(first(m, List.of("twitter", "x")), "twitter.com", "x.com"),
            handle(first(m, List.of("linkedin")), "linkedin.com")));
  }

  /** A person page: its name is its {@code name} or {@code title}, its body the bio. */
  static Optional<Speaker> person(
      Fields f, String bio, URI pageUrl, PagePath where, SiteView view) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    for (Field x : f.all()) {
      m.put(x.key().toLowerCase(Locale.ROOT), x.value());
    }
    Optional<String> name = first(m, List.of("name")).or(() -> first(m, List.of("title")));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Problems ignored = new Problems(where.file().toString());
    // Person pages keep their pictures beside them in the section folder (devopsdays'
    // speakers/name.md with image = "name.jpg"); a bundle keeps them in its own folder.
    URI relative =
        where.kind() == PagePath.Kind.BUNDLE
            ? pageUrl
            : pageUrl.resolve(view.site().uglyUrls() ? "./" : "../");
    Optional<String> role = first(m, List.of("role", "position", "jobtitle", "job_title"));
    Optional<String> org = first(m, ORG);
    if (org.isPresent()) {
      role = Optional.of(role.map(r -> r + " @ " + org.get()).orElse(org.get()));
    }
    Optional<URI> image =
        first(m, IMAGE).flatMap(i -> view.urls().resolve(i, relative, ignored, 1, 1, "image"));
    return Optional.of(
        new Speaker(
            name.get(),
            role,
            first(m, List.of("bio")).map(BodyReader::tidy).orElse(bio),
            image,
            handle(first(m, List.of("github")), "github.com"),
            handle(first(m, List.of("twitter", "x")), "twitter.com", "x.com"),
            handle(first(m, List.of("linkedin")), "linkedin.com")));
  }

  private static Optional<String> first(Map<?, ?> m, List<String> keys) {
    for (String k : keys) {
      Object v = Fields.valueIgnoringCase(m, k);
      if (v instanceof String s && !s.isBlank()) {
        return Optional.of(s.strip());
      }
      if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String s && !s.isBlank()) {
        return Optional.of(s.strip());
      }
    }
    return Optional.empty();
  }

  /**
   * A social handle from what a page writes: {@code @name}, {@code name}, or a profile URL on the
   * site ({@code https://www.linkedin.com/in/name/} gives {@code name}).
   */
  static Optional<String> handle(Optional<String> written, String... hosts) {
    // A sentence where a handle belongs (devopsdays' Twitter = "Self-Care for Systems at any
    // Scale") is no handle.
    return written.map(w -> handle(w, hosts)).filter(h -> !h.isBlank() && !h.contains(" "));
  }

  static String handle(String written, String... hosts) {
    String w = written.strip();
    String lower = w.toLowerCase(Locale.ROOT);
    for (String host : hosts) {
      int at = lower.indexOf(host + "/");
      if (at >= 0) {
        String path = w.substring(at + host.length() + 1);
        int q = path.indexOf('?');
        if (q >= 0) {
          path = path.substring(0, q);
        }
        List<String> parts = new ArrayList<>();
        for (String p : path.split("/")) {
          if (!p.isBlank() && !p.equals("in") && !p.equals("pub")) {
            parts.add(p);
          }
        }
        return parts.isEmpty() ? w : parts.get(0);
      }
    }
    return w.startsWith("@") ? w.substring(1) : w;
  }
}
