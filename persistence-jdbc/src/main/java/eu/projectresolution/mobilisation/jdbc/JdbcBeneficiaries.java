package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.capture.AttendanceRegister;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.Beneficiaries;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The beneficiaries' projection, in tables {@code beneficiaries} (one row per person: the summary as
 * JSON, its stage, dates, profile and first contact's channel and site in columns for SQL) and {@code attendance_entries} (one row per
 * contact made at an outreach event). Written only by the pathway appends, through {@link #project},
 * in their transaction; read by the {@link Beneficiaries} port.
 */
final class JdbcBeneficiaries implements Beneficiaries, StreamProjection {
  // The in-memory reference adapter's orders (UUID's own comparison, not the database's).
  private static final Comparator<BeneficiarySummary> BY_CAPTURE_THEN_ID =
      Comparator.comparing(BeneficiarySummary::capturedOn).thenComparing(s -> s.beneficiaryId().value());

  /** People whose summaries one query reads: enough for a batch, well within any driver's parameter limit. */
  private static final int PEOPLE_PER_QUERY = 500;

  /** How many people's summaries the store remembers as it last wrote or read them (see {@link #lastKnown}). */
  static final int KEPT_SUMMARIES = 4_096;

  private final Database db;
  private final Json json;
  private final Cache<Person, Written> lastKnown = CacheBuilder.newBuilder().maximumSize(KEPT_SUMMARIES).build();

  JdbcBeneficiaries(Database db, Json json) {
    this.db = db;
    this.json = json;
  }

  /** A person's summary as the store wrote or read it, and the text stored for it. */
  record Written(BeneficiarySummary summary, String text) {}

  private record Person(TenantId tenant, BeneficiaryId beneficiary) {}

  /**
   * The person's summary as this store last committed or read it, if that was at {@code version}: what a
   * command on its own takes as the summary it moves on, instead of reading it, so that it writes in one
   * round trip. Only an expectation: another process may have written the row since. An append moves the
   * version on, and keeping answers apart ({@link #rewriteSummary}) rewrites the row at the same version,
   * so the update of a summary taken from here also checks that the row still holds its {@link
   * Written#text} (see {@link StreamProjection.Append#beforeAsWritten}).
   */
  Optional<Written> lastKnown(TenantId tenant, BeneficiaryId beneficiary, long version) {
    return Optional.ofNullable(lastKnown.getIfPresent(new Person(tenant, beneficiary)))
        .filter(written -> written.summary().version() == version);
  }

  /**
   * Remembers the summary text {@code stored} read for the person with their events, before a command is
   * decided on them ({@link JdbcStoredPathways}): the command's write then takes it instead of reading the
   * row again, whoever wrote the person last (another process, or this one before a restart).
   */
  void rememberRead(TenantId tenant, BeneficiaryId beneficiary, String stored) {
    BeneficiarySummary summary = json.read(stored, BeneficiarySummary.class, "summary of beneficiary " + beneficiary);
    remember(new Person(tenant, beneficiary), new Written(summary, stored));
  }

  /**
   * Keeps the later of what is remembered and {@code known}: a read that answered before a write of this
   * store committed must not put back the version that write moved on from.
   */
  private void remember(Person person, Written known) {
    lastKnown.asMap().merge(person, known,
        (kept, later) -> later.summary().version() >= kept.summary().version() ? later : kept);
  }

  // ---------------------------------------------------------------- the port

  @Override
  public Optional<BeneficiarySummary> find(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    return db.read(
        () -> "look up beneficiary " + beneficiary + " of tenant " + tenant,
        c -> summary(c, tenant, beneficiary));
  }

  @Override
  public List<BeneficiarySummary> ofProgramme(TenantId tenant, ProgrammeId programme) {
    requireNonNull(tenant, "tenant");
    requireNonNull(programme, "programme");
    List<BeneficiarySummary> summaries =
        db.read(
            () -> "list the beneficiaries of programme " + programme + " of tenant " + tenant,
            c -> {
              try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT summary FROM " + db.table("beneficiaries") + " WHERE tenant_id = ? AND programme_id = ?")) {
                select.setString(1, tenant.value());
                select.setString(2, programme.value());
                List<BeneficiarySummary> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                  while (rows.next()) {
                    found.add(json.read(rows.getString(1), BeneficiarySummary.class, "beneficiary summary of tenant " + tenant));
                  }
                }
                return found;
              }
            });
    summaries.sort(BY_CAPTURE_THEN_ID);
    return List.copyOf(summaries);
  }

  @Override
  public List<BeneficiaryId> inStage(TenantId tenant, ProgrammeId programme, Stage stage) {
    requireNonNull(tenant, "tenant");
    requireNonNull(programme, "programme");
    requireNonNull(stage, "stage");
    List<BeneficiaryId> ids =
        db.read(
            () -> "list the beneficiaries of programme " + programme + " of tenant " + tenant + " at stage " + stage,
            c -> {
              try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT beneficiary_id FROM " + db.table("beneficiaries")
                          + " WHERE tenant_id = ? AND programme_id = ? AND stage = ?")) {
                select.setString(1, tenant.value());
                select.setString(2, programme.value());
                select.setString(3, stage.name());
                List<BeneficiaryId> found = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                  while (rows.next()) {
                    found.add(BeneficiaryId.of(rows.getObject(1, UUID.class)));
                  }
                }
                return found;
              }
            });
    ids.sort(Comparator.comparing(BeneficiaryId::value));
    return List.copyOf(ids);
  }

  @Override
  public Map<Stage, Long> countByStage(TenantId tenant, ProgrammeId programme) {
    requireNonNull(tenant, "tenant");
    requireNonNull(programme, "programme");
    return db.read(
        () -> "count the beneficiaries of programme " + programme + " of tenant " + tenant + " by stage",
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT stage, COUNT(*) FROM " + db.table("beneficiaries")
                      + " WHERE tenant_id = ? AND programme_id = ? GROUP BY stage")) {
            select.setString(1, tenant.value());
            select.setString(2, programme.value());
            Map<Stage, Long> counts = new TreeMap<>(Comparator.comparing(Stage::name));
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                counts.put(Stage.of(rows.getString(1)), rows.getLong(2));
              }
            }
            return counts;
          }
        });
  }

  @Override
  public List<AttendanceRegister.Entry> attendance(TenantId tenant, OutreachEventId event) {
    requireNonNull(tenant, "tenant");
    requireNonNull(event, "event");
    return db.read(
        () -> "read the attendance register of outreach event " + event + " of tenant " + tenant,
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT beneficiary_id, contact FROM " + db.table("attendance_entries")
                      + " WHERE tenant_id = ? AND outreach_event_id = ? ORDER BY entry_number")) {
            select.setString(1, tenant.value());
            select.setObject(2, event.value());
            List<AttendanceRegister.Entry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
              while (rows.next()) {
                entries.add(
                    AttendanceRegister.Entry.of(
                        BeneficiaryId.of(rows.getObject(1, UUID.class)),
                        json.read(rows.getString(2), Contact.class, "contact at outreach event " + event)));
              }
            }
            return List.copyOf(entries);
          }
        });
  }

  // ---------------------------------------------------------------- maintained by the appends

  /** The beneficiary's summary, as the port's {@code find} reads it. */
  Optional<BeneficiarySummary> summary(Connection c, TenantId tenant, BeneficiaryId beneficiary) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT summary FROM " + db.table("beneficiaries") + " WHERE tenant_id = ? AND beneficiary_id = ?")) {
      select.setString(1, tenant.value());
      select.setObject(2, beneficiary.value());
      try (ResultSet rows = select.executeQuery()) {
        return rows.next()
            ? Optional.of(json.read(rows.getString(1), BeneficiarySummary.class, "summary of beneficiary " + beneficiary))
            : Optional.empty();
      }
    }
  }

  /**
   * The summaries of several beneficiaries, in a query per {@value #PEOPLE_PER_QUERY} people rather than
   * one each: a batch of appends reads them all before it writes. People without a summary (not
   * captured yet) are absent from the map.
   *
   * <p>An append reads them without locking the rows: two appends to one stream cannot both go through,
   * since the second meets the first's events under the events' primary key (waiting for the first to
   * commit or roll back) and the summary's update checks the version read. A plain query also keeps its
   * prepared form in the database's cache, which a {@code FOR UPDATE} query does not on H2.
   */
  Map<BeneficiaryId, BeneficiarySummary> summaries(Connection c, TenantId tenant, Collection<BeneficiaryId> people)
      throws SQLException {
    Map<BeneficiaryId, BeneficiarySummary> found = new HashMap<>();
    List<BeneficiaryId> all = List.copyOf(people);
    if (!db.isPostgres(c)) {
      // H2 reads "tenant_id = ? AND beneficiary_id IN (...)" through the tenant's whole range of the
      // primary key, testing each row against the list: a cost that grows with the table. Embedded,
      // one lookup per person by its primary key costs no round trip.
      for (BeneficiaryId beneficiary : all) {
        summary(c, tenant, beneficiary).ifPresent(summary -> found.put(beneficiary, summary));
      }
      return found;
    }
    for (int from = 0; from < all.size(); from += PEOPLE_PER_QUERY) {
      List<BeneficiaryId> some = all.subList(from, Math.min(all.size(), from + PEOPLE_PER_QUERY));
      try (PreparedStatement select =
          c.prepareStatement(
              "SELECT beneficiary_id, summary FROM " + db.table("beneficiaries") + " WHERE tenant_id = ?"
                  + " AND beneficiary_id IN (" + String.join(", ", Collections.nCopies(some.size(), "?")) + ")")) {
        select.setString(1, tenant.value());
        for (int i = 0; i < some.size(); i++) {
          select.setObject(i + 2, some.get(i).value());
        }
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            BeneficiaryId id = BeneficiaryId.of(rows.getObject(1, UUID.class));
            found.put(id, json.read(rows.getString(2), BeneficiarySummary.class, "summary of beneficiary " + id));
          }
        }
      }
    }
    return found;
  }

  @Override
  public void project(AppendWrites writes, Append append) throws SQLException {
    writeSummary(writes, append);
    writeAttendance(writes, append);
  }

  private static final String[] SUMMARY_COLUMNS = {
    "programme_id", "stage", "version", "captured_on", "last_event_on", "birth_year", "age_band", "gender", "neet",
    "long_term_unemployed", "refugee", "third_country_national", "residence", "summary"
  };

  /**
   * A person seen for the first time gets their row among the batch's inserts; a person already stored
   * has theirs updated before those (at once, or first in a command's request), checking that it is still
   * at the version the append read.
   */
  private void writeSummary(AppendWrites writes, Append append) throws SQLException {
    String text = json.write(append.after());
    Person person = new Person(append.tenant(), append.beneficiary());
    Written written = new Written(append.after(), text);
    db.afterCommit(() -> remember(person, written));
    if (append.before().isEmpty()) {
      writes.add(
          "INSERT INTO " + db.table("beneficiaries") + " (" + String.join(", ", SUMMARY_COLUMNS)
              + ", tenant_id, beneficiary_id)"
              + " VALUES (" + String.join(", ", Collections.nCopies(SUMMARY_COLUMNS.length + 2, "?")) + ")",
          insert -> bindSummary(insert, written, append.tenant()));
      return;
    }
    updateSummary(writes, append.tenant(), written, append.expectedVersion(), append.beforeAsWritten());
  }

  /**
   * Writes {@code summary} over the person's row if it is still at {@code version} and, if given, still
   * holds the text {@code holding}, through {@code writes}.
   */
  private void updateSummary(
      AppendWrites writes, TenantId tenant, Written summary, long version, Optional<String> holding)
      throws SQLException {
    writes.now(
        "UPDATE " + db.table("beneficiaries") + " SET " + String.join(" = ?, ", SUMMARY_COLUMNS) + " = ?"
            + " WHERE tenant_id = ? AND beneficiary_id = ? AND version = ?"
            + (holding.isPresent() ? " AND summary = ?" : ""),
        List.of(update -> {
          bindSummary(update, summary, tenant);
          update.setLong(17, version);
          if (holding.isPresent()) {
            update.setString(18, holding.get());
          }
        }),
        new AppendWrites.OneRowEach("the summary of " + summary.summary().beneficiaryId()));
  }

  /**
   * Writes {@code summary} over the person's row, in the caller's transaction, whose events were rewritten
   * in place at the same version ({@link JdbcPathwayDetail#keepAnswersApart}): the row's profile columns and
   * JSON then say what the events now say.
   */
  void rewriteSummary(Connection c, TenantId tenant, BeneficiarySummary summary) throws SQLException {
    // At the same version: what this store remembers of the row is no longer what it holds.
    lastKnown.invalidate(new Person(tenant, summary.beneficiaryId()));
    try (AppendWrites writes = new AppendWrites(c)) {
      updateSummary(writes, tenant, new Written(summary, json.write(summary)), summary.version(), Optional.empty());
    }
  }

  /** Sets the summary's columns, then the tenant and the beneficiary (parameters 1 to 16). */
  private void bindSummary(Parameters statement, Written written, TenantId tenant) throws SQLException {
    BeneficiarySummary after = written.summary();
    Profile profile = after.profile();
    statement.setString(1, after.programmeId().value());
    statement.setString(2, after.stage().name());
    statement.setLong(3, after.version());
    statement.setObject(4, after.capturedOn());
    statement.setObject(5, after.lastEventOn());
    if (profile.birthYear().isPresent()) {
      statement.setInt(6, profile.birthYear().getAsInt());
    } else {
      statement.setNull(6, Types.INTEGER);
    }
    statement.setString(7, profile.ageBand().map(Enum::name).orElse(null));
    statement.setString(8, profile.gender().name());
    statement.setBoolean(9, profile.neet());
    statement.setBoolean(10, profile.longTermUnemployed());
    statement.setBoolean(11, profile.refugee());
    statement.setBoolean(12, profile.thirdCountryNational());
    statement.setString(13, profile.residence().map(Enum::name).orElse(null));
    statement.setString(14, written.text());
    statement.setString(15, tenant.value());
    statement.setObject(16, after.beneficiaryId().value());
  }

  private void writeAttendance(AppendWrites writes, Append append) throws SQLException {
    for (PathwayEvent event : append.events()) {
      Optional<AttendanceRegister.Entry> attended = BeneficiarySummary.attendanceOf(event);
      if (attended.isEmpty()) {
        continue;
      }
      AttendanceRegister.Entry entry = attended.get();
      writes.add(
          "INSERT INTO " + db.table("attendance_entries")
              + " (tenant_id, beneficiary_id, version, outreach_event_id, consent_to_recontact, contact)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          insert -> {
            insert.setString(1, append.tenant().value());
            insert.setObject(2, entry.beneficiaryId().value());
            insert.setLong(3, event.header().version());
            insert.setObject(4, entry.contact().outreachEvent().orElseThrow().value());
            insert.setBoolean(5, entry.contact().consentToRecontact());
            insert.setString(6, json.write(entry.contact()));
          });
    }
  }
}
