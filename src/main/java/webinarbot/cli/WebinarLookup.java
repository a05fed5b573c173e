package webinarbot.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import webinarbot.domain.Catalogue;
import webinarbot.domain.EditDistance;
import webinarbot.domain.Webinar;

/**
 * Finds a webinar for a command by its id, or by its page: a file name ({@code vpp_in_home_lab.md})
 * or a path to the file; or ends the command with suggestions.
 */
final class WebinarLookup {
  private WebinarLookup() {}

  static Webinar find(Catalogue catalogue, String id) {
    return catalogue
        .find(id)
        .or(() -> byFile(catalogue, id))
        .orElseThrow(
            () -> {
              String wanted = id.toLowerCase(Locale.ROOT);
              List<String> close =
                  catalogue.ids().stream()
                      .sorted(
                          Comparator.comparingInt(
                              (String c) ->
                                  EditDistance.between(c.toLowerCase(Locale.ROOT), wanted)))
                      .limit(3)
                      .toList();
              String hint =
                  close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
              return new CliFailure(ExitCodes.FAILED, "no webinar with id \"" + id + "\"" + hint);
            });
  }

  /** The webinar read from this file: the same path, or the only page with this file name. */
  private static Optional<Webinar> byFile(Catalogue catalogue, String given) {
    Path path;
    try {
      path = Path.of(given);
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    if (path.getFileName() == null) {
      return Optional.empty();
    }
    Path wanted = path.toAbsolutePath().normalize();
    Optional<Webinar> same =
        catalogue.all().stream()
            .filter(w -> Path.of(w.source()).toAbsolutePath().normalize().equals(wanted))
            .findFirst();
    if (same.isPresent() || path.getNameCount() > 1) {
      return same;
    }
    List<Webinar> named =
        catalogue.all().stream()
            .filter(w -> Path.of(w.source()).getFileName().toString().equals(given))
            .toList();
    if (named.size() > 1) {
      throw new CliFailure(
          ExitCodes.FAILED,
          "several pages are called "
              + given
              + ": "
              + String.join(", ", named.stream().map(Webinar::source).toList())
              + "; give the path or the id");
    }
    return named.stream().findFirst();
  }
}
