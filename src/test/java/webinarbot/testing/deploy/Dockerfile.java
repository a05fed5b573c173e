package webinarbot.testing.deploy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Dockerfile read as instructions, with continuation lines joined and comments dropped. */
public record Dockerfile(List<Dockerfile.Instruction> instructions) {
  /**
   * @param stage the index of the FROM this instruction follows (0 for the first stage)
   */
  public record Instruction(int stage, String keyword, String arguments) {
    /** The exec form ({@code ["java", "-jar", …]}) as a list. */
    public List<String> execForm() {
      try {
        return new ObjectMapper().readValue(arguments, new TypeReference<List<String>>() {});
      } catch (Exception e) {
        throw new AssertionError(keyword + " is not in exec form: " + arguments, e);
      }
    }
  }

  private static final Pattern ENV_PAIR =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S+)");

  public static Dockerfile read(Path p) {
    List<Instruction> out = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    int stage = -1;
    for (String raw : DeployFiles.text(p).split("\n")) {
      String line = raw.strip();
      if (pending.length() == 0 && (line.isEmpty() || line.startsWith("#"))) {
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      if (line.endsWith("\\")) {
        pending.append(line, 0, line.length() - 1).append(' ');
        continue;
      }
      pending.append(line);
      String full = pending.toString().strip();
      pending.setLength(0);
      int space = full.indexOf(' ');
      String keyword = full.substring(0, space).toUpperCase(Locale.ROOT);
      if (keyword.equals("FROM")) {
        stage++;
      }
      out.add(new Instruction(stage, keyword, full.substring(space + 1).strip()));
    }
    return new Dockerfile(out);
  }

  public List<Instruction> all(String keyword) {
    return instructions.stream().filter(i -> i.keyword().equals(keyword)).toList();
  }

  public int lastStage() {
    return all("FROM").size() - 1;
  }

  /** Instructions of the final (runtime) stage only. */
  public List<Instruction> runtime(String keyword) {
    return all(keyword).stream().filter(i -> i.stage() == lastStage()).toList();
  }

  public Instruction only(String keyword) {
    List<Instruction> found = runtime(keyword);
    if (found.size() != 1) {
      throw new AssertionError(found.size() + " " + keyword + " instructions in the runtime stage");
    }
    return found.get(0);
  }

  /** Every {@code ENV KEY=VALUE} of the runtime stage, quotes removed. */
  public Map<String, String> env() {
    Map<String, String> env = new java.util.LinkedHashMap<>();
    for (Instruction i : runtime("ENV")) {
      Matcher m = ENV_PAIR.matcher(i.arguments());
      while (m.find()) {
        env.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
      }
    }
    return env;
  }
}
