package webinarbot.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that can fill up, under a real H2 file database: H2's own file system layer with every
 * write failing as a full disk fails ({@code No space left on device}) while {@link #fill} is in
 * force. H2 then does what it does on a real full disk (fails the commit and closes the database),
 * without a small tmpfs to mount, so any user can run it. Use {@link #url} as {@code
 * storage.jdbc_url}; the bot adds its own settings as to any H2 file URL.
 */
public final class FullDisk extends FilePathWrapper {
  private static final String SCHEME = "fulldisk";
  private static final AtomicBoolean FULL = new AtomicBoolean();
  private static final AtomicBoolean INSTALLED = new AtomicBoolean();

  /** H2 makes one per path, by reflection. */
  public FullDisk() {}

  /** An H2 URL for a database file at {@code base} (without {@code .mv.db}) on this disk. */
  public static String url(Path base) {
    if (!INSTALLED.getAndSet(true)) {
      FilePath.register(new FullDisk());
    }
    return "jdbc:h2:" + SCHEME + ":" + base.toAbsolutePath();
  }

  /** From now on every write fails. */
  public static void fill() {
    FULL.set(true);
  }

  /** Space again. */
  public static void free() {
    FULL.set(false);
  }

  static void check() throws IOException {
    if (FULL.get()) {
      throw new IOException("No space left on device");
    }
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  /**
   * H2's trace file is spared: on a real full disk it fails too, and H2 reports that on standard
   * error, which would only add noise to what the tests assert.
   */
  private boolean isTrace() {
    return name.endsWith(".trace.db");
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    FileChannel base = getBase().open(mode);
    return isTrace() ? base : new Channel(base);
  }

  @Override
  public OutputStream newOutputStream(boolean append) throws IOException {
    if (isTrace()) {
      return getBase().newOutputStream(append);
    }
    check();
    OutputStream base = getBase().newOutputStream(append);
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        check();
        base.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        check();
        base.write(b, off, len);
      }

      @Override
      public void flush() throws IOException {
        base.flush();
      }

      @Override
      public void close() throws IOException {
        base.close();
      }
    };
  }

  /** A file on the disk: reads always work, writes only while there is space. */
  private static final class Channel extends FileBase {
    private final FileChannel base;

    Channel(FileChannel base) {
      this.base = base;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return base.read(dst);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      return base.read(dst, position);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      check();
      return base.write(src);
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      check();
      return base.write(src, position);
    }

    @Override
    public long position() throws IOException {
      return base.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      base.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return base.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      base.truncate(size);
      return this;
    }

    @Override
    public void force(boolean metaData) throws IOException {
      base.force(metaData);
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      base.close();
    }
  }
}
