package webinarbot.storage;

/** The database refused the user name or password: a configuration error, not an outage. */
public final class StorageCredentialsException extends StorageException {
  private static final long serialVersionUID = 1L;

  public StorageCredentialsException(String message, Throwable cause) {
    super(message, cause);
  }
}
