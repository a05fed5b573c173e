package webinarbot.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The permalink Hugo (0.111 and later) builds for a page: front matter {@code url}, else the site's
 * permalink pattern for the page's section, else the page's path under the content folder with the
 * {@code slug} (or file name, or bundle folder) last; language prefix, {@code uglyURLs} and Hugo's
 * path sanitising and lower-casing applied.
 */
final class Permalinks {
  private static final Pattern TOKEN =
      Pattern.compile(
          ":(yearday|year|monthname|month|day|weekdayname|weekday|sections(?:\\[[^\\]]*\\])?"
              + "|section|title|slugorcontentbasename|slugorfilename|slug|filename|contentbasename)");

  private static final Pattern FILENAME_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-(.+)");

  private final HugoSite site;
  private final Predicate<String> isSectionFolder;

  /** Folders sanitised once: thousands of pages share a few of them. */
  private final java.util.Map<String, String> folders =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param isSectionFolder whether a folder below the top level holds an {@code _index.md}, which
   *     makes it a section for {@code :sections}
   */
  Permalinks(HugoSite site, Predicate<String> isSectionFolder) {
    this.site = site;
    this.isSectionFolder = isSectionFolder;
  }

  /** What a page's front matter adds to its path. */
  record PageMeta(
      Optional<String> slug,
      Optional<String> url,
      Optional<String> title,
      Optional<ZonedDateTime> date) {}

  /** The page's path under the base URL, starting with "/". */
  String path(PagePath p, PageMeta meta) {
    if (meta.url().isPresent()) {
      return fromUrl(meta.url().get());
    }
    String prefix = site.languagePrefix(p.language());
    Optional<String> pattern = site.permalink(p.section());
    String path;
    if (pattern.isPresent() && !p.section().isEmpty()) {
      path = expand(pattern.get(), p, meta);
    } else {
      String last = meta.slug().map(this::sanitize).orElse(sanitize(p.name()));
      String dir =
          p.dir().isEmpty() ? "" : folders.computeIfAbsent(p.dir(), d -> sanitize(d) + "/");
      path = "/" + dir + last + "/";
    }
    path = collapseSlashes(path);
    if (site.uglyUrls() && path.endsWith("/") && path.length() > 1) {
      path = path.substring(0, path.length() - 1) + ".html";
    }
    return prefix.isEmpty() ? path : "/" + prefix + path;
  }

  /** The page's URL from its front matter. */
  URI url(URI base, PagePath p, Fields f) {
    return url(base, path(p, meta(p, f)));
  }

  /** What the page's front matter gives its URL: slug, url, title and (for patterns) its date. */
  PageMeta meta(PagePath p, Fields f) {
    Optional<String> slug = text(f, "slug");
    Optional<String> url = text(f, "url");
    Optional<String> title = text(f, "title");
    Optional<ZonedDateTime> date = Optional.empty();
    boolean datedPattern =
        url.isEmpty()
            && site.permalink(p.section())
                .map(
                    x ->
                        x.contains(":year")
                            || x.contains(":month")
                            || x.contains(":day")
                            || x.contains(":week")
                            || x.contains(":yearday"))
                .orElse(false);
    boolean byFilename = site.dateKeys().contains(":filename");
    if (datedPattern || byFilename) {
      for (String key : site.dateKeys()) {
        if (key.equals(":filename")) {
          Matcher m = FILENAME_DATE.matcher(p.name());
          if (m.matches()) {
            Optional<webinarbot.domain.PageDate> d = DateText.hugoDate(m.group(1));
            if (d.isPresent()) {
              date = Optional.of(zoned(d.get()));
              if (slug.isEmpty()) {
                slug = Optional.of(m.group(2));
              }
              break;
            }
          }
          continue;
        }
        Optional<webinarbot.domain.PageDate> d =
            f.get(key).flatMap(x -> FieldReader.pageDate(x.value()));
        if (d.isPresent()) {
          date = Optional.of(zoned(d.get()));
          break;
        }
      }
    }
    return new PageMeta(slug, url, title, date);
  }

  private ZonedDateTime zoned(webinarbot.domain.PageDate d) {
    if (d instanceof webinarbot.domain.PageDate.Offset o) {
      return o.dateTime().toZonedDateTime();
    }
    if (d instanceof webinarbot.domain.PageDate.Local l) {
      return l.dateTime().atZone(site.timeZone());
    }
    return d.day().atStartOfDay(site.timeZone());
  }

  private static Optional<String> text(Fields f, String key) {
    return f.get(key)
        .map(Field::value)
        .filter(v -> v instanceof String || v instanceof Long || v instanceof Double)
        .map(v -> v.toString().strip())
        .filter(v -> !v.isEmpty());
  }

  /** Letters, digits and {@code -._~/@+} only: a path {@link URI#resolve} takes as it is. */
  private static boolean plainAscii(String path) {
    if (path.length() < 2) {
      return false;
    }
    for (int i = 1; i < path.length(); i++) {
      char c = path.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~'
              || c == '/'
              || c == '@'
              || c == '+'
              || c == '%';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static final Pattern ESCAPE = Pattern.compile("%[0-9A-Fa-f]{2}");

  /**
   * The page's URL: {@link #path} against the base URL, non-ASCII characters escaped; escapes
   * already in the path ({@code %41} in a file name) stay as Hugo leaves them.
   */
  static URI url(URI base, String path) {
    if (plainAscii(path)) {
      return base.resolve(path.substring(1));
    }
    try {
      StringBuilder b = new StringBuilder("./");
      Matcher m = ESCAPE.matcher(path);
      int from = 1;
      while (m.find()) {
        b.append(quote(path.substring(from, m.start()))).append(m.group());
        from = m.end();
      }
      b.append(quote(path.substring(from)));
      return base.resolve(URI.create(b.toString()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return base;
    }
  }

  /** Escaped as Hugo writes permalinks: non-ASCII characters as UTF-8 percent escapes. */
  private static String quote(String part) throws URISyntaxException {
    return part.isEmpty()
        ? ""
        : new URI(null, null, "./" + part, null).toASCIIString().substring(2);
  }

  /**
   * Front matter {@code url}: used as written, made absolute, with a slash if it names a folder.
   */
  private String fromUrl(String url) {
    String u = url.strip();
    if (!u.startsWith("/")) {
      u = "/" + u;
    }
    int lastSlash = u.lastIndexOf('/');
    if (!u.endsWith("/") && u.indexOf('.', lastSlash) < 0) {
      u = u + "/";
    }
    return collapseSlashes(u);
  }

  private String expand(String pattern, PagePath p, PageMeta meta) {
    Matcher m = TOKEN.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(token(m.group(1), p, meta)));
    }
    m.appendTail(out);
    String s = out.toString();
    if (!s.startsWith("/")) {
      s = "/" + s;
    }
    // Unlike front matter url, a pattern always names a folder, even "/:slug/page.html" (Hugo
    // 0.111 makes that ".../page.html/").
    return s.endsWith("/") ? s : s + "/";
  }

  private String token(String token, PagePath p, PageMeta meta) {
    Optional<ZonedDateTime> d = meta.date();
    String slugOrTitle = meta.slug().or(meta::title).map(this::urlize).orElse(sanitize(p.name()));
    return switch (token) {
      case "year" -> d.map(t -> String.format(Locale.ROOT, "%04d", t.getYear())).orElse("0001");
      case "month" -> d.map(t -> two(t.getMonthValue())).orElse("01");
      case "monthname" ->
          d.map(t -> t.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
              .map(this::sanitize)
              .orElse("january");
      case "day" -> d.map(t -> two(t.getDayOfMonth())).orElse("01");
      case "weekday" -> d.map(t -> String.valueOf(t.getDayOfWeek().getValue() % 7)).orElse("1");
      case "weekdayname" ->
          d.map(
                  t ->
                      t.getDayOfWeek()
                          .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
              .map(this::sanitize)
              .orElse("monday");
      case "yearday" -> d.map(t -> String.valueOf(t.getDayOfYear())).orElse("1");
      case "section" -> sanitize(p.section());
      case "title" -> meta.title().map(this::urlize).orElse("");
      case "slug" -> slugOrTitle;
      case "filename", "contentbasename" -> sanitize(p.name());
      case "slugorfilename", "slugorcontentbasename" ->
          meta.slug().map(this::urlize).orElse(sanitize(p.name()));
      default -> sections(token, p);
    };
  }

  /**
   * {@code :sections}, or a slice of it: {@code [1:]}, {@code [:last]}, {@code [last]}, {@code
   * [0]}.
   */
  private String sections(String token, PagePath p) {
    List<String> all = new ArrayList<>();
    String[] parts = p.dir().isEmpty() ? new String[0] : p.dir().split("/");
    StringBuilder folder = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      folder.append(i == 0 ? "" : "/").append(parts[i]);
      if (i > 0 && !isSectionFolder.test(folder.toString())) {
        break;
      }
      all.add(sanitize(parts[i]));
    }
    if (!token.contains("[")) {
      return String.join("/", all);
    }
    String spec = token.substring(token.indexOf('[') + 1, token.length() - 1).strip();
    int n = all.size();
    try {
      if (!spec.contains(":")) {
        int i = index(spec, n);
        return i >= 0 && i < n ? all.get(i) : "";
      }
      String[] ab = spec.split(":", -1);
      int from = ab[0].isBlank() ? 0 : index(ab[0].strip(), n);
      int to = ab[1].isBlank() ? n : index(ab[1].strip(), n);
      from = Math.max(0, Math.min(from, n));
      to = Math.max(from, Math.min(to, n));
      return String.join("/", all.subList(from, to));
    } catch (NumberFormatException e) {
      return String.join("/", all);
    }
  }

  private static int index(String s, int n) {
    return s.equals("last") ? n - 1 : Integer.parseInt(s);
  }

  private static String two(int v) {
    return v < 10 ? "0" + v : String.valueOf(v);
  }

  /**
   * Hugo's {@code urlize}, used for {@code :title} and {@code :slug}: the text is sanitised,
   * unescaped as a query string would be ({@code +} and {@code %20} are spaces), and sanitised
   * again.
   */
  String urlize(String s) {
    // Sanitised first, so only valid escapes are left to unescape: "A + B" is "A-+-B", then
    // "A- -B", then "A--B", as Hugo 0.111 makes it.
    String sanitised = sanitize(s);
    String unescaped = sanitised;
    try {
      unescaped = java.net.URLDecoder.decode(sanitised, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // Go's QueryUnescape fails on a bad escape and Hugo keeps the text as it was.
    }
    return sanitize(unescaped);
  }

  /**
   * Hugo's path sanitising: letters, digits, marks and {@code ./\_-#+~@} stay, whitespace runs
   * become one hyphen, anything else is dropped; then lower-cased unless the site says otherwise.
   */
  String sanitize(String s) {
    StringBuilder b = new StringBuilder(s.length());
    boolean hyphen = false;
    boolean wasHyphen = false;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      boolean allowed =
          c == '.'
              || c == '/'
              || c == '\\'
              || c == '_'
              || c == '#'
              || c == '+'
              || c == '~'
              || c == '-'
              || c == '@'
              || Character.isLetter(c)
              || Character.isDigit(c)
              || isMark(c)
              || (c == '%' && i + 1 < s.length() && hex(s.charAt(i)) && hex(s.charAt(i + 1)));
      if (allowed) {
        // An explicit hyphen needs no hyphen for the spaces before it.
        wasHyphen = c == '-';
        if (hyphen) {
          if (!wasHyphen) {
            b.append('-');
          }
          hyphen = false;
        }
        b.appendCodePoint(c);
      } else if (b.length() > 0 && !wasHyphen && Character.isWhitespace(c)) {
        hyphen = true;
      }
    }
    String out = b.toString();
    return site.lowerCasePaths() ? out.toLowerCase(Locale.ROOT) : out;
  }

  private static boolean isMark(int c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK
        || t == Character.ENCLOSING_MARK
        || t == Character.COMBINING_SPACING_MARK;
  }

  private static boolean hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static String collapseSlashes(String s) {
    return s.indexOf("//") < 0 ? s : s.replaceAll("/{2,}", "/");
  }
}
