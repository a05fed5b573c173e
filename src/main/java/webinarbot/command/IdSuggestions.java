package webinarbot.command;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import webinarbot.domain.Catalogue;

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
        .filter(c -> c.toLowerCase(Locale.ROOT).contains(wanted) || distance(c, wanted) <= 3)
        .sorted(Comparator.comparingInt((String c) -> distance(c.toLowerCase(Locale.ROOT), wanted)))
        .limit(limit)
        .toList();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
