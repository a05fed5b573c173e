package webinarbot.command;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import webinarbot.domain.Catalogue;
import webinarbot.domain.EditDistance;

/** The answer to a mistyped id: the closest ids, so the user can copy the right one. */
final class IdSuggestions {
  private IdSuggestions() {}

  static Reply unknown(Catalogue catalogue, String id) {
    List<String> close = closest(catalogue, id, 3);
    String hint =
        close.isEmpty()
            ? " Try `list` to see the upcoming ones."
            : " Did you mean "
                + String.join(", ", close.stream().map(c -> "`" + c + "`").toList())
                + "?";
    return new Reply.Text("There is no webinar with id `" + id + "`." + hint);
  }

  static List<String> closest(Catalogue catalogue, String id, int limit) {
    String wanted = id.toLowerCase(Locale.ROOT);
    return catalogue.ids().stream()
        .filter(
            c ->
                c.toLowerCase(Locale.ROOT).contains(wanted) || EditDistance.between(c, wanted) <= 3)
        .sorted(
            Comparator.comparingInt(
                (String c) -> EditDistance.between(c.toLowerCase(Locale.ROOT), wanted)))
        .limit(limit)
        .toList();
  }
}
