package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The bot's page URLs on each of the {@link PermalinkSites} are what Hugo 0.111.3 printed for them,
 * kept in {@code src/test/resources/permalinks/}. It runs without the hugo binary, quickly enough
 * for every mutant PIT makes; {@link HugoPermalinkDifferentialTest} keeps the files honest.
 */
class HugoPermalinkRecordedTest {
  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(PermalinkSites.class)
  void givenASite_whenTheBotLoadsIt_thenEveryPageUrlIsTheOneHugoPrinted(PermalinkSites site)
      throws IOException {
    Path s = temp.resolve(site.name());
    site.write(s);

    assertThat(PermalinkSites.botUrls(s)).isEqualTo(recorded(site));
  }

  private static Map<String, String> recorded(PermalinkSites site) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (InputStream in = HugoPermalinkRecordedTest.class.getResourceAsStream(site.resource())) {
      assertThat(in).as(site.resource()).isNotNull();
      new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.startsWith("#") && !l.isBlank())
          .forEach(
              l -> {
                String[] cells = l.split("\t", 2);
                out.put(cells[0], cells[1]);
              });
    }
    return out;
  }
}
