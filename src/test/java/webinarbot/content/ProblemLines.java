package webinarbot.content;

import java.util.List;

/** What a reader reported, a line each as a test states it: "WARNING 6:1 title: message". */
final class ProblemLines {
  private ProblemLines() {}

  static List<String> of(Problems problems) {
    return problems.all().stream()
        .map(
            d ->
                d.severity()
                    + " "
                    + d.line()
                    + ":"
                    + d.column()
                    + " "
                    + d.field()
                    + ": "
                    + d.message())
        .toList();
  }
}
