/**
 * Thread-safe in-memory adapters of every storage port, for tests, demonstrations and hosts that keep
 * nothing: {@link eu.projectresolution.mobilisation.inmemory.InMemoryStorage#create()}. They pass the
 * same contract suites as the database adapters.
 */
package eu.projectresolution.mobilisation.inmemory;
