package eu.projectresolution.mobilisation.engine;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import java.util.List;
import java.util.Optional;

/**
 * The engine's answer to a command, one of three:
 *
 * <ul>
 *   <li>{@link Accepted}: recorded now, with the events it appended and the pathway after them;
 *   <li>{@link Refused}: not recorded, and why ({@link Refusal}); nothing was written;
 *   <li>{@link AlreadyRecorded}: a command id the store already holds, answered with the original
 *       result; nothing was written this time.
 * </ul>
 *
 * <pre>{@code
 * CommandResult result = engine.refer(tenant, refer);
 * if (result instanceof CommandResult.Refused refused) {
 *   show(refused.reason().message());
 * }
 * }</pre>
 *
 * <p>The accessors every kind answers ({@link #refusal()}, {@link #events()}, {@link #pathway()},
 * {@link #replayed()}) suit code that only needs one of them. In JSON the kind is the {@code
 * "outcome"} property: {@code accepted}, {@code refused} or {@code already_recorded}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "outcome")
@JsonSubTypes({
  @JsonSubTypes.Type(value = CommandResult.Accepted.class, name = "accepted"),
  @JsonSubTypes.Type(value = CommandResult.Refused.class, name = "refused"),
  @JsonSubTypes.Type(value = CommandResult.AlreadyRecorded.class, name = "already_recorded")
})
public sealed interface CommandResult
    permits CommandResult.Accepted, CommandResult.Refused, CommandResult.AlreadyRecorded {
  /**
   * The command's id, for pathway commands. Records outside pathways (a programme, an outreach event)
   * are identified, and made idempotent, by their own ids instead.
   */
  Optional<CommandId> commandId();

  /** Why the command was refused; empty when it was accepted or already recorded. */
  default Optional<Refusal> refusal() {
    return Optional.empty();
  }

  /** The events the command appended (empty for a refusal and for commands outside pathways). */
  default List<PathwayEvent> events() {
    return List.of();
  }

  /** The pathway after the command, for a pathway command accepted now or before. */
  default Optional<Pathway> pathway() {
    return Optional.empty();
  }

  /** Whether this answers a command id already recorded ({@link AlreadyRecorded}). */
  default boolean replayed() {
    return false;
  }

  /** Whether the command is recorded: accepted now, or already recorded. */
  default boolean accepted() {
    return !refused();
  }

  default boolean refused() {
    return refusal().isPresent();
  }

  /**
   * Recorded now. A pathway command's result has the events it appended and the pathway after them;
   * a programme-level record's (a programme, an outreach event) has neither.
   */
  record Accepted(Optional<CommandId> commandId, List<PathwayEvent> events, Optional<Pathway> pathway)
      implements CommandResult {
    public Accepted {
      requireNonNull(commandId, "commandId");
      events = List.copyOf(events);
      requireNonNull(pathway, "pathway");
    }
  }

  /** Not recorded, for the {@code reason} given; nothing was written. */
  record Refused(Optional<CommandId> commandId, Refusal reason) implements CommandResult {
    public Refused {
      requireNonNull(commandId, "commandId");
      requireNonNull(reason, "reason");
    }

    @Override
    public Optional<Refusal> refusal() {
      return Optional.of(reason);
    }
  }

  /**
   * A command the store already holds (a retry, a batch sent twice): the original events and the
   * pathway as they left it; nothing was written this time.
   */
  record AlreadyRecorded(Optional<CommandId> commandId, List<PathwayEvent> events, Optional<Pathway> pathway)
      implements CommandResult {
    public AlreadyRecorded {
      requireNonNull(commandId, "commandId");
      events = List.copyOf(events);
      requireNonNull(pathway, "pathway");
    }

    @Override
    public boolean replayed() {
      return true;
    }
  }

  static CommandResult refused(Optional<CommandId> commandId, Refusal refusal) {
    return new Refused(commandId, refusal);
  }

  static CommandResult accepted(CommandId commandId, List<PathwayEvent> events, Pathway pathway, boolean replayed) {
    return replayed
        ? new AlreadyRecorded(Optional.of(commandId), events, Optional.of(pathway))
        : new Accepted(Optional.of(commandId), events, Optional.of(pathway));
  }

  /** Accepted, for a command that records something outside a pathway (a programme, an event). */
  static CommandResult accepted(boolean replayed) {
    return replayed
        ? new AlreadyRecorded(Optional.empty(), List.of(), Optional.empty())
        : new Accepted(Optional.empty(), List.of(), Optional.empty());
  }
}
