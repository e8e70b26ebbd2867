package eu.projectresolution.mobilisation.jdbc;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.CommandAlreadyRecorded;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.RetriesExhausted;
import eu.projectresolution.mobilisation.StorageFailure;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.port.PersonFacts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

// Over 400 lines: an append is one transaction (commands, events, projections, facts, personal data,
// special-category answers, the change feed) whose order matters; kept in one class so it reads in order.
/**
 * The event streams, in table {@code pathway_events} (one row per event, its JSON in {@code body}) and
 * the idempotency records in {@code pathway_commands} (one row per accepted command: its id, person
 * and versions, and no time, which only the events keep, as pathway detail).
 *
 * <p>An append is one transaction (and so is a batch of appends, {@link #appendAll}): the command's row (whose primary key refuses a replayed command
 * id), the version check against the beneficiary's summary row, the events (whose primary key
 * refuses a second event at one version: two appends to one stream queue up there, the second
 * waiting for the first to end), then every {@link StreamProjection} and each person's facts ({@link
 * JdbcFacts}). So the projections of two
 * appends to one person never run at the same time, and each starts from what the other committed.
 * It commits whole or not at all; a writer that loses a race on a key runs again and then meets a
 * {@link VersionConflict} or {@link CommandAlreadyRecorded}.
 *
 * <p>On PostgreSQL a command on its own sends its statements, in that order, as one request ({@link
 * AppendWrites.Sending#ONE_REQUEST}); a capture's commits as it runs ({@link Database#writeInOneRequest}).
 */
final class JdbcPathways implements Pathways {
  private final Database db;
  private final Json json;
  private final JdbcBeneficiaries beneficiaries;
  private final List<StreamProjection> projections;
  private final JdbcPersonalData personalData;
  private final JdbcFacts facts;
  private final JdbcChangeFeed feed;

  /**
   * @param projections the read models to keep up to date, in the order they are written; {@code
   *     beneficiaries}, whose summary row carries the stream's version, among them
   * @param personalData where a capture's personal details go, in the capture's transaction
   * @param facts where each person's facts go, in the append's transaction
   * @param feed numbers the appended events, by the transaction's last statement
   */
  JdbcPathways(
      Database db, Json json, JdbcBeneficiaries beneficiaries, List<StreamProjection> projections,
      JdbcPersonalData personalData, JdbcFacts facts, JdbcChangeFeed feed) {
    this.feed = feed;
    this.db = db;
    this.facts = facts;
    this.json = json;
    this.beneficiaries = beneficiaries;
    this.projections = List.copyOf(projections);
    this.personalData = personalData;
  }

  @Override
  public void append(TenantId tenant, BeneficiaryId beneficiary, ExpectedVersion expected, List<PathwayEvent> events) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    Pathways.checkAppendable(beneficiary, expected, events);
    appendAll(tenant, List.of(Append.of(beneficiary, expected, events)));
  }

  @Override
  public void appendCapture(
      TenantId tenant, BeneficiaryId beneficiary, List<PathwayEvent> events, PersonalDetails details,
      Optional<MatchingKey> matchingKey) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(details, "details");
    Pathways.checkAppendable(beneficiary, ExpectedVersion.noStream(), events);
    appendAll(tenant, List.of(Append.capture(beneficiary, events, details, matchingKey)));
  }

  /**
   * One transaction for the whole batch: the command rows in one JDBC batch, the summaries of the
   * people already stored in one query (a round trip per person would cost more than the commit it
   * saves, on a server) for the version checks, the events of every append in one JDBC batch, then the
   * projections once per person (the person's appends of the batch taken together, as one longer
   * append: the projections only see events and summaries, so the rows come out the same) and the
   * captures' personal details.
   */
  @Override
  public void appendAll(TenantId tenant, List<Append> appends) {
    requireNonNull(tenant, "tenant");
    Pathways.checkAppendable(appends);
    List<Append> batch = List.copyOf(appends);
    // Serialised before the transaction: a value that cannot be stored fails here, with nothing
    // written and no connection held.
    List<List<String>> bodies = batch.stream().map(a -> a.events().stream().map(json::writeEvent).toList()).toList();
    List<Optional<String>> details = batch.stream().map(a -> a.details().map(personalData::write)).toList();
    AtomicInteger runs = new AtomicInteger();
    Supplier<String> what = () -> batch.size() == 1
        ? "append the events of command " + batch.get(0).command() + " to the pathway of beneficiary "
            + batch.get(0).beneficiary() + " of tenant " + tenant
        : "append the events of " + batch.size() + " commands (the first " + batch.get(0).command()
            + ") to the pathways of tenant " + tenant;
    Database.Work<Void> work = c -> {
      write(c, tenant, batch, bodies, details, runs.incrementAndGet() == 1);
      return null;
    };
    // A command on its own: one request, which commits as it runs, where the database allows it; the
    // server itself checks that a stored person's summary was still at the version read. Refused (which
    // key was taken or which check failed, one request does not say), it runs again the careful way.
    if (batch.size() == 1 && db.writeInOneRequest(what, work)) {
      return;
    }
    for (int attempt = 1; ; attempt++) {
      try {
        if (batch.size() == 1) {
          db.writeFew(what, work);
        } else {
          db.write(what, work);
        }
        return;
      } catch (RecordedInBatch e) {
        // Rolled back: find which command id was taken, to say so. None is found if the writer that
        // held it rolled back meanwhile (it can on H2): then the batch runs again.
        Optional<CommandId> recorded = firstRecorded(tenant, batch);
        if (recorded.isPresent()) {
          throw new CommandAlreadyRecorded(recorded.get());
        }
        if (attempt >= Database.MAX_ATTEMPTS) {
          throw new RetriesExhausted(
              "Could not append " + batch.size() + " commands to the pathways of tenant " + tenant
                  + ": concurrent writers of the same command ids kept getting in first; retry later",
              attempt, e.getCause());
        }
      }
    }
  }

  /**
   * @param firstRun whether this is the transaction's first run: then the people whose first append of
   *     the batch starts their stream are taken as new without reading their summary (see below), and a
   *     command on its own goes in one request on PostgreSQL (see {@link AppendWrites.Sending#ONE_REQUEST})
   */
  private void write(
      Connection c, TenantId tenant, List<Append> batch, List<List<String>> bodies, List<Optional<String>> details,
      boolean firstRun) throws SQLException {
    AppendWrites.Sending sending = !db.isPostgres(c) ? AppendWrites.Sending.ONE_BY_ONE
        : batch.size() == 1 && firstRun ? AppendWrites.Sending.ONE_REQUEST : AppendWrites.Sending.ROWS_TOGETHER;
    try (AppendWrites writes = new AppendWrites(c, sending)) {
      write(writes, tenant, batch, bodies, details, firstRun);
      try {
        writes.send();
      } catch (Database.ConcurrentWrite e) {
        // One request does not say which key was taken: the command's (it is recorded) or an event's (the
        // stream moved on). Which it was, appendAll finds out.
        if (sending == AppendWrites.Sending.ONE_REQUEST && e.getCause() instanceof SQLException taken
            && SqlStates.isUniqueViolation(taken)) {
          throw new RecordedInBatch(taken);
        }
        throw e;
      }
    }
  }

  private void write(
      AppendWrites writes, TenantId tenant, List<Append> batch, List<List<String>> bodies, List<Optional<String>> details,
      boolean firstRun) throws SQLException {
    Connection c = writes.connection();
    recordCommands(writes, tenant, batch);
    // A person whose first append of the batch starts their stream is nearly always new (a capture):
    // their summary is not read, which spares a lookup per person (a bulk load captures every person
    // it writes). If their stream did exist, their first event meets the stored one under the events'
    // primary key, and the transaction runs again, reading every summary, to answer VersionConflict.
    // A command on its own about a person whose summary this store last wrote at the version expected
    // takes that summary instead of reading it (the update then checks the row still holds it).
    Set<BeneficiaryId> started = new HashSet<>();
    Set<BeneficiaryId> toRead = new LinkedHashSet<>();
    Map<BeneficiaryId, JdbcBeneficiaries.Written> remembered = new HashMap<>();
    for (Append append : batch) {
      if (started.add(append.beneficiary()) && (!firstRun || append.expectedVersion() != 0)) {
        Optional<JdbcBeneficiaries.Written> written = firstRun && batch.size() == 1
            ? beneficiaries.lastKnown(tenant, append.beneficiary(), append.expectedVersion())
            : Optional.empty();
        written.ifPresentOrElse(w -> remembered.put(append.beneficiary(), w), () -> toRead.add(append.beneficiary()));
      }
    }
    Map<BeneficiaryId, BeneficiarySummary> stored =
        toRead.isEmpty() ? Map.of() : beneficiaries.summaries(c, tenant, List.copyOf(toRead));
    Map<BeneficiaryId, Person> people = new LinkedHashMap<>();
    Map<BeneficiaryId, Append> lastAppends = new HashMap<>();
    for (Append append : batch) {
      lastAppends.put(append.beneficiary(), append);
      BeneficiaryId beneficiary = append.beneficiary();
      Person person = people.get(beneficiary);
      if (person == null) {
        JdbcBeneficiaries.Written written = remembered.get(beneficiary);
        person = written != null
            ? new Person(append.expectedVersion(), Optional.of(written.summary()), Optional.of(written.text()))
            : new Person(append.expectedVersion(), Optional.ofNullable(stored.get(beneficiary)), Optional.empty());
        people.put(beneficiary, person);
      }
      long actual = person.version();
      if (actual != append.expectedVersion()) {
        throw new VersionConflict(beneficiary.toString(), append.expectedVersion(), actual);
      }
      person.add(append.events());
    }
    insertEvents(writes, tenant, batch, bodies);
    for (Map.Entry<BeneficiaryId, Person> person : people.entrySet()) {
      StreamProjection.Append append = person.getValue().asAppend(tenant, person.getKey());
      for (StreamProjection projection : projections) {
        projection.project(writes, append);
      }
    }
    writeFacts(writes, tenant, people, lastAppends);
    // Details come only with a capture, which starts its person's stream: on the first run its person
    // is taken as new (unread: see above), and the details go with the batched inserts. On a run
    // again, they are written one by one, the careful way.
    for (int i = 0; i < batch.size(); i++) {
      if (details.get(i).isPresent()) {
        Append append = batch.get(i);
        if (firstRun) {
          personalData.addNew(writes, tenant, append.beneficiary(), details.get(i).get(), append.matchingKey());
        } else {
          personalData.write(c, tenant, append.beneficiary(), details.get(i).get(), append.matchingKey());
        }
      }
    }
    personalData.answers().write(writes, tenant, batch);
    // Last, so that the tenant's feed head stays locked only until the commit: see JdbcChangeFeed.
    feed.record(writes, tenant, batch);
  }

  /**
   * Each person's facts as their last append of the batch gives them; a person whose last append
   * gives none keeps their cells marked out of date (a new one gets a single out-of-date cell).
   */
  private void writeFacts(
      AppendWrites writes, TenantId tenant, Map<BeneficiaryId, Person> people, Map<BeneficiaryId, Append> lastAppends)
      throws SQLException {
    List<PersonFacts> facts = new ArrayList<>();
    List<BeneficiaryId> replaced = new ArrayList<>();
    List<BeneficiaryId> outOfDate = new ArrayList<>();
    for (Map.Entry<BeneficiaryId, Person> entry : people.entrySet()) {
      Append last = lastAppends.get(entry.getKey());
      Person person = entry.getValue();
      if (person.before.isEmpty()) {
        facts.add(last.factsOrOutOfDate((PathwayEvents.Captured) person.events.get(0)));
      } else if (last.facts().isPresent()) {
        facts.add(last.facts().get());
        replaced.add(entry.getKey());
      } else {
        outOfDate.add(entry.getKey());
      }
    }
    this.facts.write(writes, tenant, facts, replaced, outOfDate);
  }

  @Override
  public boolean replaceFacts(TenantId tenant, PersonFacts facts) {
    return this.facts.replace(tenant, facts);
  }

  /** In one transaction: the people's summary rows locked at their facts' versions, then their cells replaced. */
  @Override
  public int replaceAllFacts(TenantId tenant, List<PersonFacts> facts) {
    Pathways.checkOnePerPerson(requireNonNull(facts, "facts"));
    return this.facts.replaceAll(tenant, facts);
  }

  /**
   * One person's appends in a batch, taken together, and their summary before (read, or as this store
   * last wrote it, with its text) and after them.
   */
  private static final class Person {
    final long firstExpectedVersion;
    final Optional<BeneficiarySummary> before;
    final Optional<String> beforeAsWritten;
    Optional<BeneficiarySummary> after;
    final List<PathwayEvent> events = new ArrayList<>();

    Person(long firstExpectedVersion, Optional<BeneficiarySummary> before, Optional<String> beforeAsWritten) {
      this.firstExpectedVersion = firstExpectedVersion;
      this.before = before;
      this.beforeAsWritten = beforeAsWritten;
      this.after = before;
    }

    long version() {
      return after.map(BeneficiarySummary::version).orElse(0L);
    }

    void add(List<PathwayEvent> appended) {
      for (PathwayEvent event : appended) {
        after = Optional.of(BeneficiarySummary.apply(after, event));
      }
      events.addAll(appended);
    }

    StreamProjection.Append asAppend(TenantId tenant, BeneficiaryId beneficiary) {
      return new StreamProjection.Append(
          tenant, beneficiary, firstExpectedVersion, List.copyOf(events), before, beforeAsWritten, after.orElseThrow());
    }
  }

  /** A command id of a batch of several was taken by a committed writer; the transaction is rolled back. */
  private static final class RecordedInBatch extends StorageFailure {
    private static final long serialVersionUID = 1L;

    RecordedInBatch(SQLException cause) {
      super("a command id of the batch is already recorded", cause);
    }
  }

  private void recordCommands(AppendWrites writes, TenantId tenant, List<Append> batch) throws SQLException {
    RowsInsert rows = new RowsInsert(
        "INSERT INTO " + db.table("pathway_commands") + " (tenant_id, command_id, beneficiary_id, first_version, last_version)"
            + " VALUES (?, ?, ?, ?, ?)");
    for (Append append : batch) {
      Parameters insert = rows.add();
      insert.setString(1, tenant.value());
      insert.setObject(2, append.command().value());
      insert.setObject(3, append.beneficiary().value());
      insert.setLong(4, append.expectedVersion() + 1);
      insert.setLong(5, append.lastVersion());
    }
    try {
      writes.now(rows);
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        // On PostgreSQL the insert waited for a concurrent writer of the same id to finish: this
        // refusal means that writer committed.
        if (batch.size() == 1) {
          throw new CommandAlreadyRecorded(batch.get(0).command());
        }
        throw new RecordedInBatch(e);
      }
      throw e;
    }
  }

  /** The first command of {@code batch}, in its order, that the tenant has recorded. */
  private Optional<CommandId> firstRecorded(TenantId tenant, List<Append> batch) {
    Set<UUID> recorded =
        db.read(
            () -> "look up which of " + batch.size() + " commands tenant " + tenant + " has recorded",
            c -> {
              Set<UUID> found = new HashSet<>();
              try (PreparedStatement select =
                  c.prepareStatement(
                      "SELECT 1 FROM " + db.table("pathway_commands") + " WHERE tenant_id = ? AND command_id = ?")) {
                for (Append append : batch) {
                  select.setString(1, tenant.value());
                  select.setObject(2, append.command().value());
                  try (ResultSet rows = select.executeQuery()) {
                    if (rows.next()) {
                      found.add(append.command().value());
                      break;
                    }
                  }
                }
              }
              return found;
            });
    return batch.stream().map(Append::command).filter(command -> recorded.contains(command.value())).findFirst();
  }

  /** Inserts the events of {@code batch}, at once: a stream moved on meets their primary key. */
  private void insertEvents(AppendWrites writes, TenantId tenant, List<Append> batch, List<List<String>> bodies)
      throws SQLException {
    RowsInsert rows = new RowsInsert(
        "INSERT INTO " + db.table("pathway_events")
            + " (tenant_id, beneficiary_id, version, command_id, event_type, stage, occurred_on, recorded_at, body)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (int a = 0; a < batch.size(); a++) {
      List<PathwayEvent> events = batch.get(a).events();
      for (int i = 0; i < events.size(); i++) {
        PathwayEvent event = events.get(i);
        Parameters insert = rows.add();
        insert.setString(1, tenant.value());
        insert.setObject(2, batch.get(a).beneficiary().value());
        insert.setLong(3, event.header().version());
        insert.setObject(4, event.header().commandId().value());
        insert.setString(5, Json.typeOf(event));
        insert.setString(6, event.header().stage().name());
        insert.setObject(7, event.header().occurredOn());
        insert.setObject(8, event.header().recordedAt().atOffset(ZoneOffset.UTC));
        insert.setString(9, bodies.get(a).get(i));
      }
    }
    try {
      writes.now(rows);
    } catch (SQLException e) {
      if (SqlStates.isUniqueViolation(e)) {
        throw new Database.ConcurrentWrite("events of " + describe(batch) + " appended concurrently", e);
      }
      throw e;
    }
  }

  private static String describe(List<Append> batch) {
    return batch.size() == 1 ? "beneficiary " + batch.get(0).beneficiary() : batch.size() + " appends";
  }

  @Override
  public boolean replaceDetail(TenantId tenant, BeneficiaryId beneficiary, long version, List<PathwayEvent> events) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(events, "events");
    return new JdbcPathwayDetail(db, json).replace(tenant, beneficiary, version, events, events(tenant, beneficiary));
  }

  @Override
  public boolean keepAnswersApart(TenantId tenant, BeneficiaryId beneficiary, List<PathwayEvent> stored) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(stored, "stored");
    return new JdbcPathwayDetail(db, json)
        .keepAnswersApart(tenant, beneficiary, stored, this, beneficiaries, personalData.answers());
  }

  @Override
  public List<PathwayEvent> events(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(tenant, "tenant");
    requireNonNull(beneficiary, "beneficiary");
    return db.read(
        () -> "read the pathway of beneficiary " + beneficiary + " of tenant " + tenant,
        c -> events(c, tenant, beneficiary));
  }

  /** The beneficiary's events in version order, as the caller's transaction sees them. */
  List<PathwayEvent> events(Connection c, TenantId tenant, BeneficiaryId beneficiary) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT version, body FROM " + db.table("pathway_events")
                + " WHERE tenant_id = ? AND beneficiary_id = ? ORDER BY version")) {
      select.setString(1, tenant.value());
      select.setObject(2, beneficiary.value());
      return read(select, "of beneficiary " + beneficiary + " of tenant " + tenant);
    }
  }

  @Override
  public List<PathwayEvent> eventsOfCommand(TenantId tenant, CommandId command) {
    requireNonNull(tenant, "tenant");
    requireNonNull(command, "command");
    return db.read(
        () -> "read the events of command " + command + " of tenant " + tenant,
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "SELECT e.version, e.body FROM " + db.table("pathway_commands") + " k JOIN "
                      + db.table("pathway_events") + " e ON e.tenant_id = k.tenant_id"
                      + " AND e.beneficiary_id = k.beneficiary_id"
                      + " AND e.version BETWEEN k.first_version AND k.last_version"
                      + " WHERE k.tenant_id = ? AND k.command_id = ? ORDER BY e.version")) {
            select.setString(1, tenant.value());
            select.setObject(2, command.value());
            return read(select, "of command " + command + " of tenant " + tenant);
          }
        });
  }

  private List<PathwayEvent> read(PreparedStatement select, String where) throws SQLException {
    List<PathwayEvent> events = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        events.add(json.readEvent(rows.getString(2), rows.getLong(1) + " " + where));
      }
    }
    return List.copyOf(events);
  }
}
