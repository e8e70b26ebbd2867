package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
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
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people's {@link PersonFacts}, in table {@code fact_cells} (one narrow row per cell, migration
 * V11), each cell's tally in {@code fact_tallies} and its place (tenant, programme, site and channel) in
 * {@code fact_places}, each distinct one once under a 64-bit id ({@link HashedRows}): written by the
 * appends in their transaction, replaced by a rebuild, counted by tally id for a report.
 */
final class JdbcFacts {
  /** How an open bound of a cell is stored: the covering test is then four plain comparisons. */
  static final LocalDate OPEN_START = LocalDate.of(1, 1, 1);

  static final LocalDate OPEN_END = LocalDate.of(9999, 12, 31);

  private final Database db;

  /** Empty when the host keeps the table itself ({@link JdbcStorage#withoutFactTableUpkeep}). */
  private final Optional<FactTableUpkeep> upkeep;

  private final HashedRows tallies;

  private final HashedRows places;

  JdbcFacts(Database db, boolean upkeep) {
    this.db = db;
    this.upkeep = upkeep ? Optional.of(new FactTableUpkeep(db)) : Optional.empty();
    this.tallies = new HashedRows(db, "fact_tallies", "tally", "tally_id", List.of("basis", "tally"));
    this.places = new HashedRows(db, "fact_places", "place", "place_id", List.of("tenant_id", "programme_id", "site_id", "channel"));
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
    // The tallies and places first: a tally or place new to the table is inserted before the first cell
    // that refers to it.
    Map<Long, List<String>> talliesNeeded = new HashMap<>();
    Map<Long, List<String>> placesNeeded = new HashMap<>();
    List<long[][]> ids = new ArrayList<>(facts.size()); // each person's cells' place and tally ids
    for (PersonFacts person : facts) {
      long[][] ofCells = new long[person.cells().size()][];
      for (int i = 0; i < ofCells.length; i++) {
        FactCell cell = person.cells().get(i);
        long tally = idOf(person.basis(), cell.tally());
        talliesNeeded.computeIfAbsent(tally, id -> List.of(person.basis(), cell.tally().text()));
        List<String> where = Arrays.asList(tenant.value(), person.programmeId().value(),
            cell.site().map(SiteId::value).orElse(null), cell.channel().name());
        long place = placeId(where);
        placesNeeded.putIfAbsent(place, where);
        ofCells[i] = new long[] {place, tally};
      }
      ids.add(ofCells);
    }
    tallies.storeMissing(writes, talliesNeeded);
    places.storeMissing(writes, placesNeeded);
    String sql = "INSERT INTO " + db.table("fact_cells") + " (place_id, tally_id, start_from, start_to, end_from,"
        + " end_to, cell, beneficiary_id, tenant_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    int next = 0;
    for (PersonFacts person : facts) {
      long[][] ofCells = ids.get(next++);
      for (int i = 0; i < ofCells.length; i++) {
        FactCell cell = person.cells().get(i);
        long[] placeAndTally = ofCells[i];
        int number = i;
        writes.add(sql, insert -> {
          insert.setLong(1, placeAndTally[0]);
          insert.setLong(2, placeAndTally[1]);
          insert.setObject(3, cell.startFrom().orElse(OPEN_START));
          insert.setObject(4, cell.startTo().orElse(OPEN_END));
          insert.setObject(5, cell.endFrom().isBefore(OPEN_START) ? OPEN_START : cell.endFrom());
          insert.setObject(6, cell.endTo().orElse(OPEN_END));
          insert.setInt(7, number);
          insert.setObject(8, person.beneficiaryId().value());
          insert.setString(9, tenant.value());
        });
      }
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
   * A place's id: 64 bits of a hash of where a cell's people were met, {@code [tenant, programme, site,
   * channel]} (site and channel null for none), as {@code fact_places} keeps it. The same in every JVM,
   * so that writers agree without asking the database (migration V11 numbered the places stored before
   * it -1, -2, ...: such a place is then kept under both ids).
   */
  static long placeId(List<String> where) {
    Hasher hasher = Hashing.murmur3_128().newHasher();
    for (String value : where) {
      if (value == null) {
        hasher.putByte((byte) 0);
      } else {
        hasher.putByte((byte) 1).putString(value, StandardCharsets.UTF_8).putByte((byte) 0);
      }
    }
    return hasher.hash().asLong();
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
    List<TallyCount> counts = new ArrayList<>();
    forEachTally(tenant, programme, period, site, channel, counts::add);
    return counts;
  }

  /**
   * {@link #tallies}, handed to {@code each} as they are read: no list of them is gathered. On
   * PostgreSQL the rows come through {@code COPY} ({@link CopiedRows}), one at a time, so a report's
   * memory does not grow with the distinct tallies it meets, and the count keeps its parallel workers,
   * which a cursor would turn off. On H2, which groups the cells in the program's own heap anyway, and
   * with a PostgreSQL driver whose copy API is hidden, the rows are read in one go. Never read again
   * after a failure, which would hand some twice.
   */
  void forEachTally(
      TenantId tenant, ProgrammeId programme, Period period, Optional<SiteId> site, Optional<CaptureChannel> channel,
      Consumer<TallyCount> each) {
    requireNonNull(tenant, "tenant");
    requireNonNull(programme, "programme");
    requireNonNull(period, "period");
    requireNonNull(site, "site");
    requireNonNull(channel, "channel");
    requireNonNull(each, "each");
    db.readInBatches(
        () -> "add up the facts of programme " + programme + " of tenant " + tenant + " for " + period.start() + " to "
            + period.end(),
        c -> {
          // The programme's places first (a few rows), then its cells counted by tally id over the narrow
          // cells, filtered on their place ids given as values, then each distinct tally read once.
          List<Long> ofProgramme = new ArrayList<>();
          List<Long> asked = new ArrayList<>();
          try (PreparedStatement select = c.prepareStatement("SELECT place_id, site_id, channel FROM "
              + db.table("fact_places") + " WHERE tenant_id = ? AND programme_id = ?")) {
            select.setString(1, tenant.value());
            select.setString(2, programme.value());
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                long place = rows.getLong(1);
                String placeSite = rows.getString(2);
                String placeChannel = rows.getString(3);
                ofProgramme.add(place);
                if (site.map(s -> s.value().equals(placeSite)).orElse(true)
                    && channel.map(ch -> ch.name().equals(placeChannel)).orElse(true)) {
                  asked.add(place);
                }
              }
            }
          }
          if (ofProgramme.isEmpty()) {
            return null;
          }
          boolean narrowed = site.isPresent() || channel.isPresent();
          boolean postgres = db.isPostgres(c);
          // Read through COPY on PostgreSQL (see CopiedRows), which takes no parameters: the dates then go
          // into the text.
          Optional<CopiedRows> copied = postgres ? CopiedRows.of(c) : Optional.empty();
          Function<LocalDate, String> value = copied.isPresent() ? CopiedRows::date : date -> "?";
          // H2 reads the programme's cells through its index one row lookup at a time: a scan of the
          // table is ten to twenty times faster (measured on the SIPA replay's cells), and an embedded
          // database rarely holds more than one partner's programmes. PostgreSQL chooses for itself.
          String counted = "SELECT tally_id, COUNT(*) AS people FROM " + db.table("fact_cells")
              + (postgres ? "" : " USE INDEX ()") + " WHERE place_id IN (" + ids(ofProgramme) + ")"
              + " AND start_from <= " + value.apply(period.start()) + " AND start_to >= " + value.apply(period.start())
              + " AND end_from <= " + value.apply(period.end()) + " AND end_to >= " + value.apply(period.end())
              + (!narrowed ? "" : " AND (" + (asked.isEmpty() ? "" : "place_id IN (" + ids(asked) + ") OR ")
                  + "tally_id = " + OUT_OF_DATE_TALLY + ")")
              + " GROUP BY tally_id";
          String query = "SELECT t.basis, t.tally, c.people FROM (" + counted + ") c JOIN " + db.table("fact_tallies")
              + " t ON t.tally_id = c.tally_id";
          if (copied.isPresent()) {
            copied.get().forEach(c, query, columns ->
                each.accept(TallyCount.of(columns.get(0), Tally.parse(columns.get(1)), Long.parseLong(columns.get(2)))));
            return null;
          }
          try (PreparedStatement select = c.prepareStatement(query)) {
            select.setObject(1, period.start());
            select.setObject(2, period.start());
            select.setObject(3, period.end());
            select.setObject(4, period.end());
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                each.accept(TallyCount.of(rows.getString(1), Tally.parse(rows.getString(2)), rows.getLong(3)));
              }
            }
            return null;
          }
        });
  }

  /**
   * Place ids written into a statement's text as numbers: values the store computed, never a caller's
   * text, and as values rather than parameters the server plans the scan for them.
   */
  private static String ids(List<Long> places) {
    return places.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /** See {@link FactTableUpkeep#beforeReport}. */
  void upkeepBeforeReport() {
    upkeep.ifPresent(FactTableUpkeep::beforeReport);
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
                  + " WHERE f.tenant_id = ? AND f.place_id IN (SELECT place_id FROM " + db.table("fact_places")
                  + " WHERE tenant_id = f.tenant_id AND programme_id = ?) AND t.basis <> ?"
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
