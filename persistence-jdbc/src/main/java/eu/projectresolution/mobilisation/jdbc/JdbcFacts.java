package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import eu.projectresolution.mobilisation.StorageFailure;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.port.FactCell;
import eu.projectresolution.mobilisation.port.PersonFacts;
import eu.projectresolution.mobilisation.port.Tally;
import eu.projectresolution.mobilisation.port.TallyCount;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The people's {@link PersonFacts}, in table {@code fact_cells} (one row per cell, migration V5), each
 * cell's tally in {@code fact_tallies} (each distinct tally once, under a 64-bit id): written by the
 * appends in their transaction, replaced by a rebuild, counted by tally id for a report.
 */
final class JdbcFacts {
  /** How an open bound of a cell is stored: the covering test is then four plain comparisons. */
  static final LocalDate OPEN_START = LocalDate.of(1, 1, 1);

  static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

  private final Database db;

  private final FactTableUpkeep upkeep;

  JdbcFacts(Database db) {
    this.db = db;
    this.upkeep = new FactTableUpkeep(db);
  }

  /**
   * Writes, in the transaction of {@code writes}, the facts of the people an append batch leaves: {@code
   * facts} replace the cells of those already stored (deleted at once) and are inserted with the
   * batch's other rows; the people in {@code outOfDate} keep their cells, marked out of date.
   *
   * @param stored the people of {@code facts} who had cells before the batch
   */
  void write(
      AppendWrites writes, TenantId tenant, Collection<PersonFacts> facts, Collection<BeneficiaryId> stored,
      Collection<BeneficiaryId> outOfDate) throws SQLException {
    Map<Long, String[]> needed = new HashMap<>();
    for (PersonFacts person : facts) {
      for (FactCell cell : person.cells()) {
        needed.computeIfAbsent(idOf(person.basis(), cell.tally()), id -> new String[] {person.basis(), cell.tally().text()});
      }
    }
    storeTallies(writes, needed);
    writes.now(
        "DELETE FROM " + db.table("fact_cells") + " WHERE tenant_id = ? AND beneficiary_id = ?",
        stored.stream().<AppendWrites.Row>map(beneficiary -> delete -> {
          delete.setString(1, tenant.value());
          delete.setObject(2, beneficiary.value());
        }).toList(),
        null);
    writes.now(
        "UPDATE " + db.table("fact_cells") + " SET tally_id = ? WHERE tenant_id = ? AND beneficiary_id = ?",
        outOfDate.stream().<AppendWrites.Row>map(beneficiary -> mark -> {
          mark.setLong(1, OUT_OF_DATE_TALLY);
          mark.setString(2, tenant.value());
          mark.setObject(3, beneficiary.value());
        }).toList(),
        null);
    for (PersonFacts person : facts) {
      insert(writes, tenant, person);
    }
  }

  private void insert(AppendWrites writes, TenantId tenant, PersonFacts facts) throws SQLException {
    String sql = "INSERT INTO " + db.table("fact_cells") + " (tenant_id, beneficiary_id, cell, programme_id,"
        + " start_from, start_to, end_from, end_to, site_id, channel, tally_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    for (int i = 0; i < facts.cells().size(); i++) {
      FactCell cell = facts.cells().get(i);
      int number = i;
      writes.add(sql, insert -> {
        insert.setString(1, tenant.value());
        insert.setObject(2, facts.beneficiaryId().value());
        insert.setInt(3, number);
        insert.setString(4, facts.programmeId().value());
        insert.setObject(5, cell.startFrom().orElse(OPEN_START));
        insert.setObject(6, cell.startTo().orElse(OPEN_END));
        insert.setObject(7, cell.endFrom().isBefore(OPEN_START) ? OPEN_START : cell.endFrom());
        insert.setObject(8, cell.endTo().orElse(OPEN_END));
        insert.setString(9, cell.site().map(SiteId::value).orElse(null));
        insert.setString(10, cell.channel().name());
        insert.setLong(11, idOf(facts.basis(), cell.tally()));
      });
    }
  }

  /** The id of the tally of facts out of date (migration V5 stores it). */
  static final long OUT_OF_DATE_TALLY = 0;

  /**
   * A tally's id: 64 bits of a hash of its basis and text, never {@link #OUT_OF_DATE_TALLY} but for the
   * facts out of date. The same in every JVM, so that writers agree without asking the database.
   */
  static long tallyId(String basis, Tally tally) {
    if (basis.equals(PersonFacts.OUT_OF_DATE)) {
      return OUT_OF_DATE_TALLY;
    }
    long id = tally.idUnder(basis);
    return id == OUT_OF_DATE_TALLY ? 1 : id;
  }

  /**
   * {@link #tallyId}, each distinct tally's computed once: a hash of its text, asked for every cell
   * written, while most cells share one of a few thousand tallies.
   */
  private long idOf(String basis, Tally tally) {
    TallyUnder key = new TallyUnder(basis, tally);
    Long known = ids.get(key);
    if (known != null) {
      return known;
    }
    long id = tallyId(basis, tally);
    if (ids.size() >= KEPT_IDS) {
      ids.clear(); // a bound on the memory kept
    }
    ids.put(key, id);
    return id;
  }

  private record TallyUnder(String basis, Tally tally) {}

  private final ConcurrentMap<TallyUnder, Long> ids = new ConcurrentHashMap<>();

  /** How many tally ids {@link #idOf} keeps at most. */
  private static final int KEPT_IDS = 1 << 16;

  /**
   * Tallies known to be stored (read back from the table, or inserted by a transaction that committed),
   * by id: most appends need no lookup.
   */
  private final Cache<Long, String> storedTallies = CacheBuilder.newBuilder().maximumSize(100_000).build();

  /**
   * Makes sure that {@code fact_tallies} holds every tally of {@code needed} (id to basis and text):
   * those not known to be stored are looked up, and the missing ones go with the batch's inserts. A
   * concurrent writer inserting the same new tally makes the transaction run again, and then find it.
   *
   * @throws StorageFailure if a stored tally has the id of another one (a hash collision: no data is
   *     written, and the message says so)
   */
  private void storeTallies(AppendWrites writes, Map<Long, String[]> needed) throws SQLException {
    List<Long> unknown = new ArrayList<>();
    for (Map.Entry<Long, String[]> tally : needed.entrySet()) {
      String known = storedTallies.getIfPresent(tally.getKey());
      if (known == null) {
        unknown.add(tally.getKey());
      } else {
        checkSame(tally.getKey(), known, tally.getValue());
      }
    }
    for (int from = 0; from < unknown.size(); from += TALLIES_PER_QUERY) {
      List<Long> some = unknown.subList(from, Math.min(unknown.size(), from + TALLIES_PER_QUERY));
      Map<Long, String> found = new HashMap<>();
      try (PreparedStatement select = writes.connection().prepareStatement(
          "SELECT tally_id, basis, tally FROM " + db.table("fact_tallies") + " WHERE tally_id IN ("
              + String.join(", ", Collections.nCopies(some.size(), "?")) + ")")) {
        for (int i = 0; i < some.size(); i++) {
          select.setLong(i + 1, some.get(i));
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            found.put(rows.getLong(1), rows.getString(2) + "\n" + rows.getString(3));
          }
        }
      }
      for (Long id : some) {
        String[] tally = needed.get(id);
        String stored = found.get(id);
        if (stored != null) {
          checkSame(id, stored, tally);
          storedTallies.put(id, stored);
        } else {
          writes.add("INSERT INTO " + db.table("fact_tallies") + " (tally_id, basis, tally) VALUES (?, ?, ?)", insert -> {
            insert.setLong(1, id);
            insert.setString(2, tally[0]);
            insert.setString(3, tally[1]);
          });
          // Known to be stored once committed, not before: a rollback would leave it missing.
          db.afterCommit(() -> storedTallies.put(id, tally[0] + "\n" + tally[1]));
        }
      }
    }
  }

  /** Tallies one lookup asks for: within any driver's parameter limit. */
  private static final int TALLIES_PER_QUERY = 500;

  private void checkSame(long id, String stored, String[] tally) {
    if (!stored.equals(tally[0] + "\n" + tally[1])) {
      throw new StorageFailure("Tally " + tally[1] + " (basis " + tally[0] + ") has the id " + id + " of the stored tally "
          + stored.replace('\n', ' ') + " in " + db.table("fact_tallies") + ": a 64-bit hash collision, which"
          + " should never happen; nothing was written. Report it to the engine's maintainers");
    }
  }

  /**
   * Replaces a person's cells if their stream is still at the facts' version. The version check takes
   * the lock of the person's row of {@code beneficiaries}, as an append does: an append and a rebuild
   * of one person queue up there, and the rebuild's cells never replace newer ones.
   */
  boolean replace(TenantId tenant, PersonFacts facts) {
    requireNonNull(facts, "facts");
    return replaceAll(tenant, List.of(facts)) == 1;
  }

  /**
   * Replaces the facts of those of {@code facts}' people whose stream is still at the version their
   * facts were computed from, in one transaction: their summary rows are locked at that version (one
   * JDBC batch), then their cells replaced. Returns how many were.
   */
  int replaceAll(TenantId tenant, List<PersonFacts> facts) {
    requireNonNull(tenant, "tenant");
    requireNonNull(facts, "facts");
    if (facts.isEmpty()) {
      return 0;
    }
    return db.write(
        () -> facts.size() == 1
            ? "replace the facts of beneficiary " + facts.get(0).beneficiaryId() + " of tenant " + tenant
            : "replace the facts of " + facts.size() + " people of tenant " + tenant,
        c -> {
          List<PersonFacts> current = new ArrayList<>(facts.size());
          try (PreparedStatement lock =
              c.prepareStatement("UPDATE " + db.table("beneficiaries") + " SET version = version"
                  + " WHERE tenant_id = ? AND beneficiary_id = ? AND version = ?")) {
            for (PersonFacts person : facts) {
              lock.setString(1, tenant.value());
              lock.setObject(2, person.beneficiaryId().value());
              lock.setLong(3, person.throughVersion());
              lock.addBatch();
            }
            int[] locked = lock.executeBatch();
            for (int i = 0; i < facts.size(); i++) {
              if (locked[i] == Statement.SUCCESS_NO_INFO) {
                throw new IllegalStateException("The JDBC driver did not say which summaries it updated (SUCCESS_NO_INFO):"
                    + " the store needs a driver that reports the update count of each statement of a batch");
              }
              if (locked[i] == 1) {
                current.add(facts.get(i));
              }
            }
          }
          if (!current.isEmpty()) {
            try (AppendWrites writes = new AppendWrites(c)) {
              write(writes, tenant, current, current.stream().map(PersonFacts::beneficiaryId).toList(), List.of());
              writes.send();
            }
          }
          return current.size();
        });
  }

  /**
   * The cells covering {@code period}, counted by basis and tally, in one aggregation. Cells out of
   * date are counted whatever the site and channel asked for: their site and channel may be wrong, and
   * a report must meet them rather than leave their people out.
   */
  List<TallyCount> tallies(
      TenantId tenant, ProgrammeId programme, Period period, Optional<SiteId> site, Optional<CaptureChannel> channel) {
    requireNonNull(tenant, "tenant");
    requireNonNull(programme, "programme");
    requireNonNull(period, "period");
    requireNonNull(site, "site");
    requireNonNull(channel, "channel");
    // Counted by tally id over the narrow cells, then each distinct tally read once.
    StringBuilder counted = new StringBuilder("SELECT tally_id, COUNT(*) AS people FROM " + db.table("fact_cells")
        + "%s WHERE tenant_id = ? AND programme_id = ? AND start_from <= ? AND start_to >= ? AND end_from <= ?"
        + " AND end_to >= ?");
    if (site.isPresent()) {
      counted.append(" AND (site_id = ? OR tally_id = ?)");
    }
    if (channel.isPresent()) {
      counted.append(" AND (channel = ? OR tally_id = ?)");
    }
    counted.append(" GROUP BY tally_id");
    String sql = "SELECT t.basis, t.tally, c.people FROM (" + counted + ") c JOIN " + db.table("fact_tallies")
        + " t ON t.tally_id = c.tally_id";
    return db.read(
        () -> "add up the facts of programme " + programme + " of tenant " + tenant + " for " + period.start() + " to "
            + period.end(),
        c -> {
          // H2 reads the programme's cells through its index one row lookup at a time: a scan of the
          // table is ten to twenty times faster (measured on the SIPA replay's cells), and an embedded
          // database rarely holds more than one partner's programmes. PostgreSQL chooses for itself.
          String scanned = String.format(sql, db.isPostgres(c) ? "" : " USE INDEX ()");
          try (PreparedStatement select = c.prepareStatement(scanned)) {
            int p = 0;
            select.setString(++p, tenant.value());
            select.setString(++p, programme.value());
            select.setObject(++p, period.start());
            select.setObject(++p, period.start());
            select.setObject(++p, period.end());
            select.setObject(++p, period.end());
            if (site.isPresent()) {
              select.setString(++p, site.get().value());
              select.setLong(++p, OUT_OF_DATE_TALLY);
            }
            if (channel.isPresent()) {
              select.setString(++p, channel.get().name());
              select.setLong(++p, OUT_OF_DATE_TALLY);
            }
            List<TallyCount> counts = new ArrayList<>();
            Map<String, Tally> parsed = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                Tally tally = parsed.computeIfAbsent(rows.getString(2), Tally::parse);
                counts.add(TallyCount.of(rows.getString(1), tally, rows.getLong(3)));
              }
            }
            return counts;
          }
        });
  }

  /** See {@link FactTableUpkeep#beforeReport}. */
  void upkeepBeforeReport() {
    upkeep.beforeReport();
  }

  /** See {@link eu.projectresolution.mobilisation.port.IndicatorSources#factsNotUnder}. */
  List<BeneficiaryId> notUnder(
      TenantId tenant, ProgrammeId programme, String basis, Optional<BeneficiaryId> after, int limit) {
    requireNonNull(tenant, "tenant");
    requireNonNull(programme, "programme");
    requireNonNull(basis, "basis");
    requireNonNull(after, "after");
    return db.read(
        () -> "look up the people of programme " + programme + " of tenant " + tenant + " whose facts are not under "
            + basis,
        c -> {
          try (PreparedStatement select =
              c.prepareStatement("SELECT DISTINCT f.beneficiary_id FROM " + db.table("fact_cells") + " f JOIN "
                  + db.table("fact_tallies") + " t ON t.tally_id = f.tally_id"
                  + " WHERE f.tenant_id = ? AND f.programme_id = ? AND t.basis <> ?"
                  + (after.isPresent() ? " AND f.beneficiary_id > ?" : "")
                  + " ORDER BY f.beneficiary_id FETCH FIRST " + Math.max(0, limit) + " ROWS ONLY")) {
            select.setString(1, tenant.value());
            select.setString(2, programme.value());
            select.setString(3, basis);
            if (after.isPresent()) {
              select.setObject(4, after.get().value());
            }
            List<BeneficiaryId> people = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                people.add(BeneficiaryId.of(rows.getObject(1, UUID.class)));
              }
            }
            return people;
          }
        });
  }
}
