package webinarbot.content;

import java.util.Locale;
import java.util.Set;
import webinarbot.domain.EditDistance;

/**
 * Unknown front matter keys are kept and ignored, as in Hugo, except that a near-miss of a key the
 * bot reads ({@code timeslot}, {@code youtube_url}) gets a warning: it is almost always a typo.
 */
final class UnknownKeys {
  private static final Set<String> READ =
      Set.of(
          "title",
          "date",
          "time_slot",
          "timezone",
          "publishdate",
          "pubdate",
          "expirydate",
          "unpublishdate",
          "draft",
          "slug",
          "url",
          "youtubeurl",
          "pdfurl",
          "ppturl",
          "eventurl",
          "registerurl",
          "previewimage",
          "cancelled",
          "tags",
          "type",
          "recurrence",
          "exdates");
  private static final Set<String> HUGO =
      Set.of(
          "description",
          "weight",
          "aliases",
          "lastmod",
          "categories",
          "summary",
          "layout",
          "images",
          "keywords",
          "author",
          "authors",
          "linktitle",
          "menu",
          "menus",
          "outputs",
          "params",
          "resources",
          "series",
          "markup",
          "headless",
          "build",
          "cascade",
          "sitemap",
          "translationkey",
          "iscjklanguage",
          "kind",
          "lang",
          "toc",
          "image",
          "featured",
          "canceled");

  private UnknownKeys() {}

  static void check(Fields fields, TalkSchema schema, Problems problems) {
    Set<String> read = schema.topLevelKeys();
    for (Field f : fields.all()) {
      String key = f.key().toLowerCase(Locale.ROOT);
      if (READ.contains(key) || read.contains(key)) {
        continue;
      }
      if (key.equals("canceled")) {
        problems.warning(
            f.line(), f.column(), f.key(), "canceled is spelled cancelled here; ignored");
        continue;
      }
      if (HUGO.contains(key)) {
        continue;
      }
      String squashed = key.replace("_", "").replace("-", "");
      for (String known : READ) {
        // A near-miss starts like the key it misses: "gated" is no typo of "date".
        if (squashed.equals(known.replace("_", ""))
            || (EditDistance.between(key, known) <= 2
                && key.length() > 4
                && key.charAt(0) == known.charAt(0))) {
          problems.warning(
              f.line(),
              f.column(),
              f.key(),
              "unknown key " + f.key() + "; did you mean " + known + "?");
          break;
        }
      }
    }
  }
}
