package webinarbot.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/** Reads TOML front matter: the flat fast path when it can, tomlj for everything else. */
final class TomlFrontMatter {
  private TomlFrontMatter() {}

  static Optional<Fields> read(FrontMatter fm, Problems problems) {
    int offset = fm.firstLine() - 1;
    Optional<List<Field>> fields =
        FlatToml.read(fm.text()).or(() -> withTomlj(fm.text(), problems, offset));
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Fields out = new Fields(fm.firstLine());
    for (Field f : fields.get()) {
      out.add(new Field(f.key(), f.value(), f.line() + offset, f.column()), problems);
    }
    return Optional.of(out);
  }

  /**
   * The reference reader. Lines in the result are relative to the text; errors are reported with
   * file lines ({@code offset} added).
   */
  static Optional<List<Field>> withTomlj(String text, Problems problems, int offset) {
    TomlParseResult toml;
    try {
      toml = Toml.parse(text);
    } catch (AssertionError e) {
      // tomlj asserts on a malformed backslash-u or backslash-U escape instead of reporting it when
      // assertions
      // are on (java -ea, and every test run); without them it reports the error below.
      int[] at = UnicodeEscapes.firstMalformed(text).orElse(new int[] {1, 1});
      problems.error(
          at[0] + offset,
          at[1],
          "",
          "front matter is not valid TOML: Invalid unicode escape sequence");
      return Optional.empty();
    } catch (StackOverflowError e) {
      // tomlj recurses once per nesting level: thousands of them exhaust any thread's stack.
      int[] at = NestingDepth.tooDeep(text, NestingDepth.LIMIT).orElse(new int[] {1, 1});
      problems.error(
          at[0] + offset,
          at[1],
          "",
          "front matter nests arrays or tables more than "
              + NestingDepth.LIMIT
              + " levels deep; webinar-bot does not read it");
      return Optional.empty();
    }
    if (!toml.errors().isEmpty()) {
      for (TomlParseError e : toml.errors()) {
        problems.error(
            e.position().line() + offset,
            e.position().column(),
            "",
            "front matter is not valid TOML: "
                + e.getMessage().replaceAll(" \\(line \\d+, column \\d+\\)", ""));
      }
      return Optional.empty();
    }
    List<Field> fields = new ArrayList<>();
    for (String key : toml.keySet()) {
      TomlPosition pos = toml.inputPositionOf(List.of(key));
      int line = pos == null ? 1 : pos.line();
      int column = pos == null ? 1 : pos.column();
      fields.add(new Field(key, plain(toml.get(List.of(key))), line, column));
    }
    return Optional.of(fields);
  }

  private static Object plain(Object value) {
    if (value instanceof TomlArray a) {
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < a.size(); i++) {
        out.add(plain(a.get(i)));
      }
      return out;
    }
    if (value instanceof TomlTable t) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (String k : t.keySet()) {
        out.put(k, plain(t.get(List.of(k))));
      }
      return out;
    }
    return value;
  }
}
