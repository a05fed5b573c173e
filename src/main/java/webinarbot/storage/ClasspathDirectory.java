package webinarbot.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Lists the file names in a class path directory, whether it is a folder (tests, IDE) or inside the
 * runnable jar, across every class path entry that has it.
 */
final class ClasspathDirectory {
  private ClasspathDirectory() {}

  static List<String> fileNames(String directory) {
    List<String> names = new ArrayList<>();
    try {
      Enumeration<URL> urls = ClasspathDirectory.class.getClassLoader().getResources(directory);
      while (urls.hasMoreElements()) {
        names.addAll(list(urls.nextElement().toURI()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }

  private static List<String> list(URI uri) throws IOException {
    if ("jar".equals(uri.getScheme())) {
      FileSystem fs;
      try {
        fs = FileSystems.newFileSystem(uri, Map.of());
      } catch (FileSystemAlreadyExistsException e) {
        fs = FileSystems.getFileSystem(uri);
      }
      return names(fs.provider().getPath(uri));
    }
    return names(Path.of(uri));
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
