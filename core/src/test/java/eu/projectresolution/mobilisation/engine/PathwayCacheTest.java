package eu.projectresolution.mobilisation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.StoreSnapshot;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.pathway.ExitReason;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.SatisfactionResponse;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.privacy.Erasure;
import eu.projectresolution.mobilisation.privacy.ErasureGround;
import eu.projectresolution.mobilisation.privacy.Requester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/**
 * The opt-in pathway cache: an engine that decides on the streams it last saw answers exactly as one
 * that reads the store for every command, even when another engine moves people behind its back.
 */
class PathwayCacheTest {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);

  private final InMemoryStorage storage = InMemoryStorage.create();
  private final TenantId tenant = TenantId.of("ideis");
  private final MobilisationEngine cached = engine(storage, 1_000);
  /** Another writer of the same store: another process, or an engine without the cache. */
  private final MobilisationEngine other = engine(storage, 0);
  /** The serial number of the next command id, so that two runs can send the same commands. */
  private long nextCommand;

  PathwayCacheTest() {
    cached.registerProgramme(tenant, Fixtures.sipa());
  }

  private static MobilisationEngine engine(InMemoryStorage storage, long pathwayCacheSize) {
    return MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).pathwayCache(pathwayCacheSize).build();
  }

  private BeneficiaryId welcomedBy(MobilisationEngine engine) {
    BeneficiaryId id = BeneficiaryId.random();
    assertThat(engine.capture(tenant, Fixtures.capture(id, D)).accepted()).isTrue();
    assertThat(engine.welcome(tenant, welcome(id)).accepted()).isTrue();
    return id;
  }

  private static Welcome welcome(BeneficiaryId id) {
    return Welcome.builder().beneficiaryId(id).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(D).build();
  }

  private static Orient orient(BeneficiaryId id) {
    return Orient.builder().beneficiaryId(id).occurredOn(D).orientation(Orientation.ADAPTED_ACCOMPANIMENT).build();
  }

  private static StartAccompaniment accompany(BeneficiaryId id) {
    return StartAccompaniment.builder().beneficiaryId(id).occurredOn(D).build();
  }

  private static RecordExit exit(BeneficiaryId id) {
    return RecordExit.builder().beneficiaryId(id).occurredOn(D).reason(ExitReason.MAINSTREAM_SCHEME)
        .situation(Situation.builder().registeredWithPublicEmploymentService(true).build()).build();
  }

  private static RecordSatisfaction satisfied(BeneficiaryId id) {
    return RecordSatisfaction.builder().beneficiaryId(id).occurredOn(D).response(SatisfactionResponse.of(true)).build();
  }

  private long storedVersion(BeneficiaryId id) {
    return storage.pathways().events(tenant, id).size();
  }

  @Test
  void acceptsAMoveThatAnotherWriterMadeLegal() {
    BeneficiaryId id = welcomedBy(cached);
    assertThat(other.orient(tenant, orient(id)).accepted()).isTrue();

    CommandResult accompanied = cached.startAccompaniment(tenant, accompany(id));

    assertThat(accompanied.refusal()).isEmpty();
    assertThat(accompanied.pathway().orElseThrow().stage()).isEqualTo(Stage.ACCOMPANIED);
    assertThat(storedVersion(id)).isEqualTo(4);
  }

  @Test
  void refusesAMoveThatAnotherWriterMadeIllegalAndWritesNothing() {
    BeneficiaryId id = welcomedBy(cached);
    assertThat(cached.orient(tenant, orient(id)).accepted()).isTrue();
    assertThat(other.recordExit(tenant, exit(id)).accepted()).isTrue();
    String before = StoreSnapshot.of(storage, tenant);

    CommandResult accompanied = cached.startAccompaniment(tenant, accompany(id));

    assertThat(accompanied.refusal().orElseThrow().code()).isEqualTo(RefusalCode.TRANSITION_NOT_ALLOWED);
    assertThat(accompanied.refusal().get().message()).contains("'exited'");
    assertThat(StoreSnapshot.of(storage, tenant)).isEqualTo(before);
  }

  @Test
  void keepsWhatAnotherWriterAppendedWhenAppendingAfterIt() {
    BeneficiaryId id = welcomedBy(cached);
    assertThat(other.orient(tenant, orient(id)).accepted()).isTrue();

    CommandResult answered = cached.recordSatisfaction(tenant, satisfied(id));

    assertThat(answered.pathway().orElseThrow().version()).isEqualTo(4);
    assertThat(answered.pathway().get().stage()).isEqualTo(Stage.ORIENTED);
    assertThat(other.pathway(tenant, id).orElseThrow()).isEqualTo(answered.pathway().get());
  }

  @Test
  void refusesToCaptureSomeoneAnotherWriterCaptured() {
    BeneficiaryId id = BeneficiaryId.random();
    assertThat(other.capture(tenant, Fixtures.capture(id, D)).accepted()).isTrue();

    CommandResult again = cached.capture(tenant, Fixtures.capture(id, D));

    assertThat(again.refusal().orElseThrow().code()).isEqualTo(RefusalCode.BENEFICIARY_ALREADY_CAPTURED);
    assertThat(storedVersion(id)).isEqualTo(1);
  }

  @Test
  void answersARetryOfACommandRecordedThroughAnotherWriterWithItsOriginalResult() {
    BeneficiaryId id = welcomedBy(cached);
    Orient orient = Orient.builder().from(orient(id)).commandId(CommandId.random()).build();
    CommandResult first = other.orient(tenant, orient);

    CommandResult retried = cached.orient(tenant, orient);

    assertThat(retried.replayed()).isTrue();
    assertThat(retried.events()).isEqualTo(first.events());
    assertThat(storedVersion(id)).isEqualTo(3);
  }

  @Test
  void checksAnExpectedVersionAgainstTheStoreNotAgainstWhatItLastSaw() {
    BeneficiaryId id = welcomedBy(cached);
    assertThat(other.orient(tenant, orient(id)).accepted()).isTrue();

    assertThatThrownBy(() -> cached.startAccompaniment(tenant, StartAccompaniment.builder().from(accompany(id)).expectedVersion(ExpectedVersion.exactly(2)).build()))
        .isInstanceOfSatisfying(VersionConflict.class, c -> assertThat(c.actualVersion()).isEqualTo(3));
    assertThat(cached.startAccompaniment(tenant, StartAccompaniment.builder().from(accompany(id)).expectedVersion(ExpectedVersion.exactly(3)).build()).accepted())
        .isTrue();
  }

  @Test
  void refusesACommandAboutSomeoneNeverCaptured() {
    CommandResult welcomed = cached.welcome(tenant, welcome(BeneficiaryId.random()));

    assertThat(welcomed.refusal().orElseThrow().code()).isEqualTo(RefusalCode.UNKNOWN_BENEFICIARY);
  }

  /**
   * Two writers, one with the cache, interleave random commands about a few people; the same commands
   * through two writers without the cache, on another store, get the same answers and leave the same
   * records (the people's facts included: an answer one writer erased is not counted again by the
   * other's next command).
   */
  @Test
  void answersEveryInterleavingAsAnEngineWithoutTheCache() {
    InMemoryStorage reference = InMemoryStorage.create();
    MobilisationEngine plain = engine(reference, 0);
    MobilisationEngine plainOther = engine(reference, 0);
    plain.registerProgramme(tenant, Fixtures.sipa());
    List<BeneficiaryId> people = List.of(BeneficiaryId.random(), BeneficiaryId.random(), BeneficiaryId.random());
    List<BiFunction<MobilisationEngine, BeneficiaryId, CommandResult>> commands =
        List.of(
            (engine, id) -> engine.capture(tenant, Capture.builder().from(Fixtures.capture(id, D)).commandId(nextId()).build()),
            // A refugee: a special-category answer kept apart, which an erasure by either writer takes away.
            (engine, id) -> engine.capture(tenant, Capture.builder().from(Fixtures.capture(id, D)).commandId(nextId())
                .profile(Profile.builder().from(Fixtures.youngWoman()).refugee(true).build()).build()),
            (engine, id) -> engine.erase(tenant, Erasure.builder().commandId(nextId()).beneficiaryId(id)
                .requester(Requester.THE_PERSON).ground(ErasureGround.CONSENT_WITHDRAWN).requestedOn(D)
                .recordedBy("c.martin").build()),
            (engine, id) -> engine.welcome(tenant, Welcome.builder().from(welcome(id)).commandId(nextId()).build()),
            (engine, id) -> engine.orient(tenant, Orient.builder().from(orient(id)).commandId(nextId()).build()),
            (engine, id) -> engine.startAccompaniment(tenant, StartAccompaniment.builder().from(accompany(id)).commandId(nextId()).build()),
            (engine, id) -> engine.recordExit(tenant, RecordExit.builder().from(exit(id)).commandId(nextId()).build()),
            (engine, id) -> engine.recordSatisfaction(tenant, RecordSatisfaction.builder().from(satisfied(id)).commandId(nextId()).build()));
    Random random = new Random(42);

    List<String> answers = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int step = 0; step < 400; step++) {
      boolean byOther = random.nextBoolean();
      BeneficiaryId id = people.get(random.nextInt(people.size()));
      BiFunction<MobilisationEngine, BeneficiaryId, CommandResult> command = commands.get(random.nextInt(commands.size()));
      long commandIds = nextCommand;
      answers.add(step + ": " + answer(command.apply(byOther ? other : cached, id)));
      nextCommand = commandIds; // the same command ids again, for the reference
      expected.add(step + ": " + answer(command.apply(byOther ? plainOther : plain, id)));
    }

    assertThat(answers).isEqualTo(expected);
    assertThat(answers).anyMatch(a -> a.contains("accepted")).anyMatch(a -> a.contains("TRANSITION_NOT_ALLOWED"));
    assertThat(StoreSnapshot.of(storage, tenant)).isEqualTo(StoreSnapshot.of(reference, tenant));
  }

  /**
   * A refugee's answer, kept apart from their events, counts in the facts of every command about them:
   * an engine that knows their stream still reads the answers kept, and counts only those another writer
   * has not erased meanwhile.
   */
  @Test
  void countsTheAnswersKeptApartOfAPersonItKnowsAsTheStoreKeepsThem() {
    InMemoryStorage reference = InMemoryStorage.create();
    MobilisationEngine plain = engine(reference, 0);
    plain.registerProgramme(tenant, Fixtures.sipa());
    BeneficiaryId id = BeneficiaryId.random();
    for (MobilisationEngine engine : List.of(cached, plain)) {
      nextCommand = 0;
      assertThat(engine.capture(tenant, Capture.builder().from(Fixtures.capture(id, D)).commandId(nextId())
          .profile(Profile.builder().from(Fixtures.youngWoman()).refugee(true).build()).build()).accepted()).isTrue();
      assertThat(engine.welcome(tenant, Welcome.builder().from(welcome(id)).commandId(nextId()).build()).accepted()).isTrue();
    }
    assertThat(StoreSnapshot.of(storage, tenant)).as("the refugee counted").isEqualTo(StoreSnapshot.of(reference, tenant))
        .contains("refugee");

    for (MobilisationEngine engine : List.of(other, plain)) {
      nextCommand = 2;
      assertThat(engine.erase(tenant, Erasure.builder().commandId(nextId()).beneficiaryId(id)
          .requester(Requester.THE_PERSON).ground(ErasureGround.CONSENT_WITHDRAWN).requestedOn(D)
          .recordedBy("c.martin").build()).accepted()).isTrue();
    }
    for (MobilisationEngine engine : List.of(cached, plain)) {
      nextCommand = 3;
      assertThat(engine.orient(tenant, Orient.builder().from(orient(id)).commandId(nextId()).build()).accepted()).isTrue();
    }
    assertThat(StoreSnapshot.of(storage, tenant)).as("the erased answer no longer counted")
        .isEqualTo(StoreSnapshot.of(reference, tenant));
  }

  private CommandId nextId() {
    return CommandId.of(new UUID(0x4000L, 0x8000000000000000L | nextCommand++));
  }

  private static String answer(CommandResult result) {
    Optional<String> refusal = result.refusal().map(r -> r.code() + " " + r.message());
    return refusal.orElseGet(() -> result.pathway().map(p -> "accepted at version " + p.version()).orElse("accepted"));
  }

  @Test
  void refusesANegativeSize() {
    assertThatThrownBy(() -> MobilisationEngine.builder().pathwayCache(-1)).hasMessageContaining("pathwayCache");
  }
}
