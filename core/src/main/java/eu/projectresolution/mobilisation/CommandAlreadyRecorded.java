package eu.projectresolution.mobilisation;

import static java.util.Objects.requireNonNull;

/**
 * Thrown by a storage port when asked to record a command whose id is already recorded for the tenant.
 * The engine catches it and answers with the original result; hosts only see it when they write to a
 * port directly.
 */
public final class CommandAlreadyRecorded extends MobilisationException {
  private static final long serialVersionUID = 1L;

  private final transient CommandId commandId;

  public CommandAlreadyRecorded(CommandId commandId) {
    super("Command " + requireNonNull(commandId, "commandId") + " is already recorded; nothing was written");
    this.commandId = commandId;
  }

  public CommandId commandId() {
    return commandId;
  }
}
