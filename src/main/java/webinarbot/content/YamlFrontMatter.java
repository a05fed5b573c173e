package webinarbot.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML front matter with SnakeYAML's node API, so every key keeps its position and dates stay
 * text until the time rules read them (SnakeYAML would turn them into zone-less Dates).
 */
final class YamlFrontMatter {
  private YamlFrontMatter() {}

  static Optional<Fields> read(FrontMatter fm, Problems problems) {
    int offset = fm.firstLine() - 1;
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true);
    options.setMaxAliasesForCollections(10);
    options.setCodePointLimit(1_000_000);
    Node root;
    try {
      root = new Yaml(new SafeConstructor(options)).compose(new StringReader(fm.text()));
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      int line = m == null ? fm.firstLine() : m.getLine() + 1 + offset;
      int column = m == null ? 1 : m.getColumn() + 1;
      problems.error(
          line, column, "", "front matter is not valid YAML: " + firstLine(e.getProblem()));
      return Optional.empty();
    } catch (YAMLException e) {
      problems.error(
          fm.firstLine(), 1, "", "front matter is not valid YAML: " + firstLine(e.getMessage()));
      return Optional.empty();
    }
    Fields fields = new Fields(fm.firstLine());
    if (root == null) {
      return Optional.of(fields);
    }
    if (!(root instanceof MappingNode map)) {
      problems.error(fm.firstLine(), 1, "", "front matter must be a mapping of keys to values");
      return Optional.empty();
    }
    for (NodeTuple t : map.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode key)) {
        continue;
      }
      Mark mark = key.getStartMark();
      fields.add(
          new Field(
              key.getValue(),
              value(t.getValueNode()),
              mark.getLine() + 1 + offset,
              mark.getColumn() + 1),
          problems);
    }
    return Optional.of(fields);
  }

  private static Object value(Node node) {
    if (node instanceof ScalarNode s) {
      Tag tag = s.getTag();
      String v = s.getValue();
      try {
        if (tag.equals(Tag.INT)) {
          return Long.parseLong(v.replace("_", ""));
        }
        if (tag.equals(Tag.FLOAT)) {
          return Double.parseDouble(v.replace("_", ""));
        }
      } catch (NumberFormatException e) {
        return v;
      }
      if (tag.equals(Tag.BOOL)) {
        return Boolean.parseBoolean(v) || v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("on");
      }
      if (tag.equals(Tag.NULL)) {
        return null;
      }
      return v;
    }
    if (node instanceof SequenceNode seq) {
      List<Object> out = new ArrayList<>();
      seq.getValue().forEach(n -> out.add(value(n)));
      return out;
    }
    if (node instanceof MappingNode m) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        if (t.getKeyNode() instanceof ScalarNode k) {
          out.put(k.getValue(), value(t.getValueNode()));
        }
      }
      return out;
    }
    return null;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "syntax error";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
