package webinarbot.command;

/**
 * {@code /webinars forget-me}: deletes every reminder the caller asked for, which is all the bot
 * keeps about them.
 */
public final class ForgetMeCommand implements ChatCommand {
  private static final CommandSpec SPEC =
      CommandSpec.of("forget-me", "delete all my reminders and what the bot keeps about me");

  private final PersonalReminders reminders;

  public ForgetMeCommand(PersonalReminders reminders) {
    this.reminders = reminders;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Caller caller, Arguments arguments) {
    int n = reminders.forgetMe(caller);
    return new Reply.Text(
        n == 0
            ? "The bot kept nothing about you: you had no reminders."
            : "Done: deleted your "
                + n
                + (n == 1 ? " reminder" : " reminders")
                + ". The bot keeps nothing else about you.");
  }
}
