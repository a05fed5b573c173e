package webinarbot.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import webinarbot.domain.Catalogue;
import webinarbot.domain.EditDistance;
import webinarbot.domain.Webinar;

/** Finds a webinar by id for a command, or ends it with suggestions. */
final class WebinarLookup {
  private WebinarLookup() {}

  static Webinar find(Catalogue catalogue, String id) {
    return catalogue
        .find(id)
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
}
