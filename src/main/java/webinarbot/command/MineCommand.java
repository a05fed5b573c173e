package webinarbot.command;

/** {@code /webinars mine}: the talks I asked to be reminded of. */
public final class MineCommand implements ChatCommand {
  private static final CommandSpec SPEC = CommandSpec.of("mine", "my reminders");

  private final PersonalReminders reminders;

  public MineCommand(PersonalReminders reminders) {
    this.reminders = reminders;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Caller caller, Arguments arguments) {
    return new Reply.Webinars(
        "Your reminders",
        reminders.mine(caller),
        "You have no reminders. Click \"Remind me\" on an announcement, or use `remind ID`.");
  }
}
