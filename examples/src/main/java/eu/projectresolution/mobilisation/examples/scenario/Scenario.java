package eu.projectresolution.mobilisation.examples.scenario;

/**
 * A runnable example: it records a story through the engine's public commands, then shows what the
 * engine makes of the stored records.
 */
public interface Scenario {
  /** The name given on the command line, e.g. {@code sipa-montbeliard}. */
  String name();

  /** One line saying what the scenario replays. */
  String summary();

  /** The tenant (partner organisation) whose records the scenario writes, and only those. */
  String tenant();

  /**
   * The database schema that holds the scenario's records, apart from every other scenario's, so that
   * running it again replaces them.
   */
  default String schema() {
    return name().replace('-', '_');
  }

  /** Whether the scenario records anything (an assessment that only reads shipped rules does not). */
  default boolean keepsRecords() {
    return true;
  }

  /** Records the story, then prints what the engine computes from it. */
  void run(ScenarioContext context);
}
