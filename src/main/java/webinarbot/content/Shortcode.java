package webinarbot.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Hugo shortcode tag in a page body: {@code {{< name key="value" >}}}, {@code {{% name %}}} or
 * a closing {@code {{< /name >}}}.
 *
 * @param start offset of the opening braces in the body
 * @param end offset just after the closing braces
 */
record Shortcode(
    String name,
    boolean closing,
    Map<String, String> named,
    List<String> positional,
    Lines lines,
    int start,
    int end) {

  int line() {
    return lines.lineOf(start);
  }

  int column() {
    return lines.columnOf(start);
  }

  Optional<String> arg(String key) {
    return Optional.ofNullable(named.get(key)).map(String::strip).filter(s -> !s.isEmpty());
  }
}
