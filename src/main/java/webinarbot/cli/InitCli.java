package webinarbot.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import webinarbot.config.ConfigLoader;
import webinarbot.content.ContentOptions;
import webinarbot.content.Diagnostic;
import webinarbot.content.HugoContentLoader;
import webinarbot.content.LoadResult;
import webinarbot.content.SiteSurvey;
import webinarbot.content.TalkSchema;
import webinarbot.domain.Webinar;

/**
 * {@code init}: looks at a Hugo site and proposes a commented webinar-bot.toml for it, with a
 * summary of what it found: a maintainer's first minutes on a new site.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description =
        "Look at a Hugo site and propose a webinar-bot.toml for it: the sections whose pages are"
            + " talks, their types, and the front matter keys they use.")
final class InitCli implements Callable<Integer> {
  @ParentCommand WebinarBotCommand root;

  @Option(
      names = "--site",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "the Hugo site (default: .)")
  Path site;

  @Option(names = "--write", description = "write DIR/webinar-bot.toml instead of printing it")
  boolean write;

  @Override
  public Integer call() throws IOException {
    CliContext ctx = root.context();
    if (!Files.isDirectory(site)) {
      throw new CliFailure(ExitCodes.USAGE, site + ": no such folder");
    }
    SiteSurvey.Proposal p = SiteSurvey.of(site);
    LoadResult loaded = load(p);
    String toml = toml(p, loaded, write ? "." : site.toString());
    for (String line : summary(p, loaded)) {
      ctx.err().println(line);
    }
    if (write) {
      Path file = site.resolve(ConfigLoader.DEFAULT_FILE);
      if (Files.exists(file)) {
        ctx.err().println(file + " exists: not overwritten (the proposal is on standard output)");
        ctx.out().print(toml);
        ctx.out().flush();
        ctx.err().flush();
        return ExitCodes.FAILED;
      }
      Files.writeString(file, toml, StandardCharsets.UTF_8);
      ctx.err().println("wrote " + file + "; check it, then run: webinar-bot lint --verbose");
    } else {
      ctx.out().print(toml);
    }
    ctx.out().flush();
    ctx.err().flush();
    return ExitCodes.OK;
  }

  /** The site read with what is proposed, to count what the proposal gives. */
  private LoadResult load(SiteSurvey.Proposal p) {
    Map<String, List<String>> fields =
        p.fields().entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue().key())));
    ContentOptions o =
        new ContentOptions(
            Optional.empty(),
            URI.create("http://localhost:1313/"),
            ZoneId.of("UTC"),
            Optional.of(site),
            List.copyOf(p.sections().keySet()),
            p.types().isEmpty() ? ContentOptions.DEFAULT_TYPES : p.types(),
            p.people(),
            TalkSchema.withOverrides(fields));
    HugoContentLoader loader = new HugoContentLoader(o);
    return loader.load(p.site().contentDir());
  }

  /**
   * "24 talks in news/webinars/: 24 with a start, 14 with a time, 20 with a video, 14 with a time
   * zone".
   */
  static List<String> summary(SiteSurvey.Proposal p, LoadResult r) {
    List<String> out = new ArrayList<>();
    out.add(p.pages() + " page(s) in " + p.site().root());
    if (p.sections().isEmpty()) {
      out.add(
          "no section has pages that look like talks (dates with times, speakers, videos, slides)");
      return out;
    }
    for (String section : p.sections().keySet()) {
      List<Webinar> talks =
          r.catalogue().all().stream().filter(w -> inSection(w, section, p)).toList();
      long timed = talks.stream().filter(w -> !w.time().allDay()).count();
      long video = talks.stream().filter(w -> w.links().video().isPresent()).count();
      long zoned = talks.stream().filter(w -> namesItsZone(w, r)).count();
      out.add(
          talks.size()
              + " talks in "
              + section
              + "/: "
              + talks.size()
              + " with a start, "
              + timed
              + " with a time, "
              + video
              + " with a video, "
              + zoned
              + " with a time zone"
              + (zoned < talks.size() ? ": set schedule.timezone" : ""));
    }
    long notRead = r.skipped().size();
    if (notRead > 0) {
      out.add(notRead + " page(s) in these sections are not talks; lint --verbose names them");
    }
    return out;
  }

  private static boolean inSection(Webinar w, String section, SiteSurvey.Proposal p) {
    return Path.of(w.source())
        .toAbsolutePath()
        .normalize()
        .startsWith(p.site().contentDir().resolve(section));
  }

  /** A talk whose reading needed schedule.timezone has a note saying so. */
  private static boolean namesItsZone(Webinar w, LoadResult r) {
    return r.diagnostics().stream()
        .filter(d -> d.file().equals(w.source()))
        .map(Diagnostic::message)
        .noneMatch(
            m ->
                m.contains("has no offset")
                    || m.contains("names no zone")
                    || m.startsWith("no time_slot: all-day entry"));
  }

  static String toml(SiteSurvey.Proposal p, LoadResult r, String root) {
    StringBuilder b = new StringBuilder();
    b.append("# webinar-bot.toml proposed by `webinar-bot init` from what the pages hold.\n");
    b.append("# Check each line, then run `webinar-bot lint --verbose`.\n\n");
    b.append("[site]\n");
    b.append("root = \"").append(root.replace("\\", "\\\\")).append("\"\n");
    if (p.site().baseUrl().isPresent()) {
      b.append("# base_url = \"")
          .append(p.site().baseUrl().get())
          .append("\"   # the site's baseURL is used\n");
    } else {
      b.append(
          "base_url = \"https://example.org/\"   # the site's baseURL is not a full URL: set its address\n");
    }
    b.append("\n[content]\n");
    if (p.sections().isEmpty()) {
      b.append(
          "# sections = []   # no section looks like talks; list the folders of your talk pages\n");
    } else {
      b.append("# ");
      b.append(
          p.sections().entrySet().stream()
              .map(e -> e.getValue() + " talk page(s) in " + e.getKey() + "/")
              .collect(Collectors.joining(", ")));
      b.append(", of ").append(p.pages()).append(" page(s)\n");
      b.append("sections = [").append(quoted(List.copyOf(p.sections().keySet()))).append("]\n");
    }
    if (p.types().isEmpty()) {
      b.append("# types = [\"webinar\"]   # the default; a page without a type counts too\n");
    } else {
      b.append("types = [").append(quoted(p.types())).append("]   # the talks' type\n");
    }
    p.people()
        .ifPresentOrElse(
            people ->
                b.append("people = \"")
                    .append(people)
                    .append("\"   # speaker ids are person pages here\n"),
            () ->
                b.append(
                    "# people = \"speakers\"   # a section of person pages, if speakers are ids\n"));
    b.append("\n[content.fields]\n");
    if (p.fields().isEmpty()) {
      b.append("# The default keys cover these pages.\n");
    }
    p.fields()
        .forEach(
            (field, g) ->
                b.append(field)
                    .append(" = [\"")
                    .append(g.key())
                    .append("\"]   # in ")
                    .append(g.pages())
                    .append(" of ")
                    .append(g.talks())
                    .append(" talks\n"));
    b.append("\n[schedule]\n");
    b.append("timezone = \"UTC\"   # the zone of talks whose pages name none: set yours\n");
    return b.toString();
  }

  private static String quoted(List<String> items) {
    return items.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", "));
  }
}
