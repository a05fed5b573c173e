package webinarbot.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import webinarbot.testing.HugoBinary;

/**
 * Every page URL the bot builds is the permalink the real {@code hugo} (Debian's 0.111) gives the
 * same page, on each of the {@link PermalinkSites}, held to {@code hugo list all}. Without the hugo
 * binary these tests fail, naming the package to install.
 *
 * <p>With {@code -Dwebinarbot.permalinks.record=DIR} each site's Hugo permalinks are also written
 * to {@code DIR}, for {@link HugoPermalinkRecordedTest}.
 */
class HugoPermalinkDifferentialTest {
  @TempDir Path temp;

  @ParameterizedTest
  @EnumSource(PermalinkSites.class)
  void givenASite_whenTheBotLoadsIt_thenEveryPageUrlIsTheOneHugoBuilds(PermalinkSites site)
      throws IOException {
    Path s = temp.resolve(site.name());
    site.write(s);

    Map<String, String> hugo = PermalinkSites.hugoUrls(s);

    assertThat(PermalinkSites.botUrls(s))
        .as("page URLs against hugo list all (%s)", HugoBinary.version())
        .isEqualTo(hugo);
    String record = System.getProperty("webinarbot.permalinks.record");
    if (record != null) {
      StringBuilder b = new StringBuilder("# hugo list all, " + HugoBinary.version() + "\n");
      hugo.forEach((page, url) -> b.append(page).append('\t').append(url).append('\n'));
      Path out = Path.of(record, site.resource());
      Files.createDirectories(out.getParent());
      Files.writeString(out, b, StandardCharsets.UTF_8);
    }
  }
}
