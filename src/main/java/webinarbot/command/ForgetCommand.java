package webinarbot.command;

/** {@code /webinars forget ID}: no personal reminder of that talk after all. */
public final class ForgetCommand implements ChatCommand {
  private static final CommandSpec SPEC =
      CommandSpec.of("forget", "cancel my reminder of a webinar", OptionSpec.webinarId());

  private final PersonalReminders reminders;

  public ForgetCommand(PersonalReminders reminders) {
    this.reminders = reminders;
  }

  @Override
  public CommandSpec spec() {
    return SPEC;
  }

  @Override
  public Reply run(Caller caller, Arguments arguments) {
    return arguments
        .get("id")
        .map(id -> reminders.forget(caller, id))
        .orElseGet(
            () ->
                new Reply.Text(
                    "Forget which reminder? Give the webinar's id; `mine` lists yours."));
  }
}
