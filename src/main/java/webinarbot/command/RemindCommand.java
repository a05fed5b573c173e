package webinarbot.command;

/** {@code /webinars remind ID}: a direct message shortly before the talk starts. */
public final class RemindCommand implements ChatCommand {
  private static final CommandSpec SPEC =
      CommandSpec.of("remind", "message me shortly before it starts", OptionSpec.webinarId());

  private final PersonalReminders reminders;

  public RemindCommand(PersonalReminders reminders) {
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
        .map(id -> reminders.remind(caller, id))
        .orElseGet(
            () ->
                new Reply.Text(
                    "Remind you of which webinar? Give its id, as in `remind vpp_in_home_lab`."));
  }
}
