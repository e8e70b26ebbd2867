package eu.projectresolution.mobilisation.benchmarks;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import eu.projectresolution.mobilisation.indicator.ReportResult;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long an indicator report over a whole programme takes, at 17,000, 100,000 and 1,000,000 people,
 * in memory, on an H2 file and on PostgreSQL (issue 12's benchmark 1; goals: 1 s on PostgreSQL and 0.5
 * s in memory at 1,000,000 people).
 *
 * <p>{@link #bareCountOfTheCells} is the baseline on a database: a plain {@code COUNT(*)} of the
 * programme's cells, in the same run.
 *
 * <p>The people are as varied as SIPA's ({@link BenchmarkProgrammes#variedPerson}). In memory every one
 * of them is recorded through the engine. On a database the first {@value #RECORDED} are, and the rest
 * are copies of their facts made inside the database with {@code INSERT ... SELECT} (new ids), as a
 * large programme would be loaded for a test: a report reads nothing but the facts, so the copies cost
 * it what real people would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class IndicatorReportBenchmark {
  /** The people recorded through the engine on a database; more are copies of their facts. */
  static final int RECORDED = 17_000;

  @Param({"in-memory", "h2-file", "postgresql"})
  public String store;

  @Param({"17000", "100000", "1000000"})
  public int people;

  private BenchmarkDatabase database;
  private MobilisationEngine engine;
  private TenantId tenant;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    tenant = TenantId.of("bench");
    MobilisationStorage storage;
    if (store.equals("in-memory")) {
      storage = InMemoryStorage.create();
    } else if (!store.equals("h2-file") && !store.equals("postgresql")) {
      throw new IllegalArgumentException("unknown store " + store + " (-p store): use in-memory, h2-file or postgresql");
    } else {
      database = BenchmarkDatabase.open(store);
      storage = database.storage();
    }
    engine = BenchmarkProgrammes.bulkEngine(storage, tenant);
    int recorded = database == null ? people : Math.min(people, RECORDED);
    record(recorded);
    if (database != null && people > recorded) {
      copyFacts(people - recorded);
    }
    // Once, outside the measurement: a report that found facts out of date would compute them first.
    report().orElseThrow();
  }

  private void record(int count) {
    Random random = new Random(1);
    List<PathwayCommand> batch = new ArrayList<>();
    for (int n = 0; n < count; n++) {
      batch.addAll(BenchmarkProgrammes.variedPerson(n, random));
      if (batch.size() >= 500) {
        BenchmarkProgrammes.recordAllAccepted(engine, tenant, batch);
        batch.clear();
      }
    }
    if (!batch.isEmpty()) {
      BenchmarkProgrammes.recordAllAccepted(engine, tenant, batch);
    }
  }

  /**
   * Adds {@code count} people, each a copy of a person's facts under a new id: in rounds that each copy
   * every person there is (the last one cut short), so that the table doubles each round and the copying
   * costs about what the final table holds.
   */
  private void copyFacts(int count) throws SQLException {
    boolean postgres = store.equals("postgresql");
    String newId = postgres ? "gen_random_uuid()" : "RANDOM_UUID()";
    String cells = database.table("fact_cells");
    try (Connection c = database.dataSource().getConnection()) {
      c.setAutoCommit(false);
      // One new id per copied person: cells of one person keep sharing their id.
      try (PreparedStatement copy = c.prepareStatement(
          "INSERT INTO " + cells + " (place_id, tally_id, start_from, start_to, end_from, end_to, cell,"
              + " beneficiary_id, tenant_id)"
              + " SELECT f.place_id, f.tally_id, f.start_from, f.start_to, f.end_from, f.end_to, f.cell, p.new_id,"
              + " f.tenant_id FROM " + cells + " f JOIN"
              + " (SELECT beneficiary_id, " + newId + " AS new_id FROM (SELECT DISTINCT beneficiary_id FROM " + cells
              + " WHERE tenant_id = ?) d ORDER BY beneficiary_id FETCH FIRST ? ROWS ONLY) p"
              + " ON f.beneficiary_id = p.beneficiary_id WHERE f.tenant_id = ?")) {
        int left = count;
        int there = RECORDED;
        while (left > 0) {
          int round = Math.min(left, there);
          copy.setString(1, tenant.value());
          copy.setInt(2, round);
          copy.setString(3, tenant.value());
          copy.executeUpdate();
          c.commit();
          left -= round;
          there += round;
        }
      }
      c.setAutoCommit(true);
    }
  }

  private ReportResult report() {
    return engine.indicatorReport(tenant, ReportScope.of(BenchmarkProgrammes.PROGRAMME));
  }

  @Benchmark
  public ReportResult reportOverTheWholeProgramme() {
    return report();
  }

  /**
   * The baseline on a database: counting the programme's cells with one plain statement, the least any
   * report over them must do. (In memory there is none: the benchmark then reports the time alone.)
   */
  @Benchmark
  public long bareCountOfTheCells() throws SQLException {
    if (database == null) {
      return 0;
    }
    try (Connection c = database.dataSource().getConnection();
        PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM " + database.table("fact_cells")
            + " WHERE place_id IN (SELECT place_id FROM " + database.table("fact_places")
            + " WHERE tenant_id = ? AND programme_id = ?)")) {
      count.setString(1, tenant.value());
      count.setString(2, BenchmarkProgrammes.PROGRAMME.value());
      try (java.sql.ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (database != null) {
      database.close();
    }
  }
}
