package webinarbot.storage;

/** The database cannot be used; the message is meant for the operator. */
public class StorageException extends Exception {
  private static final long serialVersionUID = 1L;

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
