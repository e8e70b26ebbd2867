package eu.projectresolution.mobilisation.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.CommandAlreadyRecorded;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RefusalCode;
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
import eu.projectresolution.mobilisation.pathway.Appointment;
import eu.projectresolution.mobilisation.pathway.EventHeader;
import eu.projectresolution.mobilisation.pathway.FollowUpMoment;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.Referral;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.pathway.Step;
import eu.projectresolution.mobilisation.port.Beneficiaries;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// Over 400 lines: every pathway command's decision, the single and batched command pipelines, the facts
// rebuild and the builder are still one class (programme-level records, declarations and the shared
// date and partner checks have their own). Issue 13 splits the rest into a pipeline, one named decider
// per command and one rule per refusal code.
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
  private final Pathways pathways;
  private final Beneficiaries beneficiaries;
  private final Clock clock;
  private final PathwayModel model;
  /** Declarations read by pathway commands, cached a while when the host allows it. */
  private final Declarations declarations;
  private final RecordChecks checks;
  private final ProgrammeRecords programmeRecords;

  /** The event streams this engine last wrote or read, when the host allows keeping them. */
  private final PathwayCache pathwayCache;
  private final OutcomeRules outcomeRules;
  private final IndicatorReports reports;
  private final FactsKeeper factsKeeper;

  private MobilisationEngine(Builder builder) {
    this.storage = requireNonNull(builder.storage, "storage is missing: call builder().storage(...)");
    this.pathways = storage.pathways();
    this.beneficiaries = storage.beneficiaries();
    this.clock = builder.clock;
    this.model = builder.model;
    this.declarations = new Declarations(storage.programmes(), builder.programmeCacheTtl);
    this.checks = new RecordChecks(clock);
    this.programmeRecords = new ProgrammeRecords(storage, declarations, checks);
    this.pathwayCache =
        builder.pathwayCacheSize == 0 ? PathwayCache.none() : PathwayCache.upTo(builder.pathwayCacheSize);
    this.outcomeRules = builder.outcomeRules;
    this.reports =
        IndicatorReports.builder()
            .sources(storage.indicatorSources())
            .outcomeRules(outcomeRules)
            .pathwayModel(model)
            .clock(clock)
            .build();
    this.factsKeeper = new FactsKeeper(storage, reports.facts());
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

  /** The definitions under which this engine computes each person's facts as it appends their events. */
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
   */
  public CommandResult registerProgramme(TenantId tenant, Programme programme) {
    return programmeRecords.registerProgramme(tenant, programme);
  }

  /** Replaces a registered programme's declarations (a corrected budget, a new partner or site). */
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

  // ---------------------------------------------------------------- pathway commands

  /** Starts a person's pathway with a first contact. */
  public CommandResult capture(TenantId tenant, Capture command) {
    return execute(tenant, command, ctx -> decide(ctx, command));
  }

  private Decision decide(Context ctx, Capture command) {
    return checkContact(ctx, command.contact())
        .map(Decision::refuse)
        .orElseGet(
            () ->
                Decision.append(
                    model.entryStage(),
                    h -> PathwayEvents.Captured.of(h, command.programmeId(), command.profile(), command.contact())));
  }

  /** Records another contact with a person already captured. */
  public CommandResult recordContact(TenantId tenant, RecordContact command) {
    return execute(tenant, command, ctx -> decide(ctx, command));
  }

  private Decision decide(Context ctx, RecordContact command) {
    return checkContact(ctx, command.contact())
        .map(Decision::refuse)
        .orElseGet(
            () -> Decision.append(ctx.stage(), h -> PathwayEvents.ContactRecorded.of(h, command.contact())));
  }

  /** Records a first reception at a site, or a re-entry after an exit. */
  public CommandResult welcome(TenantId tenant, Welcome command) {
    return execute(tenant, command, ctx -> decide(ctx, command));
  }

  private Decision decide(Context ctx, Welcome command) {
    if (ctx.programme.site(command.siteId()).isEmpty()) {
      return Decision.refuse(
          Refusal.of(
              RefusalCode.UNKNOWN_SITE,
              "Programme " + ctx.programme.id() + " has no site " + command.siteId()
                  + ": welcome beneficiary " + command.beneficiaryId() + " at one of its sites",
              "siteId"));
    }
    return ctx.move(
        Step.WELCOME, to -> PathwayEvents.Welcomed.of(to, command.siteId(), command.situation()));
  }

  /** Records what the counsellor and the person agreed after the first reception. */
  public CommandResult orient(TenantId tenant, Orient command) {
    return execute(tenant, command, ctx -> decide(ctx, command));
  }

  private Decision decide(Context ctx, Orient command) {
    return ctx.move(Step.ORIENTATION, h -> PathwayEvents.Oriented.of(h, command.orientation()));
  }

  /** Starts the adapted accompaniment. */
  public CommandResult startAccompaniment(TenantId tenant, StartAccompaniment command) {
    return execute(tenant, command, ctx -> decide(ctx, command));
  }

  private Decision decide(Context ctx, StartAccompaniment command) {
    return ctx.move(Step.ACCOMPANIMENT, PathwayEvents.AccompanimentStarted::of);
  }

  /** Records an appointment of the accompaniment (planned, attended or missed). */
  public CommandResult recordAppointment(TenantId tenant, RecordAppointment command) {
    return execute(tenant, command, ctx -> decide(ctx, command));
  }

  private Decision decide(Context ctx, RecordAppointment command) {
    Appointment appointment = command.appointment();
    if (!model.appointmentStages().contains(ctx.stage())) {
      return Decision.refuse(
          Refusal.of(
              RefusalCode.TRANSITION_NOT_ALLOWED,
              "Beneficiary " + command.beneficiaryId() + " is at stage '" + ctx.stage()
                  + "': appointments are recorded only at stage " + quoted(model.appointmentStages()),
              "appointment"));
    }
    Optional<Appointment> known = ctx.pathway.flatMap(p -> p.appointment(appointment.id()));
    if (known.isPresent() && known.get().status().held()) {
      return Decision.refuse(
          Refusal.of(
              RefusalCode.APPOINTMENT_ALREADY_HELD,
              "Appointment " + appointment.id() + " of beneficiary " + command.beneficiaryId()
                  + " was already recorded as " + known.get().status() + "; record a new appointment instead",
              "appointment.id"));
    }
    boolean held = appointment.status().held();
    if (held && appointment.scheduledOn().isAfter(command.occurredOn())
        || !held && appointment.scheduledOn().isBefore(command.occurredOn())) {
      return Decision.refuse(
          Refusal.of(
              RefusalCode.APPOINTMENT_DATE_INCONSISTENT,
              "Appointment " + appointment.id() + " of beneficiary " + command.beneficiaryId()
                  + " is scheduled on " + appointment.scheduledOn() + " but recorded as "
                  + appointment.status() + " on " + command.occurredOn()
                  + (held ? ": an appointment is held on or before the day it is recorded"
                      : ": a planned appointment cannot be in the past"),
              "appointment.scheduledOn"));
    }
    return Decision.append(ctx.stage(), h -> PathwayEvents.AppointmentRecorded.of(h, appointment));
  }

  /** Refers the person to a mainstream scheme provided by one of the programme's partners. */
  public CommandResult refer(TenantId tenant, Refer command) {
    return execute(tenant, command, ctx -> decide(ctx, command));
  }

  private Decision decide(Context ctx, Refer command) {
    if (ctx.programme.scheme(command.schemeId()).isEmpty()) {
      return Decision.refuse(
          Refusal.of(
              RefusalCode.UNKNOWN_SCHEME,
              "No partner of programme " + ctx.programme.id() + " provides scheme " + command.schemeId()
                  + ": add it to a partner's schemes before referring beneficiary " + command.beneficiaryId(),
              "schemeId"));
    }
    if (ctx.pathway.flatMap(p -> p.referral(command.referralId())).isPresent()) {
      return Decision.refuse(
          Refusal.of(
              RefusalCode.RECORD_ALREADY_EXISTS,
              "Beneficiary " + command.beneficiaryId() + " already has a referral " + command.referralId()
                  + ": give the new referral a new id",
              "referralId"));
    }
    return ctx.move(
        Step.REFERRAL, h -> PathwayEvents.Referred.of(h, command.referralId(), command.schemeId()));
  }

  /** Records what became of a referral. */
  public CommandResult recordReferralOutcome(TenantId tenant, RecordReferralOutcome command) {
    return execute(tenant, command, ctx -> decide(ctx, command));
  }

  private Decision decide(Context ctx, RecordReferralOutcome command) {
    Optional<Referral> referral = ctx.pathway.flatMap(p -> p.referral(command.referralId()));
    if (referral.isEmpty()) {
      return Decision.refuse(
          Refusal.of(
              RefusalCode.UNKNOWN_REFERRAL,
              "Beneficiary " + command.beneficiaryId() + " has no referral " + command.referralId(),
              "referralId"));
    }
    if (!referral.get().status().canMoveTo(command.status())) {
      return Decision.refuse(
          Refusal.of(
              RefusalCode.REFERRAL_STATUS_NOT_ALLOWED,
              "Referral " + command.referralId() + " of beneficiary " + command.beneficiaryId() + " is "
                  + referral.get().status() + ": it cannot become " + command.status(),
              "status"));
    }
    return Decision.append(
        ctx.stage(), h -> PathwayEvents.ReferralStatusRecorded.of(h, command.referralId(), command.status()));
  }

  /** Records the person's exit and the situation observed then. */
  public CommandResult recordExit(TenantId tenant, RecordExit command) {
    return execute(tenant, command, ctx -> decide(ctx, command));
  }

  private Decision decide(Context ctx, RecordExit command) {
    return ctx.move(
        Step.EXIT,
        h -> PathwayEvents.Exited.of(h, command.reason(), command.situation(), command.circumstance()));
  }

  /**
   * Records the participant's status at entry (labour-market status, education level, special
   * categories). Refused before the welcome ({@code NOT_YET_WELCOMED}) and when one is already recorded
   * ({@code ENTRY_STATUS_ALREADY_RECORDED}): a person has exactly one entry status.
   */
  public CommandResult recordEntryStatus(TenantId tenant, RecordEntryStatus command) {
    return execute(tenant, command, ctx -> decide(ctx, command));
  }

  private Decision decide(Context ctx, RecordEntryStatus command) {
    Pathway pathway = ctx.pathway.orElseThrow();
    Optional<Stage> welcomed = model.stageFor(Step.WELCOME);
    if (welcomed.isEmpty() || !pathway.reached(welcomed.get())) {
      return Decision.refuse(
          Refusal.of(
              RefusalCode.NOT_YET_WELCOMED,
              "Beneficiary " + command.beneficiaryId() + " is at stage '" + ctx.stage()
                  + "' and was never welcomed: record the welcome before the status at entry",
              "beneficiaryId"));
    }
    if (pathway.entryStatus().isPresent()) {
      return Decision.refuse(
          Refusal.of(
              RefusalCode.ENTRY_STATUS_ALREADY_RECORDED,
              "Beneficiary " + command.beneficiaryId() + " already has a status at entry ("
                  + pathway.entryStatus().get().labourMarketStatus()
                  + "): a person has exactly one entry status",
              "entryStatus"));
    }
    return Decision.append(
        ctx.stage(), h -> PathwayEvents.EntryStatusRecorded.of(h, command.entryStatus()));
  }

  /**
   * Records a follow-up observation of the person's latest exit (at exit, within four weeks, six months
   * later). It may be dated after the programme's end, but not before the exit nor outside its moment's
   * window.
   */
  public CommandResult recordFollowUp(TenantId tenant, RecordFollowUp command) {
    return execute(tenant, command, ctx -> decide(ctx, command));
  }

  private Decision decide(Context ctx, RecordFollowUp command) {
    LocalDate exitOn = ctx.pathway.flatMap(Pathway::latestExit).orElseThrow().on();
    return Decision.append(
        ctx.stage(), h -> PathwayEvents.FollowUpRecorded.of(h, exitOn, command.followUp()));
  }

  /** Records that the programme lost contact with the person. */
  public CommandResult recordLostContact(TenantId tenant, RecordLostContact command) {
    return execute(tenant, command, ctx -> decide(ctx, command));
  }

  private Decision decide(Context ctx, RecordLostContact command) {
    return ctx.move(Step.LOST_CONTACT, PathwayEvents.ContactLost::of);
  }

  /** Records that the person gave up. */
  public CommandResult recordDropOut(TenantId tenant, RecordDropOut command) {
    return execute(tenant, command, ctx -> decide(ctx, command));
  }

  private Decision decide(Context ctx, RecordDropOut command) {
    return ctx.move(Step.DROP_OUT, PathwayEvents.DroppedOut::of);
  }

  /** Records an answer to the satisfaction survey. */
  public CommandResult recordSatisfaction(TenantId tenant, RecordSatisfaction command) {
    return execute(tenant, command, ctx -> decide(ctx, command));
  }

  private Decision decide(Context ctx, RecordSatisfaction command) {
    return Decision.append(ctx.stage(), h -> PathwayEvents.SatisfactionRecorded.of(h, command.response()));
  }

  /** Records the person's situation observed on a day. */
  public CommandResult recordSituation(TenantId tenant, RecordSituation command) {
    return execute(tenant, command, ctx -> decide(ctx, command));
  }

  private Decision decide(Context ctx, RecordSituation command) {
    return Decision.append(ctx.stage(), h -> PathwayEvents.SituationObserved.of(h, command.situation()));
  }

  /** Corrects or completes the person's profile. */
  public CommandResult updateProfile(TenantId tenant, UpdateProfile command) {
    return execute(tenant, command, ctx -> decide(ctx, command));
  }

  private Decision decide(Context ctx, UpdateProfile command) {
    return Decision.append(ctx.stage(), h -> PathwayEvents.ProfileUpdated.of(h, command.profile()));
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
    requireNonNull(tenant, "tenant");
    requireNonNull(commands, "commands");
    List<PathwayCommand> batch = new ArrayList<>(commands.size());
    Set<CommandId> ids = new HashSet<>();
    boolean distinct = true;
    for (int i = 0; i < commands.size(); i++) {
      PathwayCommand command = requireNonNull(commands.get(i), "commands[" + i + "] is null");
      decider(command); // refuses an unknown kind of command before anything is written
      distinct &= ids.add(command.commandId());
      batch.add(command);
    }
    if (batch.isEmpty()) {
      return List.of();
    }
    if (!distinct) {
      LOG.debug("A batch of {} commands names a command id twice: recording them one by one", batch.size());
      return oneByOne(tenant, batch);
    }
    return together(tenant, batch).orElseGet(() -> oneByOne(tenant, batch));
  }

  /** Each command through its own method's pipeline, in order. */
  private List<CommandResult> oneByOne(TenantId tenant, List<PathwayCommand> batch) {
    List<CommandResult> results = new ArrayList<>(batch.size());
    for (PathwayCommand command : batch) {
      results.add(execute(tenant, command, decider(command)));
    }
    return List.copyOf(results);
  }

  /** A person's pathway as a batch leaves it so far. */
  private static final class Pending {
    PathwayCache.Stream stream;
    /** The version the person's pathway had before the batch, as far as the engine knows. */
    final long startVersion;
    /** Whether the start came from the pathway cache, unconfirmed by a read of the store. */
    boolean unconfirmed;
    /** Whether the batch appends to the pathway. */
    boolean appended;
    /** The index of the person's last append in the batch's list. */
    int lastAppend;

    Pending(PathwayCache.Stream stream, boolean unconfirmed) {
      this.stream = stream;
      this.startVersion = stream.version();
      this.unconfirmed = unconfirmed;
    }
  }

  /**
   * Decides the batch's commands in order, each on its person's pathway as the earlier accepted ones
   * leave it, then appends the accepted ones in one step. Empty when the batch must be recorded one by
   * one instead, with nothing written: a pathway moved on, or a command id was recorded, meanwhile.
   */
  private Optional<List<CommandResult>> together(TenantId tenant, List<PathwayCommand> batch) {
    Map<BeneficiaryId, Pending> people = new LinkedHashMap<>();
    CommandResult[] results = new CommandResult[batch.size()];
    List<Pathways.Append> appends = new ArrayList<>();
    Map<MatchingKey, BeneficiaryId> claimed = new HashMap<>();
    for (int i = 0; i < batch.size(); i++) {
      PathwayCommand command = batch.get(i);
      BeneficiaryId beneficiary = command.beneficiaryId();
      Pending person = people.get(beneficiary);
      if (person == null) {
        Optional<PathwayCache.Stream> expected = pathwayCache.expected(tenant, command);
        if (expected.isPresent()) {
          person = new Pending(expected.get(), true);
        } else {
          PathwayCache.Stream stored = PathwayCache.Stream.of(pathways.events(tenant, beneficiary));
          pathwayCache.remember(tenant, stored);
          person = new Pending(stored, false);
        }
        people.put(beneficiary, person);
      }
      Decided decided;
      try {
        decided = decideOn(tenant, command, decider(command), person.stream);
      } catch (VersionConflict conflict) {
        Optional<CommandResult> replayed = replayIfRecorded(tenant, command);
        if (replayed.isEmpty()) {
          LOG.debug("Command {} of a batch expects another version ({}): recording the batch one by one",
              command.commandId(), conflict.getMessage());
          return Optional.empty();
        }
        results[i] = replayed.get();
        continue;
      }
      if (decided.refused() != null) {
        // As in decideOnLatest: a refusal decided on what the cache expects is confirmed on the store.
        if (person.unconfirmed) {
          PathwayCache.Stream stored = PathwayCache.Stream.of(pathways.events(tenant, beneficiary));
          if (stored.version() != person.startVersion) {
            pathwayCache.forget(tenant, beneficiary);
            return Optional.empty();
          }
          person.unconfirmed = false;
        }
        results[i] = replayIfRecorded(tenant, command).orElse(decided.refused());
        if (!results[i].replayed()) {
          LOG.debug("Refused command {} for beneficiary {}: {}", command.commandId(), beneficiary, results[i].refusal().get());
        }
        continue;
      }
      if (command instanceof Capture c && c.matchingKey().isPresent()) {
        // The store knows nobody by this key (decideOn asked it), but an earlier capture of the batch may.
        BeneficiaryId holder = claimed.putIfAbsent(c.matchingKey().get(), beneficiary);
        if (holder != null && !holder.equals(beneficiary)) {
          results[i] = alreadyKnown(command, holder);
          continue;
        }
      }
      List<PathwayEvent> events = decided.events();
      person.lastAppend = appends.size();
      appends.add(appendOf(command, person.stream.version(), events));
      List<PathwayEvent> after = new ArrayList<>(person.stream.events());
      after.addAll(events);
      person.stream = PathwayCache.Stream.of(after);
      person.appended = true;
      results[i] = CommandResult.accepted(command.commandId(), events, person.stream.pathway().orElseThrow(), false);
    }
    if (!appends.isEmpty()) {
      // Each person's facts go with their last append of the batch: the store replaces them in order.
      for (Pending person : people.values()) {
        if (person.appended) {
          appends.set(person.lastAppend, appends.get(person.lastAppend)
              .withFacts(factsKeeper.of(tenant, person.stream.pathway().orElseThrow())));
        }
      }
      try {
        pathways.appendAll(tenant, appends);
      } catch (VersionConflict | CommandAlreadyRecorded moved) {
        people.keySet().forEach(beneficiary -> pathwayCache.forget(tenant, beneficiary));
        LOG.debug("Another writer got to the batch's pathways first ({}): recording its {} commands one by one",
            moved.getMessage(), batch.size());
        return Optional.empty();
      } catch (RuntimeException failure) {
        people.keySet().forEach(beneficiary -> pathwayCache.forget(tenant, beneficiary));
        throw failure;
      }
      people.values().stream().filter(p -> p.appended).forEach(p -> pathwayCache.remember(tenant, p.stream));
    }
    return Optional.of(List.of(results));
  }

  /** The append of {@code command}'s events, with the person's details for a capture that gives them. */
  private static Pathways.Append appendOf(PathwayCommand command, long version, List<PathwayEvent> events) {
    BeneficiaryId beneficiary = command.beneficiaryId();
    return command instanceof Capture c && c.personalDetails().isPresent()
        ? Pathways.Append.capture(beneficiary, events, c.personalDetails().get(), c.matchingKey())
        : Pathways.Append.of(beneficiary, version, events);
  }

  /** The decision function of {@code command}'s kind: the one its own method uses. */
  private Function<Context, Decision> decider(PathwayCommand command) {
    if (command instanceof Capture c) {
      return ctx -> decide(ctx, c);
    } else if (command instanceof RecordContact c) {
      return ctx -> decide(ctx, c);
    } else if (command instanceof Welcome c) {
      return ctx -> decide(ctx, c);
    } else if (command instanceof Orient c) {
      return ctx -> decide(ctx, c);
    } else if (command instanceof StartAccompaniment c) {
      return ctx -> decide(ctx, c);
    } else if (command instanceof RecordAppointment c) {
      return ctx -> decide(ctx, c);
    } else if (command instanceof Refer c) {
      return ctx -> decide(ctx, c);
    } else if (command instanceof RecordReferralOutcome c) {
      return ctx -> decide(ctx, c);
    } else if (command instanceof RecordExit c) {
      return ctx -> decide(ctx, c);
    } else if (command instanceof RecordEntryStatus c) {
      return ctx -> decide(ctx, c);
    } else if (command instanceof RecordFollowUp c) {
      return ctx -> decide(ctx, c);
    } else if (command instanceof RecordLostContact c) {
      return ctx -> decide(ctx, c);
    } else if (command instanceof RecordDropOut c) {
      return ctx -> decide(ctx, c);
    } else if (command instanceof RecordSatisfaction c) {
      return ctx -> decide(ctx, c);
    } else if (command instanceof RecordSituation c) {
      return ctx -> decide(ctx, c);
    } else if (command instanceof UpdateProfile c) {
      return ctx -> decide(ctx, c);
    }
    throw new IllegalArgumentException(
        "The engine does not know commands of type " + command.getClass().getName()
            + ": send one of the pathway commands of package eu.projectresolution.mobilisation.engine");
  }

  // ---------------------------------------------------------------- queries

  /** The person's pathway, folded from its events. */
  public Optional<Pathway> pathway(TenantId tenant, BeneficiaryId beneficiary) {
    List<PathwayEvent> events = pathways.events(requireNonNull(tenant, "tenant"), requireNonNull(beneficiary, "beneficiary"));
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
   * empty if none were given with the capture, or once they were erased.
   */
  public Optional<PersonalDetails> personalDetails(TenantId tenant, BeneficiaryId beneficiary) {
    return storage.personalData().find(requireNonNull(tenant, "tenant"), requireNonNull(beneficiary, "beneficiary"));
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
   * person in a step of its own, so that commands go on meanwhile and an interrupted rebuild resumes
   * where it stopped when called again. {@link #indicatorReport} calls it itself when it meets such
   * facts.
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

  // ---------------------------------------------------------------- the command pipeline

  private CommandResult execute(TenantId tenant, PathwayCommand command, Function<Context, Decision> decide) {
    requireNonNull(tenant, "tenant");
    requireNonNull(command, "command");
    // A retried command is usually one that went through: checked only when this attempt would be
    // refused or conflict, which spares every first attempt a read. An accepted retry cannot slip
    // through either, since the append itself refuses a recorded command id.
    CommandResult result;
    try {
      result = decideOnLatest(tenant, command, decide);
    } catch (VersionConflict conflict) {
      return replayIfRecorded(tenant, command).orElseThrow(() -> conflict);
    }
    if (result.refused()) {
      Optional<CommandResult> replayed = replayIfRecorded(tenant, command);
      if (replayed.isPresent()) {
        return replayed.get();
      }
      LOG.debug("Refused command {} for beneficiary {}: {}", command.commandId(), command.beneficiaryId(), result.refusal().get());
    }
    return result;
  }

  private Optional<CommandResult> replayIfRecorded(TenantId tenant, PathwayCommand command) {
    List<PathwayEvent> earlier = pathways.eventsOfCommand(tenant, command.commandId());
    return earlier.isEmpty() ? Optional.empty() : Optional.of(replay(tenant, command, earlier));
  }

  /**
   * Decides on the stream the pathway cache expects, if it has one in mind: an acceptance is then
   * sure, since the append checked that the store's stream had not moved on. Anything else may come
   * from a stream that did move on (another engine wrote to it), so it is decided again on what the
   * store holds, as an engine without the cache would.
   */
  private CommandResult decideOnLatest(TenantId tenant, PathwayCommand command, Function<Context, Decision> decide) {
    BeneficiaryId beneficiary = command.beneficiaryId();
    Optional<PathwayCache.Stream> expected = pathwayCache.expected(tenant, command);
    if (expected.isPresent()) {
      try {
        CommandResult result = decideAndAppend(tenant, command, decide, expected.get());
        if (result.accepted()) {
          return result;
        }
      } catch (VersionConflict moved) {
        LOG.debug("The stream of beneficiary {} moved on since this engine saw it ({}): reading it again", beneficiary, moved.getMessage());
      }
      pathwayCache.forget(tenant, beneficiary);
    }
    PathwayCache.Stream stored = PathwayCache.Stream.of(pathways.events(tenant, beneficiary));
    pathwayCache.remember(tenant, stored);
    return decideAndAppend(tenant, command, decide, stored);
  }

  private CommandResult decideAndAppend(
      TenantId tenant, PathwayCommand command, Function<Context, Decision> decide, PathwayCache.Stream before) {
    Decided decided = decideOn(tenant, command, decide, before);
    if (decided.refused() != null) {
      return decided.refused();
    }
    BeneficiaryId beneficiary = command.beneficiaryId();
    List<PathwayEvent> events = decided.events();
    List<PathwayEvent> after = new ArrayList<>(before.events());
    after.addAll(events);
    PathwayCache.Stream appended = PathwayCache.Stream.of(after);
    // With the events, in one atomic step: the details of a capture, and the person's facts.
    Pathways.Append append = appendOf(command, before.version(), events)
        .withFacts(factsKeeper.of(tenant, appended.pathway().orElseThrow()));
    try {
      pathways.appendAll(tenant, List.of(append));
    } catch (CommandAlreadyRecorded e) {
      return replay(tenant, command, pathways.eventsOfCommand(tenant, command.commandId()));
    }
    pathwayCache.remember(tenant, appended);
    return CommandResult.accepted(command.commandId(), events, appended.pathway().orElseThrow(), false);
  }

  /** A command decided on a stream: refused (with its answer), or the events it appends. */
  private record Decided(CommandResult refused, List<PathwayEvent> events) {}

  /**
   * Decides {@code command} on {@code before} without writing anything.
   *
   * @throws VersionConflict if the command expects another version than {@code before}'s
   */
  private Decided decideOn(
      TenantId tenant, PathwayCommand command, Function<Context, Decision> decide, PathwayCache.Stream before) {
    BeneficiaryId beneficiary = command.beneficiaryId();
    List<PathwayEvent> stream = before.events();
    boolean capture = command instanceof Capture;
    if (stream.isEmpty() && !capture) {
      return refused(
          Optional.of(command.commandId()),
          RefusalCode.UNKNOWN_BENEFICIARY,
          "No pathway is recorded for beneficiary " + beneficiary + ": capture the person first",
          "beneficiaryId");
    }
    Optional<Pathway> pathway = before.pathway();
    if (capture && pathway.isPresent()) {
      return refused(
          Optional.of(command.commandId()),
          RefusalCode.BENEFICIARY_ALREADY_CAPTURED,
          "Beneficiary " + beneficiary + " is already captured (stage '" + pathway.get().stage()
              + "'): record a new contact instead of a new capture",
          "beneficiaryId");
    }
    if (command instanceof Capture c && c.matchingKey().isPresent()) {
      Optional<BeneficiaryId> known = storage.personalData().findByMatchingKey(tenant, c.matchingKey().get());
      if (known.isPresent() && !known.get().equals(beneficiary)) {
        return new Decided(alreadyKnown(command, known.get()), List.of());
      }
    }
    long version = pathway.map(Pathway::version).orElse(0L);
    if (command.expectedVersion().isPresent() && command.expectedVersion().getAsLong() != version) {
      throw new VersionConflict(beneficiary.toString(), command.expectedVersion().getAsLong(), version);
    }
    ProgrammeId programmeId = capture ? ((Capture) command).programmeId() : pathway.get().programmeId();
    Optional<Programme> programme = declarations.of(tenant, programmeId);
    if (programme.isEmpty()) {
      return refused(
          Optional.of(command.commandId()),
          RefusalCode.UNKNOWN_PROGRAMME,
          "No programme " + programmeId + " is registered: register it before recording beneficiary " + beneficiary,
          "programmeId");
    }
    String dateField = capture || command instanceof RecordContact ? "contact.on" : "occurredOn";
    String who = "beneficiary " + beneficiary + (pathway.isPresent() ? " (stage '" + pathway.get().stage() + "')" : "");
    // Follow-ups are observed after the exit, often after the programme has ended: their own window
    // replaces the programme-period check.
    Optional<Refusal> dateRefusal =
        command instanceof RecordFollowUp followUp
            ? checkFollowUp(pathway.orElseThrow(), followUp)
                .or(() -> checks.date(programme.get(), command.occurredOn(), pathway.map(Pathway::lastEventOn), who,
                    "followUp.observedOn", false))
            : checks.date(programme.get(), command.occurredOn(), pathway.map(Pathway::lastEventOn), who, dateField, true);
    Decision decision =
        dateRefusal.map(Decision::refuse).orElseGet(() -> decide.apply(new Context(tenant, command, programme.get(), pathway)));
    if (decision.refusal != null) {
      return new Decided(CommandResult.refused(Optional.of(command.commandId()), decision.refusal), List.of());
    }
    List<PathwayEvent> events = new ArrayList<>();
    long next = version;
    for (Draft draft : decision.drafts) {
      EventHeader header =
          EventHeader.builder()
              .beneficiaryId(beneficiary)
              .version(++next)
              .commandId(command.commandId())
              .recordedAt(clock.instant())
              .occurredOn(command.occurredOn())
              .actor(command.actor())
              .stage(draft.stage)
              .build();
      events.add(draft.make.apply(header));
    }
    return new Decided(null, List.copyOf(events));
  }

  /** The refusal of a capture whose matching key {@code known} already holds. */
  private static CommandResult alreadyKnown(PathwayCommand capture, BeneficiaryId known) {
    return refuse(
        Optional.of(capture.commandId()),
        RefusalCode.BENEFICIARY_ALREADY_CAPTURED,
        "The person captured as beneficiary " + capture.beneficiaryId() + " is already known as beneficiary " + known
            + " (same matching key): record a new contact for " + known + " instead of a new capture",
        "matchingKey");
  }

  private static Decided refused(Optional<CommandId> commandId, RefusalCode code, String message, String field) {
    return new Decided(refuse(commandId, code, message, field), List.of());
  }

  private CommandResult replay(TenantId tenant, PathwayCommand command, List<PathwayEvent> earlier) {
    BeneficiaryId recordedFor = earlier.get(0).header().beneficiaryId();
    checkArgument(
        recordedFor.equals(command.beneficiaryId()),
        "command id %s was already used for beneficiary %s, not %s: give each command its own id",
        command.commandId(),
        recordedFor,
        command.beneficiaryId());
    long upTo = earlier.get(earlier.size() - 1).header().version();
    List<PathwayEvent> stream = pathways.events(tenant, recordedFor);
    LOG.debug("Command {} was already recorded; answering with its original result", command.commandId());
    return CommandResult.accepted(
        command.commandId(), earlier, Pathway.fold(stream.subList(0, (int) upTo)), true);
  }

  private static Optional<Refusal> checkFollowUp(Pathway pathway, RecordFollowUp command) {
    BeneficiaryId who = command.beneficiaryId();
    Optional<LocalDate> exitOn = pathway.latestExit().map(e -> e.on());
    if (exitOn.isEmpty()) {
      return Optional.of(
          Refusal.of(
              RefusalCode.NO_EXIT_RECORDED,
              "Beneficiary " + who + " is at stage '" + pathway.stage()
                  + "' and has no recorded exit: record the exit before following it up",
              "beneficiaryId"));
    }
    LocalDate day = command.followUp().observedOn();
    if (day.isBefore(exitOn.get())) {
      return Optional.of(
          Refusal.of(
              RefusalCode.FOLLOW_UP_BEFORE_EXIT,
              "The follow-up of beneficiary " + who + " is dated " + day + ", before their exit on "
                  + exitOn.get() + ": a follow-up is observed on or after the exit",
              "followUp.observedOn"));
    }
    FollowUpMoment moment = command.followUp().moment();
    if (!moment.fits(exitOn.get(), day)) {
      return Optional.of(
          Refusal.of(
              RefusalCode.FOLLOW_UP_OUTSIDE_WINDOW,
              "The follow-up of beneficiary " + who + " at moment " + moment + " is dated " + day
                  + ", but for the exit on " + exitOn.get() + " it must be observed from "
                  + moment.earliest(exitOn.get()) + " to " + moment.latest(exitOn.get())
                  + ": correct the date or the moment",
              "followUp.moment"));
    }
    return Optional.empty();
  }

  private Optional<Refusal> checkContact(Context ctx, Contact contact) {
    if (contact.outreachEvent().isPresent()) {
      OutreachEventId event = contact.outreachEvent().get();
      boolean known =
          storage.outreachEvents()
              .find(ctx.tenant, event)
              .filter(e -> e.programmeId().equals(ctx.programme.id()))
              .isPresent();
      if (!known) {
        return Optional.of(
            Refusal.of(
                RefusalCode.UNKNOWN_OUTREACH_EVENT,
                "No outreach event " + event + " is recorded for programme " + ctx.programme.id()
                    + ": record the event before the contacts made there",
                "contact.outreachEvent"));
      }
    }
    if (contact.site().isPresent() && ctx.programme.site(contact.site().get()).isEmpty()) {
      return Optional.of(
          Refusal.of(
              RefusalCode.UNKNOWN_SITE,
              "Programme " + ctx.programme.id() + " has no site " + contact.site().get(),
              "contact.site"));
    }
    return RecordChecks.partner(ctx.programme, contact.partner(), "contact.partner");
  }

  private static CommandResult refuse(
      Optional<CommandId> commandId, RefusalCode code, String message, String field) {
    return CommandResult.refused(commandId, Refusal.of(code, message, field));
  }

  private static String quoted(Collection<Stage> stages) {
    List<String> names = stages.stream().map(s -> "'" + s + "'").toList();
    if (names.isEmpty()) {
      return "(none)";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }

  /** What the engine knows when deciding a pathway command. */
  private final class Context {
    final TenantId tenant;
    final PathwayCommand command;
    final Programme programme;
    final Optional<Pathway> pathway;

    Context(TenantId tenant, PathwayCommand command, Programme programme, Optional<Pathway> pathway) {
      this.tenant = tenant;
      this.command = command;
      this.programme = programme;
      this.pathway = pathway;
    }

    Stage stage() {
      return pathway.map(Pathway::stage).orElseThrow();
    }

    /** Moves the pathway by {@code step}, if the model allows it from the current stage. */
    Decision move(Step step, Function<EventHeader, PathwayEvent> make) {
      Optional<Stage> target = model.stageFor(step);
      BeneficiaryId who = command.beneficiaryId();
      if (target.isEmpty()) {
        return Decision.refuse(
            Refusal.of(
                RefusalCode.STEP_NOT_IN_MODEL,
                "The pathway model '" + model.name() + "' has no stage for step " + step
                    + ": beneficiary " + who + " cannot be recorded there",
                "beneficiaryId"));
      }
      Stage from = stage();
      if (step == Step.EXIT && model.isClosed(from) && from.equals(target.get())) {
        return Decision.refuse(
            Refusal.of(
                RefusalCode.EXIT_ALREADY_RECORDED,
                "Beneficiary " + who + " already exited (stage '" + from + "'): welcome them again "
                    + "(re-entry) before recording another exit",
                "beneficiaryId"));
      }
      if (!model.allows(from, target.get())) {
        List<Stage> sources = model.sourcesOf(target.get());
        return Decision.refuse(
            Refusal.of(
                RefusalCode.TRANSITION_NOT_ALLOWED,
                "Beneficiary " + who + " is at stage '" + from + "': the " + model.name()
                    + " model allows moving to '" + target.get() + "' only from " + quoted(sources),
                "beneficiaryId"));
      }
      return Decision.append(target.get(), make);
    }
  }

  private record Draft(Stage stage, Function<EventHeader, PathwayEvent> make) {}

  /** A refusal, or the events to append. */
  private static final class Decision {
    final Refusal refusal;
    final List<Draft> drafts;

    private Decision(Refusal refusal, List<Draft> drafts) {
      this.refusal = refusal;
      this.drafts = drafts;
    }

    static Decision refuse(Refusal refusal) {
      return new Decision(refusal, List.of());
    }

    static Decision append(Stage stage, Function<EventHeader, PathwayEvent> make) {
      return new Decision(null, List.of(new Draft(stage, make)));
    }
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
     * command is about someone the engine has just recorded. A capture is taken to be of someone new
     * without reading the store. Off by default ({@code 0}).
     *
     * <p>It costs the memory of the kept events and gives the same answers as an engine without it:
     * an accepted command is appended only if the person's pathway is still at the version the
     * engine decided on (the store checks it in the append's transaction, whoever else writes), and a
     * command that would be refused or meet a {@link VersionConflict} is decided again on what the
     * store holds before the engine answers. So several engines, in one process or several, can share
     * one store with it on. It assumes that pathways only grow, as the engine records them: after
     * restoring a store from a backup, build a new engine.
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
