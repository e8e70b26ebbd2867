package eu.projectresolution.mobilisation.benchmarks;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ingest through the engine against a raw JDBC batch insert of the same rows (issue 12, benchmark 2;
 * goal: the engine at 60 % of the raw insert's throughput or more), in people per second.
 *
 * <p>One operation is one person of {@link BenchmarkProgrammes#person}: captured, welcomed, oriented
 * and referred, four commands. Each invocation writes a batch of {@value #PEOPLE_PER_BATCH} new people
 * ({@value #COMMANDS_PER_BATCH} commands: "a few hundred", the size {@link
 * MobilisationEngine#recordAll} asks for) in one transaction:
 *
 * <ul>
 *   <li>{@link #engine}: {@code engine.recordAll(tenant, commands)} on a {@code JdbcStorage}, the engine
 *       set up for bulk recording as the SIPA replay sets it up (programme and pathway caches on). It
 *       decides every command, serialises the events and the summaries to JSON and writes the events,
 *       the command ids and the projections in one transaction.
 *   <li>{@link #rawJdbcInsert}: the rows that transaction writes ({@link RawRows}: the same {@code
 *       pathway_commands}, {@code pathway_events} with the same JSON bodies, {@code beneficiaries},
 *       {@code fact_cells} and new {@code fact_tallies} rows), built before the invocation
 *       and inserted with plain JDBC batches, one per table, in one transaction.
 * </ul>
 *
 * <p>Why the baseline is fair: it is the least any store must do to keep the same records durably in
 * the same tables, through the same pool, with the same indexes and the same one commit per batch, so
 * the ratio is the share of the time the database work would take without the engine's own work
 * (deciding, folding, JSON, the store's reads and its statement-per-person projections). The commands
 * (engine side) and the rows (baseline side) are built in a per-invocation set-up, outside the
 * measured time: building the commands is the host's work, and building the rows stands for that of a
 * hand-written importer that already has them. Each trial starts on new, empty tables, and each side
 * runs in its own trial, so each sees tables growing only with its own rows.
 *
 * <p>Databases ({@link BenchmarkDatabase}): {@code h2-file} (an H2 file with {@code ;WRITE_DELAY=0},
 * the durable set-up the project requires, in a temporary directory) and {@code postgresql} (a new
 * schema on the server of {@code MOBILISATION_BENCH_JDBC_URL}, by default {@code 127.0.0.1:5432/test});
 * {@code -p database=h2-memory} runs it on an in-memory H2 database too. {@link BenchmarkReport} runs
 * both sides and prints their ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@OperationsPerInvocation(IngestBenchmark.PEOPLE_PER_BATCH)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class IngestBenchmark {
  static final int PEOPLE_PER_BATCH = 100;
  static final int COMMANDS_PER_BATCH = PEOPLE_PER_BATCH * BenchmarkProgrammes.COMMANDS_PER_PERSON;

  @Param({"h2-file", "postgresql"})
  public String database;

  private final TenantId tenant = TenantId.of("bench");
  private BenchmarkDatabase db;
  private MobilisationEngine engine;

  /** The tallies and places the raw inserts have stored so far: each is inserted once, as the store does. */
  final RawRows.Stored rawStored = new RawRows.Stored();

  @Setup(Level.Trial)
  public void openDatabase() {
    db = BenchmarkDatabase.open(database);
    engine = BenchmarkProgrammes.bulkEngine(db.storage(), tenant);
  }

  @TearDown(Level.Trial)
  public void closeDatabase() {
    db.close();
  }

  /** The engine side's next batch: the commands of {@value #PEOPLE_PER_BATCH} new people. */
  @State(Scope.Thread)
  public static class Commands {
    List<PathwayCommand> batch;

    @Setup(Level.Invocation)
    public void nextBatch() {
      batch = BenchmarkProgrammes.people(PEOPLE_PER_BATCH);
    }
  }

  /** The baseline's next batch: the rows the store writes for {@value #PEOPLE_PER_BATCH} new people. */
  @State(Scope.Thread)
  public static class Rows {
    RawRows batch;

    @Setup(Level.Invocation)
    public void nextBatch(IngestBenchmark benchmark) {
      batch = RawRows.of(benchmark.db, benchmark.tenant, BenchmarkProgrammes.people(PEOPLE_PER_BATCH),
          benchmark.rawStored);
    }
  }

  @Benchmark
  public List<CommandResult> engine(Commands commands) {
    return BenchmarkProgrammes.recordAllAccepted(engine, tenant, commands.batch);
  }

  @Benchmark
  public int[][] rawJdbcInsert(Rows rows) throws SQLException {
    return rows.batch.insert(db.dataSource());
  }
}
