package webinarbot.testing;

/**
 * The seed of every jqwik property: CI and every developer try the same cases, so a property fails
 * on the commit that broke it, not on a later unlucky run. jqwik prints the seed and the shrunk
 * sample of a failure; to explore new cases locally, change the seed and run the properties.
 */
public final class FixedSeed {
  public static final String SEED = "20261201";

  private FixedSeed() {}
}
