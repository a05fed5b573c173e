package webinarbot.review;

/** A review that cannot be made as asked: a ref that names no commit, a folder that is missing. */
public final class ReviewException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReviewException(String message) {
    super(message);
  }
}
