package eu.projectresolution.mobilisation.examples.pages;

import eu.projectresolution.mobilisation.examples.scenario.Scenario;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import java.util.Optional;

/**
 * Where the pages keep a scenario's records: the same store as the command line's {@code run}, in the
 * scenario's own schema, so that a run from the page and a run from the command line replace each other
 * and {@code report} reads either.
 */
public interface ScenarioStores {
  /** A store for a new run of {@code scenario}, its earlier records dropped. */
  Opened replace(Scenario scenario);

  /** The records an earlier run of {@code scenario} left, if the store holds any. */
  Optional<Opened> existing(Scenario scenario);

  /** An open store: the engine's storage, how to name it to the user, and how to release it. */
  record Opened(MobilisationStorage storage, String description, AutoCloseable resources) implements AutoCloseable {
    @Override
    public void close() {
      try {
        resources.close();
      } catch (Exception e) {
        throw new IllegalStateException("Could not close the store " + description + ": " + e.getMessage(), e);
      }
    }
  }
}
