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

  /** Records the story, then prints what the engine computes from it. */
  void run(ScenarioContext context);
}
