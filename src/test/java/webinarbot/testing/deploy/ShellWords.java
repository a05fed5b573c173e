package webinarbot.testing.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a shell command line into words as a POSIX shell would for the simple lines in our
 * deployment files: single and double quotes, {@code $VAR} and {@code ${VAR}} expansion (unquoted
 * expansions split on spaces), nothing fancier.
 */
public final class ShellWords {
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

  private ShellWords() {}

  public static List<String> split(String line, Map<String, String> variables) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    int i = 0;
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        word.append(line, i + 1, end);
        inWord = true;
        i = end + 1;
      } else if (c == '"') {
        int end = line.indexOf('"', i + 1);
        word.append(expand(line.substring(i + 1, end), variables));
        inWord = true;
        i = end + 1;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
        i++;
      } else if (c == '$') {
        Matcher m = VARIABLE.matcher(line).region(i, line.length());
        if (!m.lookingAt()) {
          throw new AssertionError("unsupported expansion in: " + line);
        }
        List<String> parts = List.of(value(m.group(1), variables).split(" "));
        for (int p = 0; p < parts.size(); p++) {
          word.append(parts.get(p));
          inWord = inWord || !parts.get(p).isEmpty();
          if (p < parts.size() - 1 && inWord) {
            words.add(word.toString());
            word.setLength(0);
          }
        }
        i = m.end();
      } else {
        word.append(c);
        inWord = true;
        i++;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  private static String expand(String quoted, Map<String, String> variables) {
    Matcher m = VARIABLE.matcher(quoted);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(value(m.group(1), variables)));
    }
    m.appendTail(b);
    return b.toString();
  }

  private static String value(String name, Map<String, String> variables) {
    String v = variables.get(name);
    if (v == null) {
      throw new AssertionError("$" + name + " is not set where this line runs");
    }
    return v;
  }
}
