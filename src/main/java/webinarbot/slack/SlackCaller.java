package webinarbot.slack;

import webinarbot.command.Caller;

/** The Slack user who typed {@code /webinars}; the maintainer check runs only when asked. */
final class SlackCaller implements Caller {
  private final String userId;
  private final SlackMaintainers maintainers;
  private Boolean maintainer;

  SlackCaller(String userId, SlackMaintainers maintainers) {
    this.userId = userId;
    this.maintainers = maintainers;
  }

  @Override
  public String platform() {
    return SlackRenderer.PLATFORM;
  }

  @Override
  public String id() {
    return userId;
  }

  @Override
  public synchronized boolean isMaintainer() {
    if (maintainer == null) {
      maintainer = userId != null && maintainers.includes(userId);
    }
    return maintainer;
  }
}
