package eu.projectresolution.mobilisation.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.CommitNotConfirmed;
import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.PathwaysContract;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.RecordContact;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.outcome.OutcomeRules;
import eu.projectresolution.mobilisation.outcome.RuleSets;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.Pathways;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On PostgreSQL a command on its own writes in one request: the statements of one {@code
 * PreparedStatement}, which the driver sends with one synchronisation. A capture's request commits as it
 * runs (auto-commit mode: one round trip); a welcome's runs in a transaction, committed once the request's
 * update counts say the person's summary was still at the version the command read. What is sent is taken
 * from the JDBC calls the store makes, not from timings.
 */
class PostgresRequestsTest {
  @RegisterExtension static final TestSchema SCHEMA = TestSchema.on(TestDatabases::postgres);

  private static final LocalDate D = LocalDate.of(2017, 3, 14);

  private final FailingDataSource watched = new FailingDataSource(SCHEMA.dataSource());
  private final JdbcStorage storage = JdbcStorage.create(watched, SCHEMA.name());
  private final MobilisationEngine engine =
      MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
  private final TenantId tenant = Fixtures.newTenant();

  @BeforeEach
  void registerTheProgramme() {
    assertThat(engine.registerProgramme(tenant, Fixtures.sipa()).accepted()).isTrue();
  }

  @Test
  void aCaptureOnItsOwnIsOneRequestThatCommitsAsItRuns() {
    BeneficiaryId id = BeneficiaryId.random();
    Capture capture = Capture.builder().from(Fixtures.capture(id, D))
        .personalDetails(PersonalDetails.builder().givenName("Amina").build()).build();
    int requests = watched.requests().size();
    int commits = watched.commits();

    assertThat(engine.capture(tenant, capture).accepted()).isTrue();

    assertWroteOneRequest(requests, "INSERT INTO pathway_commands", "INSERT INTO pathway_events",
        "INSERT INTO beneficiaries", "INSERT INTO fact_cells", "INSERT INTO personal_data", "WITH change_feed");
    assertThat(watched.commits()).as("no commit of its own: the request is its transaction").isEqualTo(commits);
    assertThat(storage.pathways().events(tenant, id)).hasSize(1);
    assertThat(storage.personalData().find(tenant, id)).map(PersonalDetails::givenName).contains(Optional.of("Amina"));
  }

  @Test
  void aWelcomeOnItsOwnIsOneRequestThatCommitsAsItRunsWithItsSummaryUpdateCheckedByTheServer() {
    BeneficiaryId id = BeneficiaryId.random();
    assertThat(engine.capture(tenant, Fixtures.capture(id, D)).accepted()).isTrue();
    int requests = watched.requests().size();
    int commits = watched.commits();

    assertThat(engine.welcome(tenant, Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD)
        .occurredOn(D.plusDays(1)).build()).accepted()).isTrue();

    assertWroteOneRequest(requests, "INSERT INTO pathway_commands", "INSERT INTO pathway_events",
        "WITH changed AS (UPDATE beneficiaries", "DELETE FROM fact_cells", "INSERT INTO fact_cells", "WITH change_feed");
    assertThat(watched.commits()).as("no commit of its own: the request is its transaction").isEqualTo(commits);
    assertThat(storage.pathways().events(tenant, id)).hasSize(2);
  }

  /**
   * With the engine's caches, a command about a person the engine captured, who has no special-category
   * answer kept apart, is one round trip: the engine knows their stream and that they have no answer to
   * read, and the store knows their summary as it wrote it.
   */
  @Test
  void aWelcomeWithTheEnginesCachesIsOneRoundTripForAPersonWithNoAnswerKept() {
    MobilisationEngine cached = cachedEngine();
    welcomedBy(cached, Fixtures.capture(BeneficiaryId.random(), D)); // the tallies, known since
    BeneficiaryId id = BeneficiaryId.random();
    assertThat(cached.capture(tenant, Fixtures.capture(id, D)).accepted()).isTrue();
    int requests = watched.requests().size();
    int commits = watched.commits();

    assertThat(cached.welcome(tenant, welcome(id)).accepted()).isTrue();

    assertThat(watched.requests().subList(requests, watched.requests().size())).as("its request alone").hasSize(1)
        .allSatisfy(sql -> assertThat(sql).startsWith("INSERT INTO"));
    assertThat(watched.commits()).isEqualTo(commits);
    assertThat(storage.pathways().events(tenant, id)).hasSize(2);
  }

  /**
   * A person with special-category answers kept apart (a refugee) has them read for every command: an
   * erasure elsewhere may have taken them away since, without moving the person's version.
   */
  @Test
  void aWelcomeWithTheEnginesCachesReadsTheAnswersKeptOfAPersonWhoHasSome() {
    MobilisationEngine cached = cachedEngine();
    welcomedBy(cached, refugee(BeneficiaryId.random()));
    BeneficiaryId id = BeneficiaryId.random();
    assertThat(cached.capture(tenant, refugee(id)).accepted()).isTrue();
    int requests = watched.requests().size();

    assertThat(cached.welcome(tenant, welcome(id)).accepted()).isTrue();

    List<String> sent = watched.requests().subList(requests, watched.requests().size());
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0)).startsWith("SELECT").contains(".special_category_answers ");
  }

  /**
   * What the pathway cache costs when another engine moved the person on (two engines behind a load
   * balancer, say): the command is decided on the stale copy, its request is refused whole, the store
   * finds the conflict the careful way, and the engine reads the person and sends its request again.
   * The answer is the same as without the cache; the round trips are more than the two a command takes
   * without it. That is why the cache is off by default.
   */
  @Test
  void aWelcomeDecidedOnAStaleCachedCopyIsRefusedThenReadAndSentAgain() {
    MobilisationEngine cached = cachedEngine();
    welcomedBy(cached, Fixtures.capture(BeneficiaryId.random(), D)); // the tallies, known since
    BeneficiaryId id = BeneficiaryId.random();
    assertThat(cached.capture(tenant, Fixtures.capture(id, D)).accepted()).isTrue();
    MobilisationEngine another = MobilisationEngine.builder().storage(SCHEMA.storage()).clock(Fixtures.CLOCK).build();
    assertThat(another.recordContact(tenant, RecordContact.builder().beneficiaryId(id)
        .contact(Fixtures.doorToDoor(D)).build()).accepted()).isTrue();
    int requests = watched.requests().size();

    assertThat(cached.welcome(tenant, welcome(id)).accepted()).isTrue();

    List<String> sent = watched.requests().subList(requests, watched.requests().size());
    assertThat(sent.get(0)).as("its request, decided on the stale copy").startsWith("INSERT INTO");
    assertThat(sent).filteredOn(sql -> sql.startsWith("SELECT") && sql.contains(".pathway_events "))
        .as("the person read again, after the conflict").singleElement()
        .satisfies(sql -> assertThat(sent.indexOf(sql)).isBetween(2, sent.size() - 2));
    assertThat(sent.get(sent.size() - 1)).as("its request again, decided on what the store holds").startsWith("INSERT INTO");
    assertThat(sent).as("more round trips than the two of an engine without the cache (docs/storage-jdbc.md)").hasSize(5);
    assertThat(storage.pathways().events(tenant, id)).hasSize(3).last().isInstanceOf(PathwayEvents.Welcomed.class);
  }

  /**
   * Without the engine's caches, a command reads what it is decided on in one request (the person's
   * events, their special-category answers kept apart, their summary and their programme's declarations), then sends its
   * request: two round trips, for a capture as for a welcome of a person with answers kept apart.
   */
  @Test
  void withoutTheEnginesCachesACommandReadsInOneRequestThenSendsItsWrites() {
    welcomedBy(engine, refugee(BeneficiaryId.random())); // the tallies, known since
    BeneficiaryId id = BeneficiaryId.random();

    int requests = watched.requests().size();
    assertThat(engine.capture(tenant, refugee(id)).accepted()).isTrue();
    assertReadThenWrote(requests, ".programmes ");

    requests = watched.requests().size();
    assertThat(engine.welcome(tenant, welcome(id)).accepted()).isTrue();
    assertReadThenWrote(requests, ".programmes p JOIN ");
    assertThat(storage.specialCategoryAnswers().of(tenant, id)).as("the refugee's answer, kept apart").hasSize(1);
  }

  /**
   * The store reads the person's summary with their events: a command about someone this store has not
   * written lately (another process wrote them, or this one restarted since) needs no read of the summary
   * before its request.
   */
  @Test
  void withoutTheEnginesCachesACommandAboutAPersonAnotherProcessWroteIsTwoRoundTripsToo() {
    MobilisationEngine another = MobilisationEngine.builder().storage(SCHEMA.storage()).clock(Fixtures.CLOCK).build();
    welcomedBy(another, refugee(BeneficiaryId.random()));
    welcomedBy(engine, refugee(BeneficiaryId.random())); // the tallies, known to this store since
    BeneficiaryId id = BeneficiaryId.random();
    assertThat(another.capture(tenant, refugee(id)).accepted()).isTrue();
    int requests = watched.requests().size();

    assertThat(engine.welcome(tenant, welcome(id)).accepted()).isTrue();

    assertReadThenWrote(requests, ".programmes p JOIN ");
    assertThat(storage.pathways().events(tenant, id)).hasSize(2);
  }

  private void assertReadThenWrote(int requests, String programme) {
    List<String> sent = watched.requests().subList(requests, watched.requests().size());
    assertThat(sent).hasSize(2);
    assertThat(FailingDataSource.statementsOf(sent.get(0))).satisfiesExactly(
        sql -> assertThat(sql).startsWith("SELECT").contains(".pathway_events "),
        sql -> assertThat(sql).startsWith("SELECT").contains(".special_category_answers "),
        sql -> assertThat(sql).startsWith("SELECT summary").contains(".beneficiaries "),
        sql -> assertThat(sql).startsWith("SELECT").contains(programme));
    assertThat(sent.get(1)).startsWith("INSERT INTO");
  }

  /**
   * A batch, without the engine's caches, reads its people's events and answers in one request and
   * their programme once, however many people it holds.
   */
  @Test
  void aBatchReadsItsPeopleInOneRequestAndTheirProgrammeOnce() {
    List<BeneficiaryId> ids = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      BeneficiaryId id = BeneficiaryId.random();
      assertThat(engine.capture(tenant, i % 4 == 0 ? refugee(id) : Fixtures.capture(id, D)).accepted()).isTrue();
      ids.add(id);
    }
    int requests = watched.requests().size();

    assertThat(engine.recordAll(tenant, ids.stream().map(PostgresRequestsTest::welcome).toList()))
        .hasSize(20).allSatisfy(result -> assertThat(result.accepted()).isTrue());

    List<String> reads = watched.requests().subList(requests, watched.requests().size()).stream()
        .filter(sql -> sql.startsWith("SELECT")).toList();
    assertThat(reads).filteredOn(sql -> sql.contains(".pathway_events ")).as("the people's events and answers")
        .singleElement().satisfies(sql -> assertThat(sql).contains(".special_category_answers "));
    assertThat(reads).filteredOn(sql -> sql.contains(".programmes ")).as("their programme").hasSize(1);
  }

  /**
   * Rebuilding the facts (here for an engine under other rule sets) reads a page of people's events and
   * answers in one request, and writes their facts in one transaction: a rebuild's requests do not grow
   * with the people of a page.
   */
  @Test
  void rebuildingTheFactsReadsAndWritesAPageOfPeopleAtOnce() {
    for (int i = 0; i < 30; i++) {
      welcomedBy(engine, i % 3 == 0 ? refugee(BeneficiaryId.random()) : Fixtures.capture(BeneficiaryId.random(), D));
    }
    MobilisationEngine otherRules = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK)
        .outcomeRules(OutcomeRules.of(RuleSets.sipa(), RuleSets.esfPlus())).build();
    int requests = watched.requests().size();
    int commits = watched.commits();

    assertThat(otherRules.rebuildFacts(tenant, Fixtures.SIPA, done -> {})).isEqualTo(30);

    List<String> sent = watched.requests().subList(requests, watched.requests().size());
    assertThat(sent).filteredOn(sql -> sql.contains(".pathway_events ")).as("the page's events and answers")
        .singleElement().satisfies(sql -> assertThat(sql).contains(".special_category_answers "));
    assertThat(watched.commits() - commits).as("the page's facts, in one transaction").isEqualTo(1);
    assertThat(sent).as("requests in all").hasSizeLessThan(12);
  }

  private static Capture refugee(BeneficiaryId id) {
    return Capture.builder().from(Fixtures.capture(id, D))
        .profile(Profile.builder().from(Fixtures.youngWoman()).refugee(true).build()).build();
  }

  private MobilisationEngine cachedEngine() {
    return MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK)
        .programmeCache(Duration.ofMinutes(5)).pathwayCache(100).build();
  }

  private void welcomedBy(MobilisationEngine engine, Capture capture) {
    assertThat(engine.capture(tenant, capture).accepted()).isTrue();
    assertThat(engine.welcome(tenant, welcome(capture.beneficiaryId())).accepted()).isTrue();
  }

  private static Welcome welcome(BeneficiaryId id) {
    return Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D.plusDays(1)).build();
  }

  /**
   * A request the server refuses part-way keeps nothing, even in auto-commit mode: here the capture's
   * matching key, whose insert comes after the command record and the events, is another person's. The
   * store then writes the careful way, statement by statement, which says why.
   */
  @Test
  void aCaptureRefusedPartWayThroughItsRequestKeepsNothingAndIsAnsweredTheCarefulWay() {
    Pathways pathways = storage.pathways();
    MatchingKey key = MatchingKey.of("ef".repeat(32));
    BeneficiaryId amina = BeneficiaryId.random();
    pathways.appendCapture(tenant, amina, captured(amina), PersonalDetails.builder().givenName("Amina").build(),
        Optional.of(key));
    BeneficiaryId other = BeneficiaryId.random();
    List<PathwayEvent> events = captured(other);
    int requests = watched.requests().size();

    assertThatThrownBy(() -> pathways.appendCapture(
            tenant, other, events, PersonalDetails.builder().givenName("Other").build(), Optional.of(key)))
        .isInstanceOf(IllegalArgumentException.class);

    List<String> writes = writesSince(requests);
    assertThat(FailingDataSource.statementsOf(writes.get(0)))
        .as("the request held the command record, the events and the details")
        .anySatisfy(sql -> assertThat(sql).contains(".pathway_commands "))
        .anySatisfy(sql -> assertThat(sql).contains(".pathway_events "))
        .anySatisfy(sql -> assertThat(sql).contains(".personal_data "));
    assertThat(writes).as("then the careful way, statement by statement").hasSizeGreaterThan(1);
    assertThat(pathways.events(tenant, other)).isEmpty();
    assertThat(pathways.eventsOfCommand(tenant, events.get(0).header().commandId())).isEmpty();
    assertThat(storage.beneficiaries().find(tenant, other)).isEmpty();
    assertThat(storage.personalData().findByMatchingKey(tenant, key)).contains(amina);
  }

  /**
   * The connection drops after the server ran a capture's request, before its answer arrives: the
   * request committed as it ran, so the engine cannot say it was not recorded. It says it may have been,
   * and the retry with the same command id is recognised.
   */
  @Test
  void aCaptureWhoseAnswerIsLostMayHaveBeenRecordedAndItsRetryIsRecognised() {
    BeneficiaryId id = BeneficiaryId.random();
    Capture capture = Fixtures.capture(id, D);
    watched.loseTheAnswerOf(sql -> sql.contains(".pathway_commands "));

    assertThatThrownBy(() -> engine.capture(tenant, capture))
        .isInstanceOf(CommitNotConfirmed.class)
        .hasMessageContaining("may or may not have been recorded");

    MobilisationEngine healthy = MobilisationEngine.builder().storage(SCHEMA.storage()).clock(Fixtures.CLOCK).build();
    CommandResult retried = healthy.capture(tenant, capture);
    assertThat(retried.accepted()).isTrue();
    assertThat(retried.replayed()).as("recognised as recorded").isTrue();
    assertThat(SCHEMA.storage().pathways().events(tenant, id)).hasSize(1);
  }

  /**
   * Another writer appends to the person between the welcome's read of their summary and its request: the
   * request meets the other's event under the events' primary key and keeps nothing; run again the
   * careful way, the append answers the conflict.
   */
  @Test
  void aWelcomeWhosePersonMovedOnBeforeItsRequestKeepsNothingOfItAndIsAConflict() {
    BeneficiaryId id = BeneficiaryId.random();
    Pathways pathways = storage.pathways();
    pathways.append(tenant, id, ExpectedVersion.noStream(), captured(id));
    CommandId theirs = CommandId.random();
    CommandId ours = CommandId.random();
    watched.before(
        sql -> sql.startsWith("INSERT INTO") && sql.contains(".pathway_events "),
        () -> SCHEMA.storage().pathways().append(tenant, id, ExpectedVersion.exactly(1), List.of(welcomed(id, theirs))));
    int requests = watched.requests().size();

    assertThatThrownBy(() -> pathways.append(tenant, id, ExpectedVersion.exactly(1), List.of(welcomed(id, ours))))
        .isInstanceOfSatisfying(VersionConflict.class, conflict -> {
          assertThat(conflict.expectedVersion()).isEqualTo(1);
          assertThat(conflict.actualVersion()).isEqualTo(2);
        });

    assertThat(statementsOf(writesSince(requests).get(0))).as("the request")
        .anySatisfy(sql -> assertThat(sql).contains("(UPDATE ").contains(".beneficiaries "));
    assertThat(pathways.eventsOfCommand(tenant, ours)).isEmpty();
    assertThat(pathways.eventsOfCommand(tenant, theirs)).hasSize(1);
    assertThat(storage.beneficiaries().find(tenant, id).orElseThrow().version()).isEqualTo(2);
  }

  /**
   * The person's summary is gone between the welcome's read of it and its request, while their events
   * stay (no writer of the engine does that; the check stands guard all the same): the request, which
   * commits as it runs, meets no key taken, and the server's check of the summary update refuses it
   * whole. Run again the careful way, the append answers the conflict: no summary at version 1.
   */
  @Test
  void aWelcomeWhoseSummaryIsGoneBeforeItsRequestKeepsNothingOfIt() {
    Pathways pathways = storage.pathways();
    BeneficiaryId id = capturedThenBeforeTheNextEvents("DELETE FROM %s");
    CommandId ours = CommandId.random();
    int requests = watched.requests().size();

    assertThatThrownBy(() -> pathways.append(tenant, id, ExpectedVersion.exactly(1), List.of(welcomed(id, ours))))
        .isInstanceOfSatisfying(VersionConflict.class, conflict -> assertThat(conflict.actualVersion()).isZero());

    assertThat(statementsOf(writesSince(requests).get(0))).as("the request held the welcome's rows")
        .anySatisfy(sql -> assertThat(sql).contains(".pathway_events "))
        .anySatisfy(sql -> assertThat(sql).contains(".fact_cells "));
    assertThat(pathways.eventsOfCommand(tenant, ours)).isEmpty();
    assertThat(pathways.events(tenant, id)).hasSize(1);
  }

  /**
   * A person captured through the store; then, just before the next append sends its events, their
   * summary row changed by {@code change} (its {@code %s} the table), on another connection. (What the
   * store does with a summary it remembers and another process rewrote: RememberedSummariesContract.)
   */
  private BeneficiaryId capturedThenBeforeTheNextEvents(String change) {
    BeneficiaryId id = BeneficiaryId.random();
    storage.pathways().append(tenant, id, ExpectedVersion.noStream(), captured(id));
    watched.before(sql -> sql.startsWith("INSERT INTO") && sql.contains(".pathway_events "),
        () -> SCHEMA.changeSummaryRow(change, tenant, id));
    return id;
  }

  private static PathwayEvent welcomed(BeneficiaryId id, CommandId command) {
    return PathwayEvents.Welcomed.of(
        PathwaysContract.header(id, 2, command, Stage.WELCOMED, D.plusDays(1)), Fixtures.SITE_MONTBELIARD, Optional.empty());
  }

  private List<PathwayEvent> captured(BeneficiaryId id) {
    return List.of(PathwaysContract.captured(id, CommandId.random(), Fixtures.doorToDoor(D)));
  }

  /**
   * The command's writes since {@code requests} were one request of these statements, in this order,
   * each given as its verb and its table ("UPDATE beneficiaries").
   */
  private void assertWroteOneRequest(int requests, String... statements) {
    List<String> writes = writesSince(requests);
    assertThat(writes).hasSize(1);
    List<String> sent = statementsOf(writes.get(0));
    assertThat(sent).hasSameSizeAs(statements);
    for (int i = 0; i < statements.length; i++) {
      int space = statements[i].lastIndexOf(' ');
      assertThat(sent.get(i)).startsWith(statements[i].substring(0, space))
          .contains("." + statements[i].substring(space + 1) + " ");
    }
  }

  /**
   * The statements of a request, but for the insert of tallies and places no one stored before, which
   * comes with the first person of the schema to have them.
   */
  private static List<String> statementsOf(String request) {
    return FailingDataSource.statementsOf(request).stream()
        .filter(sql -> !sql.contains(".fact_tallies ") && !sql.contains(".fact_places ")).toList();
  }

  private List<String> writesSince(int requests) {
    List<String> all = watched.requests();
    return all.subList(requests, all.size()).stream().filter(sql -> !sql.startsWith("SELECT")).toList();
  }
}
