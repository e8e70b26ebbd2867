package eu.projectresolution.mobilisation.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.capture.AttendanceRegister;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.indicator.FactsOutOfDate;
import eu.projectresolution.mobilisation.indicator.IndicatorFacts;
import eu.projectresolution.mobilisation.indicator.IndicatorReports;
import eu.projectresolution.mobilisation.indicator.ReportResult;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.outcome.OutcomeRules;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.Beneficiaries;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.privacy.AccessPurpose;
import eu.projectresolution.mobilisation.privacy.ConsentPurpose;
import eu.projectresolution.mobilisation.privacy.ConsentRecord;
import eu.projectresolution.mobilisation.privacy.Erasure;
import eu.projectresolution.mobilisation.privacy.ErasureRecord;
import eu.projectresolution.mobilisation.privacy.PersonalDataAccess;
import eu.projectresolution.mobilisation.privacy.PersonalDataExport;
import eu.projectresolution.mobilisation.privacy.PurgeReport;
import eu.projectresolution.mobilisation.privacy.SpecialCategoryAnswer;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// Over 400 lines: the facade's javadoc is the engine's manual (one method per command and query, and
// the builder's options); the work is behind it, in CommandPipeline, Deciders, RefusalRules,
// ProgrammeRecords and PersonalDataRecords.
/**
 * The mobilisation engine: the commands a host sends when counsellors act, and the queries it asks.
 *
 * <pre>{@code
 * MobilisationEngine engine = MobilisationEngine.builder()
 *     .storage(InMemoryStorage.create())   // or JdbcStorage on a database
 *     .clock(Clock.systemDefaultZone())
 *     .pathwayModel(PathwayModel.sipa())   // the default
 *     .build();
 * engine.registerProgramme(tenant, sipa);
 * CommandResult captured = engine.capture(tenant, capture);
 * CommandResult welcomed = engine.welcome(tenant, welcome);
 * }</pre>
 *
 * <p>Each pathway command is checked against the person's current pathway and the programme: an
 * accepted command appends its events in one atomic write; a refused one writes nothing and says why
 * ({@link Refusal}). Sending a command again with the same {@link eu.projectresolution.mobilisation.CommandId}
 * returns the original result and writes nothing. When two writers change the same pathway at once,
 * one of them gets a {@link VersionConflict}: retry it with the same command id. Caller mistakes (a
 * missing tenant or command) throw {@link NullPointerException} or {@link IllegalArgumentException}.
 *
 * <p>The engine is immutable and thread-safe; build one per store and share it.
 */
public final class MobilisationEngine {
  private static final Logger LOG = LoggerFactory.getLogger(MobilisationEngine.class);

  private final MobilisationStorage storage;
  private final Beneficiaries beneficiaries;
  private final Clock clock;
  private final PathwayModel model;
  private final ProgrammeRecords programmeRecords;
  private final CommandPipeline pipeline;
  private final OutcomeRules outcomeRules;
  private final IndicatorReports reports;
  private final FactsKeeper factsKeeper;
  private final PersonalDataRecords personalDataRecords;
  private final RetentionPurge retentionPurge;

  private MobilisationEngine(Builder builder) {
    this.storage = requireNonNull(builder.storage, "storage is missing: call builder().storage(...)");
    this.beneficiaries = storage.beneficiaries();
    this.clock = builder.clock;
    this.model = builder.model;
    // Declarations read by commands, cached a while when the host allows it.
    Declarations declarations = new Declarations(storage.programmes(), builder.programmeCacheTtl);
    this.programmeRecords = new ProgrammeRecords(storage, declarations, new RecordChecks(clock));
    this.outcomeRules = builder.outcomeRules;
    this.reports =
        IndicatorReports.builder()
            .sources(storage.indicatorSources())
            .outcomeRules(outcomeRules)
            .pathwayModel(model)
            .clock(clock)
            .build();
    KnownOutreachEvents outreachEvents = new KnownOutreachEvents(storage);
    this.factsKeeper = new FactsKeeper(storage, reports.facts(), declarations, outreachEvents);
    PathwayCache pathwayCache =
        builder.pathwayCacheSize == 0 ? PathwayCache.none() : PathwayCache.upTo(builder.pathwayCacheSize);
    this.pipeline = new CommandPipeline(
        storage, CommandContext.Lookups.of(storage, outreachEvents), declarations, clock, model, pathwayCache, factsKeeper);
    this.personalDataRecords = new PersonalDataRecords(storage, clock, pathwayCache);
    this.retentionPurge = new RetentionPurge(storage, clock, pathwayCache);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The pathway model the engine checks commands against. */
  public PathwayModel pathwayModel() {
    return model;
  }

  /** The clock that dates records and decides what "today" is. */
  public Clock clock() {
    return clock;
  }

  /**
   * The definitions under which this engine computes each person's facts as it appends their events, for
   * a programme that declares no before/after measure nor follow-up moment; {@code
   * indicatorFacts().declaredBy(programme)} for one that does.
   */
  public IndicatorFacts indicatorFacts() {
    return factsKeeper.definitions();
  }

  /** The rule sets indicator reports apply. */
  public OutcomeRules outcomeRules() {
    return outcomeRules;
  }

  // ---------------------------------------------------------------- programme-level records

  /**
   * Registers a programme. Registering the same declaration again is accepted as a replay; a
   * different programme under an existing id is refused with {@code RECORD_ALREADY_EXISTS}.
   *
   * @throws IllegalArgumentException if the programme declares a country pack that is not known (the message
   *     names {@code programme.countryPack} and the known packs)
   */
  public CommandResult registerProgramme(TenantId tenant, Programme programme) {
    return programmeRecords.registerProgramme(tenant, programme);
  }

  /**
   * Replaces a registered programme's declarations (a corrected budget, a new partner or site).
   *
   * @throws IllegalArgumentException if the programme declares a country pack that is not known
   */
  public CommandResult updateProgramme(TenantId tenant, Programme programme) {
    return programmeRecords.updateProgramme(tenant, programme);
  }

  /**
   * Records an outreach event (a Recrut'Café, a stand...). People met there are then captured with a
   * {@link Contact} naming the event, which builds its attendance register.
   */
  public CommandResult recordOutreachEvent(TenantId tenant, OutreachEvent event) {
    return programmeRecords.recordOutreachEvent(tenant, event);
  }

  /** Records a collaborative action conducted with partners (a reverse job fair, a volleyball match...). */
  public CommandResult recordCollaborativeAction(TenantId tenant, CollaborativeAction action) {
    return programmeRecords.recordCollaborativeAction(tenant, action);
  }

  /** Records an event hosted at one of the programme's sites. */
  public CommandResult recordSiteEvent(TenantId tenant, SiteEvent event) {
    return programmeRecords.recordSiteEvent(tenant, event);
  }

  /**
   * Records many outreach events at once, as a host loading a programme's history does: each is
   * checked and answered as {@link #recordOutreachEvent} would answer it on its own (a refused one
   * writing nothing), and the accepted ones are stored in one call to the store, one transaction on a
   * database, rather than one each.
   *
   * <pre>{@code
   * List<CommandResult> results = engine.recordOutreachEvents(tenant, recrutCafesOf2017);
   * }</pre>
   *
   * @return the answer to each event, in order
   */
  public List<CommandResult> recordOutreachEvents(TenantId tenant, List<OutreachEvent> events) {
    return programmeRecords.recordOutreachEvents(tenant, events);
  }

  /**
   * Records many collaborative actions at once, each answered as {@link #recordCollaborativeAction}
   * would answer it, the accepted ones stored in one call to the store (see {@link #recordOutreachEvents}).
   *
   * @return the answer to each action, in order
   */
  public List<CommandResult> recordCollaborativeActions(TenantId tenant, List<CollaborativeAction> actions) {
    return programmeRecords.recordCollaborativeActions(tenant, actions);
  }

  /**
   * Records many site events at once, each answered as {@link #recordSiteEvent} would answer it, the
   * accepted ones stored in one call to the store (see {@link #recordOutreachEvents}).
   *
   * @return the answer to each event, in order
   */
  public List<CommandResult> recordSiteEvents(TenantId tenant, List<SiteEvent> events) {
    return programmeRecords.recordSiteEvents(tenant, events);
  }

  // ---------------------------------------------------------------- pathway commands

  /** Starts a person's pathway with a first contact. */
  public CommandResult capture(TenantId tenant, Capture command) {
    return pipeline.record(tenant, command);
  }


  /** Records another contact with a person already captured. */
  public CommandResult recordContact(TenantId tenant, RecordContact command) {
    return pipeline.record(tenant, command);
  }


  /** Records a first reception at a site, or a re-entry after an exit. */
  public CommandResult welcome(TenantId tenant, Welcome command) {
    return pipeline.record(tenant, command);
  }


  /** Records what the counsellor and the person agreed after the first reception. */
  public CommandResult orient(TenantId tenant, Orient command) {
    return pipeline.record(tenant, command);
  }


  /** Starts the adapted accompaniment. */
  public CommandResult startAccompaniment(TenantId tenant, StartAccompaniment command) {
    return pipeline.record(tenant, command);
  }


  /** Records an appointment of the accompaniment (planned, attended or missed). */
  public CommandResult recordAppointment(TenantId tenant, RecordAppointment command) {
    return pipeline.record(tenant, command);
  }


  /** Refers the person to a mainstream scheme provided by one of the programme's partners. */
  public CommandResult refer(TenantId tenant, Refer command) {
    return pipeline.record(tenant, command);
  }


  /** Records what became of a referral. */
  public CommandResult recordReferralOutcome(TenantId tenant, RecordReferralOutcome command) {
    return pipeline.record(tenant, command);
  }


  /** Records the person's exit and the situation observed then. */
  public CommandResult recordExit(TenantId tenant, RecordExit command) {
    return pipeline.record(tenant, command);
  }


  /**
   * Records the participant's status at entry (labour-market status, education level, special
   * categories). Refused before the welcome ({@code NOT_YET_WELCOMED}) and when one is already recorded
   * ({@code ENTRY_STATUS_ALREADY_RECORDED}): a person has exactly one entry status.
   */
  public CommandResult recordEntryStatus(TenantId tenant, RecordEntryStatus command) {
    return pipeline.record(tenant, command);
  }


  /**
   * Records a follow-up observation of the person's latest exit (at exit, within four weeks, six months
   * later). It may be dated after the programme's end, but not before the exit nor outside its moment's
   * window.
   */
  public CommandResult recordFollowUp(TenantId tenant, RecordFollowUp command) {
    return pipeline.record(tenant, command);
  }


  /** Records that the programme lost contact with the person. */
  public CommandResult recordLostContact(TenantId tenant, RecordLostContact command) {
    return pipeline.record(tenant, command);
  }


  /** Records that the person gave up. */
  public CommandResult recordDropOut(TenantId tenant, RecordDropOut command) {
    return pipeline.record(tenant, command);
  }


  /**
   * Records a partner's own step (a job club, driving lessons, mentoring), which the engine's pathway
   * model declares beyond the built-in steps ({@link PathwayModel#partnerSteps()}): the pathway moves to
   * the stage the model says it leads to. Refused with {@code STEP_NOT_IN_MODEL} for a step the model
   * does not declare, {@code TRANSITION_NOT_ALLOWED} for a move it forbids, and {@code UNKNOWN_SITE} for
   * a site the programme does not have.
   */
  public CommandResult recordPartnerStep(TenantId tenant, RecordPartnerStep command) {
    return pipeline.record(tenant, command);
  }


  /** Records an answer to the satisfaction survey. */
  public CommandResult recordSatisfaction(TenantId tenant, RecordSatisfaction command) {
    return pipeline.record(tenant, command);
  }


  /** Records the person's situation observed on a day. */
  public CommandResult recordSituation(TenantId tenant, RecordSituation command) {
    return pipeline.record(tenant, command);
  }


  /** Corrects or completes the person's profile. */
  public CommandResult updateProfile(TenantId tenant, UpdateProfile command) {
    return pipeline.record(tenant, command);
  }


  /**
   * Corrects an earlier event recorded wrong (an exit's reason, a status at entry, a day, a site, a
   * channel, a referral's outcome): the pathway, the person's facts and every report then read it as
   * corrected, and the stream keeps the original beside the correction, its reason and its author.
   * Refused with {@code UNKNOWN_EVENT}, {@code CORRECTION_NOT_APPLICABLE} (a correction for another kind
   * of event, a day out of order), {@code UNKNOWN_SITE} or {@code REFERRAL_STATUS_NOT_ALLOWED}.
   */
  public CommandResult correctEvent(TenantId tenant, CorrectEvent command) {
    return pipeline.record(tenant, command);
  }

  /**
   * Voids an earlier event that should never have been recorded: the pathway, the person's facts and
   * every report then read as if it had not been. Refused with {@code UNKNOWN_EVENT} or {@code
   * EVENT_NOT_VOIDABLE} (the capture; a move along the pathway that is no longer the latest event).
   */
  public CommandResult voidEvent(TenantId tenant, VoidEvent command) {
    return pipeline.record(tenant, command);
  }

  // ---------------------------------------------------------------- many pathway commands at once

  /**
   * Records many pathway commands, of one person or many, in one atomic write: for bulk imports,
   * replays of past records and nightly synchronisations, where committing each command on its own
   * costs a database commit (a disk flush) per command.
   *
   * <p>Each command is answered on its own, in input order, exactly as its own method ({@link
   * #capture}, {@link #welcome}...) would answer it if the commands were sent one after the other: it
   * is decided on the person's pathway as the batch's earlier accepted commands leave it (so one batch
   * may hold a person's capture, welcome and orientation), a refused command writes nothing and
   * returns its {@link Refusal}, and a command whose id is already recorded returns its original
   * result marked {@link CommandResult#replayed()}. The accepted commands are then written together,
   * in one transaction on a database ({@link Pathways#appendAll}): all of them or none.
   *
   * <pre>{@code
   * List<CommandResult> results = engine.recordAll(tenant, List.of(capture, welcome, orient));
   * }</pre>
   *
   * <p>If another writer changed one of the batch's pathways meanwhile, or recorded one of its command
   * ids, the batch writes nothing and its commands are recorded one by one instead, each through its
   * own method: the answers stay the ones a loop would give. So does a batch that names a command id
   * twice, or whose command carries an {@link PathwayCommand#expectedVersion() expectedVersion} the
   * pathway is no longer at: the commands before it are recorded, and it throws {@link
   * VersionConflict}, as a loop would.
   *
   * <p>Size: a few hundred commands per call. A larger batch saves little more, holds its locks and
   * its connection longer, and is all decided again, one by one, if it meets a concurrent writer. With
   * {@link Builder#pathwayCache(long)} on, the people of a batch are remembered once it is written.
   *
   * @param commands pathway commands of any kind ({@link Capture}, {@link Welcome}, {@link Orient}...)
   * @return one result per command, in the order of {@code commands}
   * @throws IllegalArgumentException if a command is of a kind the engine does not know, or reuses the
   *     command id of another person's recorded command
   */
  public List<CommandResult> recordAll(TenantId tenant, List<? extends PathwayCommand> commands) {
    return pipeline.recordAll(tenant, commands);
  }

  /**
   * Imports a batch of pathway commands (a caseload migrated from a partner's system, a nightly sync)
   * and reports each one's outcome in input order: recorded, refused with its code and field, already
   * recorded (an import sent again is safe), or not written. The {@code mode} says what a refusal does
   * to the rest: nothing ({@link ImportMode#EACH_ON_ITS_OWN}), everything written or nothing ({@link
   * ImportMode#ALL_OR_NOTHING}), or nothing is written at all ({@link ImportMode#VALIDATE_ONLY}). The
   * commands are decided as {@link #recordAll} decides them, each on its person's pathway as the
   * earlier ones leave it, and written in one atomic step.
   *
   * <pre>{@code
   * ImportReport report = engine.importCommands(tenant, commands, ImportMode.ALL_OR_NOTHING);
   * report.refused().forEach(o -> show(o.index(), o.refusal().orElseThrow().message()));
   * }</pre>
   *
   * @throws IllegalArgumentException if two commands share a command id
   * @throws VersionConflict if a command expects a version its pathway is not at; nothing is written
   *     in the all-or-nothing and validation modes
   * @throws eu.projectresolution.mobilisation.RetriesExhausted if, in the all-or-nothing and validation
   *     modes, other writers kept changing the batch's pathways while it was decided; nothing is
   *     written: send it again
   */
  public ImportReport importCommands(TenantId tenant, List<? extends PathwayCommand> commands, ImportMode mode) {
    requireNonNull(mode, "mode");
    List<CommandResult> results;
    boolean written;
    if (mode == ImportMode.EACH_ON_ITS_OWN) {
      results = pipeline.recordAll(tenant, commands);
      written = true;
    } else {
      CommandPipeline.Decisions decisions = pipeline.decideAll(tenant, commands,
          mode == ImportMode.ALL_OR_NOTHING ? CommandPipeline.Writing.ALL_OR_NOTHING : CommandPipeline.Writing.NOTHING);
      results = decisions.results();
      written = decisions.written();
    }
    List<ImportReport.Outcome> outcomes = new ArrayList<>(results.size());
    for (int i = 0; i < results.size(); i++) {
      CommandResult result = results.get(i);
      PathwayCommand command = commands.get(i);
      ImportReport.Status status = result.refused() ? ImportReport.Status.REFUSED
          : result.replayed() ? ImportReport.Status.ALREADY_RECORDED
          : written ? ImportReport.Status.RECORDED
          : ImportReport.Status.NOT_WRITTEN;
      outcomes.add(new ImportReport.Outcome(i, command.commandId(), command.beneficiaryId(), status, result.refusal()));
    }
    return new ImportReport(mode, outcomes);
  }

  // ---------------------------------------------------------------- queries

  /** The person's pathway, folded from its events. */
  public Optional<Pathway> pathway(TenantId tenant, BeneficiaryId beneficiary) {
    List<PathwayEvent> events =
        storage.pathways().events(requireNonNull(tenant, "tenant"), requireNonNull(beneficiary, "beneficiary"));
    return events.isEmpty() ? Optional.empty() : Optional.of(Pathway.fold(events));
  }

  /** The ids of the programme's people currently at {@code stage}. */
  public List<BeneficiaryId> beneficiariesAt(TenantId tenant, ProgrammeId programme, Stage stage) {
    return beneficiaries.inStage(tenant, programme, stage);
  }

  /** How many of the programme's people are at each stage of the model, in funnel order, zeros included. */
  public Map<Stage, Long> countByStage(TenantId tenant, ProgrammeId programme) {
    Map<Stage, Long> stored = beneficiaries.countByStage(tenant, programme);
    Map<Stage, Long> counts = new LinkedHashMap<>();
    model.stages().forEach(stage -> counts.put(stage, stored.getOrDefault(stage, 0L)));
    stored.forEach(counts::putIfAbsent);
    return counts;
  }

  /** The attendance register of an outreach event: everyone met there, for adapted follow-up proposals. */
  public Optional<AttendanceRegister> attendanceRegister(TenantId tenant, OutreachEventId event) {
    return storage.outreachEvents()
        .find(tenant, event)
        .map(e -> AttendanceRegister.of(e, beneficiaries.attendance(tenant, event)));
  }

  public Optional<Programme> programme(TenantId tenant, ProgrammeId programme) {
    return storage.programmes().find(tenant, programme);
  }

  /**
   * The person's identifying details, kept apart from their pathway (see {@link PersonalDetails}):
   * empty if none were given with the capture, or once they were erased. The read is recorded in the
   * access log with author {@value #UNNAMED_READER} and purpose {@code NOT_GIVEN}: prefer {@link
   * #personalDetails(TenantId, BeneficiaryId, String, AccessPurpose)}, which names who reads and why.
   */
  public Optional<PersonalDetails> personalDetails(TenantId tenant, BeneficiaryId beneficiary) {
    return personalDataRecords.personalDetails(tenant, beneficiary, UNNAMED_READER, AccessPurpose.NOT_GIVEN);
  }

  /**
   * The person a {@link MatchingKey} recognises (the key computed by an {@code IdentityMatcher} from
   * the identity met again), if the tenant holds it: whom to record a new contact for rather than
   * capture again.
   */
  public Optional<BeneficiaryId> beneficiaryRecognisedBy(TenantId tenant, MatchingKey key) {
    return storage.personalData().findByMatchingKey(requireNonNull(tenant, "tenant"), requireNonNull(key, "key"));
  }

  /**
   * The programme's indicator report for {@code scope}, computed now from its stored records with the
   * engine's outcome rules, or a refusal (unknown programme or site, a period ending before it starts, a
   * budget in another currency than the programme's).
   *
   * <pre>{@code
   * IndicatorReport report = engine.indicatorReport(tenant, ReportScope.of(sipa)).orElseThrow();
   * }</pre>
   */
  public ReportResult indicatorReport(TenantId tenant, ReportScope scope) {
    try {
      return reports.compute(tenant, scope);
    } catch (FactsOutOfDate outOfDate) {
      LOG.info("Computing again the facts of {} people of programme {} before reporting: {}",
          outOfDate.people(), scope.programmeId(), outOfDate.getMessage());
      rebuildFacts(tenant, scope.programmeId(), done -> {});
      return reports.compute(tenant, scope);
    }
  }

  /**
   * Computes again, from their events, the facts of the programme's people whose facts were computed
   * under other definitions than this engine's (another version of a rule set, another pathway model)
   * or stored without facts: what to do after registering a new rule set version. Page by page, each
   * page of a few hundred people read at once and written in a step of its own (one short transaction
   * on a database), so that commands go on meanwhile and an interrupted rebuild resumes where it
   * stopped when called again; a person whose pathway moved on since the page was read keeps the facts
   * their append brought. {@link #indicatorReport} calls it itself when it meets such facts.
   *
   * <pre>{@code
   * long rebuilt = engine.rebuildFacts(tenant, sipa, done -> log.info("{} people done", done));
   * }</pre>
   *
   * @param progress told the number of people done so far after each page
   * @return the number of people whose facts were computed again
   */
  public long rebuildFacts(TenantId tenant, ProgrammeId programme, LongConsumer progress) {
    requireNonNull(tenant, "tenant");
    requireNonNull(programme, "programme");
    requireNonNull(progress, "progress");
    return factsKeeper.rebuild(tenant, programme, progress);
  }

  // ---------------------------------------------------------------- personal-data lifecycle

  /** The author the access log records for a read through {@link #personalDetails(TenantId, BeneficiaryId)}. */
  public static final String UNNAMED_READER = "unnamed";

  /**
   * Erases a person's identifying data for good (GDPR Art. 17): identity, contact details, notes, the
   * matching key, the partner's case ids and the special-category answers (those inside events recorded
   * before answers were kept apart too), in one atomic step with an {@link ErasureRecord} saying who asked, on which
   * ground, when, who recorded it and which classes of data were erased, and holding none of them; then
   * the pathway's detail that no report counts ({@link eu.projectresolution.mobilisation.privacy.PathwayDetail}:
   * free text, staff members, typing instants), in place. The
   * pathway's events and days, the facts and every report stay unchanged; consents and the access log, which hold no
   * identifying data, are kept. Erasing a person already erased is accepted and recorded, with nothing
   * erased; the same command id again is answered as already recorded.
   *
   * <p>Refused with {@code DATE_IN_FUTURE} (field {@code requestedOn}) for a request dated after today,
   * and {@code UNKNOWN_BENEFICIARY} for a person the tenant knows nothing about.
   */
  public CommandResult erase(TenantId tenant, Erasure erasure) {
    return personalDataRecords.erase(tenant, erasure);
  }

  /** The audit records of the erasures of the person's data, oldest first. */
  public List<ErasureRecord> erasures(TenantId tenant, BeneficiaryId beneficiary) {
    return personalDataRecords.erasures(tenant, beneficiary);
  }

  /**
   * Records a person giving or withdrawing their consent to a purpose. Refused with {@code
   * UNKNOWN_BENEFICIARY} for a person never captured, {@code DATE_IN_FUTURE} (field {@code on}), {@code
   * UNKNOWN_PARTNER} for sharing with a partner the programme does not declare, {@code
   * CONSENT_NOT_IN_FORCE} for withdrawing a consent not in force that day, and {@code
   * RECORD_ALREADY_EXISTS} for a command id another record holds; the same record again is answered as
   * already recorded.
   */
  public CommandResult recordConsent(TenantId tenant, ConsentRecord record) {
    return personalDataRecords.recordConsent(tenant, record);
  }

  /** The person's consent records, in the order they were recorded. */
  public List<ConsentRecord> consents(TenantId tenant, BeneficiaryId beneficiary) {
    return personalDataRecords.consents(tenant, beneficiary);
  }

  /** Whether the person's consent to {@code purpose} is in force on {@code day} (see {@link ConsentRecord#inForce}). */
  public boolean consentInForce(TenantId tenant, BeneficiaryId beneficiary, ConsentPurpose purpose, LocalDate day) {
    return personalDataRecords.consentInForce(tenant, beneficiary, purpose, day);
  }

  /**
   * Records a follow-up observation, as {@link #recordFollowUp} does, only if the person's consent to
   * follow-up after exit is in force on its day; else refuses it with {@code CONSENT_NOT_IN_FORCE} and
   * writes nothing. A host whose counsellors contact the person for the follow-up uses this one;
   * {@link #recordFollowUp} stays as it was (an observation from an administrative source needs no
   * contact, and existing imports keep their answers).
   */
  public CommandResult recordFollowUpWithConsent(TenantId tenant, RecordFollowUp command) {
    return personalDataRecords.withoutFollowUpConsent(tenant, command).orElseGet(() -> pipeline.record(tenant, command));
  }

  /**
   * Erases what the tenant's programmes no longer may keep: for each programme with a {@link
   * Programme#retention()} policy, each person whose retention period for a class of data ended by
   * today (the engine's clock) loses that class (all their details and special-category answers for
   * {@code IDENTITY}, phone and e-mail for {@code CONTACT}, the answers for {@code SPECIAL_CATEGORY}, the
   * detail no report counts for {@code PATHWAY_DETAIL}),
   * each erasure with its {@link ErasureRecord} (requester {@code
   * THE_PROGRAMME}, ground {@code RETENTION_PERIOD_ENDED}, recorded by {@code author}). Safe to run every
   * night: what is erased is not there the next time, and a person with nothing left is not listed.
   *
   * @param author who runs the purge, for the audit records (e.g. "nightly-purge")
   */
  public PurgeReport purge(TenantId tenant, String author) {
    return retentionPurge.purge(tenant, author);
  }

  /**
   * The person's identifying details, the read recorded in the access log with {@code author} and
   * {@code purpose}: empty if none were given with the capture, or once they were erased.
   *
   * @param author who reads: the staff member's or system's id as the host knows them
   */
  public Optional<PersonalDetails> personalDetails(
      TenantId tenant, BeneficiaryId beneficiary, String author, AccessPurpose purpose) {
    return personalDataRecords.personalDetails(tenant, beneficiary, author, purpose);
  }

  /**
   * The person's answers to special-category questions (disability, foreign background, minority,
   * housing exclusion, refugee status), kept apart from their pathway, each with its lawful basis and
   * the version of the event that recorded it; empty once erased. The read is recorded in the access
   * log with {@code author} and {@code purpose}.
   */
  public List<SpecialCategoryAnswer> specialCategoryAnswers(
      TenantId tenant, BeneficiaryId beneficiary, String author, AccessPurpose purpose) {
    return personalDataRecords.specialCategoryAnswers(tenant, beneficiary, author, purpose);
  }

  /** Every read of the person's details through the engine, oldest first. */
  public List<PersonalDataAccess> accessLog(TenantId tenant, BeneficiaryId beneficiary) {
    return personalDataRecords.accessLog(tenant, beneficiary);
  }

  /**
   * Everything held about one person (GDPR Art. 15 and 20): pathway events, identifying details,
   * consents, erasure records and access log, as one value that {@link PersonalDataExport#toJson()}
   * writes as one JSON document. The export is itself a read of the details, recorded with purpose
   * {@code ACCESS_REQUEST}. Empty if the tenant holds nothing about the person.
   */
  public Optional<PersonalDataExport> export(TenantId tenant, BeneficiaryId beneficiary, String author) {
    return personalDataRecords.export(tenant, beneficiary, author);
  }

  /** Builds an engine from a store, a clock and a pathway model. */
  public static final class Builder {
    private MobilisationStorage storage;
    private Clock clock = Clock.systemDefaultZone();
    private PathwayModel model = PathwayModel.sipa();
    private OutcomeRules outcomeRules = OutcomeRules.standard();
    private Duration programmeCacheTtl = Duration.ZERO;
    private long pathwayCacheSize;

    private Builder() {}

    /**
     * Lets commands reuse a programme's declarations for up to {@code timeToLive} instead of reading
     * them from the store for every command (pathway commands, outreach events, collaborative actions
     * and site events): worth it for bulk imports and replays, where the same programme is read tens
     * of thousands of times. Changes made through this engine ({@code registerProgramme}, {@code
     * updateProgramme}) are seen at once; changes made by another process are seen after at most
     * {@code timeToLive}. Off by default ({@link Duration#ZERO}).
     */
    public Builder programmeCache(Duration timeToLive) {
      requireNonNull(timeToLive, "timeToLive");
      checkArgument(!timeToLive.isNegative(), "programmeCache timeToLive must not be negative (was %s)", timeToLive);
      this.programmeCacheTtl = timeToLive;
      return this;
    }

    /**
     * Lets pathway commands decide on each person's events as this engine last wrote or read them,
     * kept for up to {@code maximumSize} people (the least recently used leave first), instead of
     * reading them from the store for every command: worth it for bulk imports and replays, where each
     * command is about someone the engine has just recorded, and for a counsellor's commands one after
     * the other about the same person. A capture is taken to be of someone new without reading the
     * store, and a person known to have no special-category answer kept apart has none read (one with
     * answers has them read for every command, since an erasure elsewhere may take them away). Off by
     * default ({@code 0}).
     *
     * <p>It costs the memory of the kept events and gives the same answers as an engine without it:
     * an accepted command is appended only if the person's pathway is still at the version the
     * engine decided on (the store checks it in the append's transaction, whoever else writes), and a
     * command that would be refused or meet a {@link VersionConflict} is decided again on what the
     * store holds before the engine answers. So several engines, in one process or several, can share
     * one store with it on. It assumes that pathways only grow, as the engine records them: after
     * restoring a store from a backup, build a new engine.
     *
     * <p>Off by default because its gain depends on who else writes: a command about a person another
     * engine has moved on since is decided on the stale copy, refused by the store, then read and decided
     * again, which costs more round trips than reading the person first. Turn it on where one engine
     * records a person's commands one after the other (a bulk import, a replay, a service that routes each
     * person to one instance).
     */
    public Builder pathwayCache(long maximumSize) {
      checkArgument(maximumSize >= 0, "pathwayCache maximumSize must not be negative (was %s)", maximumSize);
      this.pathwayCacheSize = maximumSize;
      return this;
    }

    /**
     * The rule sets indicator reports apply; defaults to {@link OutcomeRules#standard()} (SIPA, French
     * IAE, ESF+). A partner adds its own with {@code OutcomeRules.standard().with(ruleSet)}.
     */
    public Builder outcomeRules(OutcomeRules outcomeRules) {
      this.outcomeRules = requireNonNull(outcomeRules, "outcomeRules");
      return this;
    }

    /** The store to read and write (required). */
    public Builder storage(MobilisationStorage storage) {
      this.storage = requireNonNull(storage, "storage");
      return this;
    }

    /** The clock that dates records and decides what "today" is; defaults to the system clock. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** The pathway model; defaults to {@link PathwayModel#sipa()}. */
    public Builder pathwayModel(PathwayModel model) {
      this.model = requireNonNull(model, "model");
      return this;
    }

    public MobilisationEngine build() {
      return new MobilisationEngine(this);
    }
  }

  @Override
  public String toString() {
    return "MobilisationEngine{model=" + model.name() + " v" + model.version() + ", clock=" + clock + "}";
  }
}
