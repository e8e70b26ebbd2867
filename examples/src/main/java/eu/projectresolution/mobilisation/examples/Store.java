package eu.projectresolution.mobilisation.examples;

import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.port.MobilisationStorage;

/**
 * Where a command keeps the records it writes, and how to describe it to the user. Closing it releases
 * whatever it holds (a database connection pool).
 */
final class Store implements AutoCloseable {
  private final MobilisationStorage storage;
  private final String description;
  private final AutoCloseable resources;

  private Store(MobilisationStorage storage, String description, AutoCloseable resources) {
    this.storage = storage;
    this.description = description;
    this.resources = resources;
  }

  /** A store in memory, gone when the program ends. */
  static Store inMemory() {
    return new Store(InMemoryStorage.create(), "in memory (nothing is kept after the run)", () -> {});
  }

  MobilisationStorage storage() {
    return storage;
  }

  String description() {
    return description;
  }

  @Override
  public void close() {
    try {
      resources.close();
    } catch (Exception e) {
      throw new CommandFailure("Could not close the store " + description + ": " + e.getMessage(), e);
    }
  }
}
