package eu.projectresolution.mobilisation.benchmarks;

import eu.projectresolution.mobilisation.port.MobilisationStorage;

/**
 * The store a benchmark's trial runs on, by kind: {@code in-memory}, {@code h2} (an in-memory H2
 * database, see {@link BenchmarkProgrammes#store}) or {@code postgresql} (a new schema of the server
 * {@link BenchmarkDatabase} names, dropped when the trial store is closed).
 */
final class TrialStore implements AutoCloseable {
  private final MobilisationStorage storage;
  /** The PostgreSQL schema, to drop at the end; null on the other stores. */
  private final BenchmarkDatabase database;

  private TrialStore(MobilisationStorage storage, BenchmarkDatabase database) {
    this.storage = storage;
    this.database = database;
  }

  static TrialStore open(String kind) {
    if (kind.equals("postgresql")) {
      BenchmarkDatabase database = BenchmarkDatabase.open("postgresql");
      return new TrialStore(database.storage(), database);
    }
    return new TrialStore(BenchmarkProgrammes.store(kind), null);
  }

  MobilisationStorage storage() {
    return storage;
  }

  @Override
  public void close() {
    if (database != null) {
      database.close();
    }
  }
}
