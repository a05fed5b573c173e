package webinarbot.content;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a site's pages as talks.
 *
 * @param baseUrl {@code site.base_url} when set: wins over the site's {@code baseURL}
 * @param fallbackBaseUrl when neither is known
 * @param defaultZone {@code schedule.timezone}
 * @param siteRoot {@code site.root}; when empty, the site is found from the content folder
 * @param sections {@code content.sections}: folders under the content whose pages are talks; empty
 *     for all
 * @param types {@code content.types}: the page types that are talks (a page without a type is one)
 * @param people {@code content.people}: a section of person pages speakers are looked up in
 */
public record ContentOptions(
    Optional<URI> baseUrl,
    URI fallbackBaseUrl,
    ZoneId defaultZone,
    Optional<Path> siteRoot,
    List<String> sections,
    List<String> types,
    Optional<String> people,
    TalkSchema schema) {

  public static final List<String> DEFAULT_TYPES = List.of("webinar");

  public ContentOptions {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(fallbackBaseUrl, "fallbackBaseUrl");
    Objects.requireNonNull(defaultZone, "defaultZone");
    Objects.requireNonNull(siteRoot, "siteRoot");
    sections = sections.stream().map(ContentOptions::folder).filter(s -> !s.isEmpty()).toList();
    types = types.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).toList();
    people = people.map(ContentOptions::folder).filter(s -> !s.isEmpty());
    Objects.requireNonNull(schema, "schema");
  }

  /** A folder of pages read with the defaults, its URLs under {@code baseUrl}. */
  public static ContentOptions of(URI baseUrl, ZoneId defaultZone) {
    return new ContentOptions(
        Optional.of(baseUrl),
        baseUrl,
        defaultZone,
        Optional.empty(),
        List.of(),
        DEFAULT_TYPES,
        Optional.empty(),
        TalkSchema.defaults());
  }

  public ContentOptions withSiteRoot(Path root) {
    return new ContentOptions(
        baseUrl, fallbackBaseUrl, defaultZone, Optional.of(root), sections, types, people, schema);
  }

  public ContentOptions withSections(List<String> s) {
    return new ContentOptions(
        baseUrl, fallbackBaseUrl, defaultZone, siteRoot, s, types, people, schema);
  }

  public ContentOptions withTypes(List<String> t) {
    return new ContentOptions(
        baseUrl, fallbackBaseUrl, defaultZone, siteRoot, sections, t, people, schema);
  }

  public ContentOptions withPeople(Optional<String> p) {
    return new ContentOptions(
        baseUrl, fallbackBaseUrl, defaultZone, siteRoot, sections, types, p, schema);
  }

  public ContentOptions withSchema(TalkSchema s) {
    return new ContentOptions(
        baseUrl, fallbackBaseUrl, defaultZone, siteRoot, sections, types, people, s);
  }

  public ContentOptions withBaseUrl(Optional<URI> b) {
    return new ContentOptions(
        b, fallbackBaseUrl, defaultZone, siteRoot, sections, types, people, schema);
  }

  /** True when {@code type} (lower-cased, or empty) makes a page a talk. */
  boolean isTalkType(Optional<String> type) {
    return type.isEmpty() || types.contains(type.get().toLowerCase(Locale.ROOT));
  }

  private static String folder(String s) {
    String t = s.strip().replace('\\', '/');
    while (t.startsWith("/")) {
      t = t.substring(1);
    }
    while (t.endsWith("/")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}
