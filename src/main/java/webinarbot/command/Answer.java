package webinarbot.command;

/**
 * A reply and who sees it: the channel only when the command declares {@link
 * CommandSpec.Visibility#CHANNEL} and the reply is not a refusal or a mistake.
 */
public record Answer(Reply reply, boolean inChannel) {
  static Answer of(CommandSpec spec, Reply reply) {
    return new Answer(
        reply, spec.visibility() == CommandSpec.Visibility.CHANNEL && !reply.callerOnly());
  }

  static Answer toCaller(Reply reply) {
    return new Answer(reply, false);
  }
}
