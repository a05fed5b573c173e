package webinarbot.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import webinarbot.domain.Button;
import webinarbot.domain.Speaker;

/**
 * Reads a page body: {@code btn} shortcodes become buttons, {@code speaker} shortcodes speakers,
 * the rest (minus the "Speakers" heading) the markdown description.
 */
final class BodyReader {
  private static final Pattern SPEAKERS_HEADING =
      Pattern.compile("(?i)[ \\t]{0,3}#{1,6}[ \\t]*speakers?[ \\t]*:?[ \\t]*#*[ \\t]*");

  private final UrlResolver urls;

  BodyReader(UrlResolver urls) {
    this.urls = urls;
  }

  BodyContent read(String body, int bodyFirstLine, URI page, Problems problems) {
    List<Shortcode> tags = ShortcodeScanner.scan(body, bodyFirstLine, problems);
    StringBuilder description = new StringBuilder();
    List<Speaker> speakers = new ArrayList<>();
    List<Button> buttons = new ArrayList<>();
    int at = 0;
    Shortcode openSpeaker = null;
    for (Shortcode tag : tags) {
      String between = body.substring(at, tag.start());
      at = tag.end();
      if (openSpeaker != null) {
        if (tag.closing() && tag.name().equals("speaker")) {
          speaker(openSpeaker, body.substring(openSpeaker.end(), tag.start()), page, problems)
              .ifPresent(speakers::add);
          openSpeaker = null;
        } else if (!tag.closing() && tag.name().equals("speaker")) {
          problems.error(
              openSpeaker.line(),
              openSpeaker.column(),
              "speaker",
              "speaker shortcode is not closed with {{< /speaker >}} before the next one on line "
                  + tag.line());
          openSpeaker = tag;
        } else {
          problems.warning(
              tag.line(),
              tag.column(),
              tag.name(),
              "shortcode " + tag.name() + " inside a speaker bio is not supported and is left out");
        }
        continue;
      }
      description.append(between);
      if (tag.name().equals("speaker") && !tag.closing()) {
        openSpeaker = tag;
      } else if (tag.name().equals("btn") && !tag.closing()) {
        button(tag, page, problems).ifPresent(buttons::add);
      } else if (tag.closing() && (tag.name().equals("speaker") || tag.name().equals("btn"))) {
        problems.warning(
            tag.line(),
            tag.column(),
            tag.name(),
            "closing {{< /" + tag.name() + " >}} without an opening one; ignored");
      } else if (!tag.closing()) {
        problems.warning(
            tag.line(),
            tag.column(),
            tag.name(),
            "shortcode " + tag.name() + " is not supported by the bot and is left out of posts");
      }
    }
    if (openSpeaker != null) {
      problems.error(
          openSpeaker.line(),
          openSpeaker.column(),
          "speaker",
          "speaker shortcode is never closed with {{< /speaker >}}");
    } else {
      description.append(body.substring(at));
    }
    return new BodyContent(tidy(description.toString()), speakers, buttons);
  }

  /** Drops "Speakers" headings and runs of blank lines, in one pass over the lines. */
  static String tidy(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length());
    int blanks = 0;
    int pos = 0;
    int length = markdown.length();
    while (pos <= length) {
      int end = markdown.indexOf('\n', pos);
      if (end < 0) {
        end = length;
      }
      int first = firstNonBlank(markdown, pos, end);
      if (first == end) {
        blanks++;
      } else if (markdown.charAt(first) != '#'
          || !isSpeakersHeading(markdown.substring(pos, end))) {
        if (out.length() > 0) {
          out.append(blanks > 0 ? "\n\n" : "\n");
        }
        out.append(markdown, pos, end);
        blanks = 0;
      }
      pos = end + 1;
    }
    return out.toString().strip();
  }

  private static int firstNonBlank(String s, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isSpeakersHeading(String line) {
    return line.indexOf('#') >= 0 && SPEAKERS_HEADING.matcher(line).matches();
  }

  private Optional<Button> button(Shortcode tag, URI page, Problems problems) {
    Optional<String> link = tag.arg("link").or(() -> tag.arg("url")).or(() -> tag.arg("href"));
    if (link.isEmpty()) {
      problems.error(tag.line(), tag.column(), "btn", "btn shortcode has no link=\"…\"; dropped");
      return Optional.empty();
    }
    String label = tag.arg("txt").or(() -> tag.arg("text")).or(() -> tag.arg("label")).orElse("");
    if (label.isEmpty()) {
      problems.warning(
          tag.line(), tag.column(), "btn", "btn shortcode has no txt=\"…\"; labelled \"Link\"");
      label = "Link";
    }
    String l = label;
    return urls.resolve(link.get(), page, problems, tag.line(), tag.column(), "btn link")
        .map(u -> new Button(l, u));
  }

  private Optional<Speaker> speaker(Shortcode tag, String bio, URI page, Problems problems) {
    Optional<String> written = tag.arg("name");
    if (written.isEmpty()) {
      problems.warning(
          tag.line(), tag.column(), "speaker", "speaker shortcode has no name=\"…\"; left out");
      return Optional.empty();
    }
    SpeakerName name = SpeakerName.split(written.get());
    Optional<URI> image =
        tag.arg("img")
            .or(() -> tag.arg("image"))
            .flatMap(i -> urls.resolve(i, page, problems, tag.line(), tag.column(), "speaker img"));
    return Optional.of(
        new Speaker(
            name.name(),
            name.role(),
            tidy(bio),
            image,
            tag.arg("github"),
            tag.arg("twitter"),
            tag.arg("linkedin")));
  }
}
