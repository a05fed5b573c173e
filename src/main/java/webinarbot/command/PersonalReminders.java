package webinarbot.command;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import webinarbot.delivery.Subscriber;
import webinarbot.delivery.Subscriptions;
import webinarbot.domain.Catalogue;
import webinarbot.domain.Webinar;

/**
 * The "Remind me" use case, shared by the {@code remind}, {@code mine}, {@code forget} and {@code
 * forget-me} commands and by the buttons on posts, so a click and a command answer alike.
 */
public final class PersonalReminders {
  private final Supplier<Catalogue> catalogue;
  private final Subscriptions subscriptions;
  private final Duration lead;
  private final Clock clock;

  /**
   * @param lead {@code schedule.personal_reminder}: how long before the start the message goes
   */
  public PersonalReminders(
      Supplier<Catalogue> catalogue, Subscriptions subscriptions, Duration lead, Clock clock) {
    this.catalogue = catalogue;
    this.subscriptions = subscriptions;
    this.lead = lead;
    this.clock = clock;
  }

  public Duration lead() {
    return lead;
  }

  public Subscriptions subscriptions() {
    return subscriptions;
  }

  /** Subscribes the caller to the talk; a talk that is over, cancelled or unknown is refused. */
  public Reply remind(Caller caller, String webinarId) {
    Catalogue c = catalogue.get();
    // A series is asked about as its occurrence to come: the reminder goes before each one.
    Optional<Webinar> w = c.find(webinarId).map(x -> x.current(clock.instant()));
    if (w.isEmpty()) {
      return IdSuggestions.unknown(c, webinarId);
    }
    Optional<Reply> refusal = refusal(w.get());
    if (refusal.isPresent()) {
      return refusal.get();
    }
    boolean added = subscriptions.subscribe(subscriber(caller), webinarId);
    return new Reply.Reminder(
        w.get(),
        lead,
        added ? Reply.ReminderState.SUBSCRIBED : Reply.ReminderState.ALREADY_SUBSCRIBED);
  }

  /** Takes the caller off the talk's list. */
  public Reply forget(Caller caller, String webinarId) {
    Catalogue c = catalogue.get();
    boolean removed = subscriptions.unsubscribe(subscriber(caller), webinarId);
    Optional<Webinar> w = c.find(webinarId).map(x -> x.current(clock.instant()));
    if (w.isEmpty()) {
      return removed
          ? new Reply.Text("Done: no reminder of `" + webinarId + "` any more.")
          : IdSuggestions.unknown(c, webinarId);
    }
    return new Reply.Reminder(
        w.get(),
        lead,
        removed ? Reply.ReminderState.UNSUBSCRIBED : Reply.ReminderState.NOT_SUBSCRIBED);
  }

  /** A click on "Remind me": subscribes, or, for someone on the list already, unsubscribes. */
  public Reply toggle(Caller caller, String webinarId) {
    return subscriptions.isSubscribed(subscriber(caller), webinarId)
        ? forget(caller, webinarId)
        : remind(caller, webinarId);
  }

  /** The talks the caller asked to be reminded of that are still to come, soonest first. */
  public List<Webinar> mine(Caller caller) {
    Catalogue c = catalogue.get();
    return subscriptions.of(subscriber(caller)).stream()
        .flatMap(id -> c.find(id).stream())
        .map(w -> w.current(clock.instant()))
        .filter(w -> !w.time().hasStarted(clock.instant()))
        .sorted(java.util.Comparator.comparing(w -> w.time().startInstant()))
        .toList();
  }

  /** Deletes everything the caller asked for; returns how many reminders went. */
  public int forgetMe(Caller caller) {
    return subscriptions.forget(subscriber(caller));
  }

  private Optional<Reply> refusal(Webinar w) {
    if (w.cancelled()) {
      return Optional.of(new Reply.Text("*" + w.title() + "* is cancelled; nothing to remind."));
    }
    if (w.time().hasStarted(clock.instant())) {
      return Optional.of(
          new Reply.Text("*" + w.title() + "* has started already; no reminder needed."));
    }
    return Optional.empty();
  }

  private static Subscriber subscriber(Caller caller) {
    return new Subscriber(caller.platform(), caller.id());
  }
}
