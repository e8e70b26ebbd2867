package eu.projectresolution.mobilisation.examples.scenario;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.examples.Progress;
import eu.projectresolution.mobilisation.examples.text.Words;
import java.io.PrintWriter;

/**
 * What a scenario runs with: the engine (and through it the store), the tenant it writes for, the seed
 * of its random decisions, its scale (1 = the size of the real programme), how many people's records
 * it may replay at once (threads), where to print, how to show progress, and where the records are
 * kept, in words, and the language to print in.
 */
public record ScenarioContext(
    MobilisationEngine engine,
    TenantId tenant,
    long seed,
    double scale,
    int threads,
    PrintWriter out,
    Progress.Factory progress,
    String storeDescription,
    Words words) {
  /** The smallest and largest scales the scenarios accept. */
  public static final double MIN_SCALE = 0.001;

  public static final double MAX_SCALE = 60;

  public ScenarioContext {
    requireNonNull(engine, "engine");
    requireNonNull(tenant, "tenant");
    requireNonNull(out, "out");
    requireNonNull(progress, "progress");
    requireNonNull(storeDescription, "storeDescription");
    requireNonNull(words, "words");
    checkArgument(
        scale >= MIN_SCALE && scale <= MAX_SCALE,
        "scale %s is out of range: give a number from %s to %s (1 = the real programme)",
        scale,
        MIN_SCALE,
        MAX_SCALE);
    checkArgument(threads >= 1, "threads must be at least 1 (was %s)", threads);
  }

  /** A context that prints in English. */
  public ScenarioContext(
      MobilisationEngine engine, TenantId tenant, long seed, double scale, int threads, PrintWriter out,
      Progress.Factory progress, String storeDescription) {
    this(engine, tenant, seed, scale, threads, out, progress, storeDescription, Words.ENGLISH);
  }
}
