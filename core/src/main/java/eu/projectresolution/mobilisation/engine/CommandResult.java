package eu.projectresolution.mobilisation.engine;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The engine's answer to a command: accepted, with the events it appended and the pathway after them,
 * or refused, with the reason and nothing written.
 *
 * <pre>{@code
 * CommandResult result = engine.refer(tenant, refer);
 * if (result.refused()) {
 *   show(result.refusal().orElseThrow().message());
 * }
 * }</pre>
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCommandResult.class)
@JsonDeserialize(as = ImmutableCommandResult.class)
public interface CommandResult {
  /**
   * The command's id, for pathway commands. Records outside pathways (a programme, an outreach event)
   * are identified, and made idempotent, by their own ids instead.
   */
  Optional<CommandId> commandId();

  /** Why the command was refused; empty when it was accepted. */
  Optional<Refusal> refusal();

  /** The events the command appended (empty for a refusal and for commands outside pathways). */
  List<PathwayEvent> events();

  /** The pathway after the command, for an accepted pathway command. */
  Optional<Pathway> pathway();

  /**
   * Whether this answers a command id already recorded: the original result, with nothing written
   * this time.
   */
  @Value.Default
  default boolean replayed() {
    return false;
  }

  default boolean accepted() {
    return refusal().isEmpty();
  }

  default boolean refused() {
    return refusal().isPresent();
  }

  @Value.Check
  default void check() {
    checkArgument(
        refusal().isEmpty() || (events().isEmpty() && pathway().isEmpty()),
        "a refused command has no events and no pathway");
  }

  static CommandResult refused(Optional<CommandId> commandId, Refusal refusal) {
    return ImmutableCommandResult.builder().commandId(commandId).refusal(refusal).build();
  }

  static CommandResult accepted(CommandId commandId, List<PathwayEvent> events, Pathway pathway, boolean replayed) {
    return ImmutableCommandResult.builder()
        .commandId(commandId)
        .events(events)
        .pathway(pathway)
        .replayed(replayed)
        .build();
  }

  /** Accepted, for a command that records something outside a pathway (a programme, an event). */
  static CommandResult accepted(boolean replayed) {
    return ImmutableCommandResult.builder().replayed(replayed).build();
  }
}
