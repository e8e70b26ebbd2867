package eu.projectresolution.mobilisation.engine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.CommandAlreadyRecorded;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.RetriesExhausted;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.engine.Deciders.Bound;
import eu.projectresolution.mobilisation.pathway.EventHeader;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.MobilisationStorage.StoredPathway;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.privacy.SpecialCategoryAnswer;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

// Over 400 lines: one command, a batch that falls back to one by one, and a batch decided all at once
// (for imports) share one decide step and one replay; kept together so that the three cannot drift.
/**
 * The one way every pathway command is recorded: load the person's stream, decide the command with
 * its kind's {@link Decider}, append the events with the person's facts in one atomic step, and answer
 * a command id already recorded with its original result. No step looks at the kind of command:
 * what sets kinds apart is in their deciders.
 *
 * <p>Two paths share these steps: one command at a time ({@link #record}), and a batch decided in
 * order and appended together ({@link #recordAll}).
 */
final class CommandPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(CommandPipeline.class);

  private final MobilisationStorage storage;
  private final Pathways pathways;
  private final CommandContext.Lookups lookups;
  private final Declarations declarations;
  private final Clock clock;
  private final PathwayModel model;
  /** The event streams this engine last wrote or read, when the host allows keeping them. */
  private final PathwayCache pathwayCache;
  private final FactsKeeper factsKeeper;

  CommandPipeline(
      MobilisationStorage storage, CommandContext.Lookups lookups, Declarations declarations, Clock clock,
      PathwayModel model, PathwayCache pathwayCache, FactsKeeper factsKeeper) {
    this.storage = storage;
    this.pathways = storage.pathways();
    this.lookups = lookups;
    this.declarations = declarations;
    this.clock = clock;
    this.model = model;
    this.pathwayCache = pathwayCache;
    this.factsKeeper = factsKeeper;
  }

  // ---------------------------------------------------------------- one command

  CommandResult record(TenantId tenant, PathwayCommand command) {
    requireNonNull(tenant, "tenant");
    return record(tenant, Deciders.of(requireNonNull(command, "command")));
  }

  private CommandResult record(TenantId tenant, Bound<?> bound) {
    PathwayCommand command = bound.command();
    // A retried command is usually one that went through: checked only when this attempt would be
    // refused or conflict, which spares every first attempt a read. An accepted retry cannot slip
    // through either, since the append itself refuses a recorded command id.
    CommandResult result;
    try {
      result = decideOnLatest(tenant, bound);
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

  /**
   * Decides on the stream the pathway cache expects, if it has one in mind: an acceptance is then
   * sure, since the append checked that the store's stream had not moved on. Anything else may come
   * from a stream that did move on (another engine wrote to it), so it is decided again on what the
   * store holds, as an engine without the cache would.
   */
  private CommandResult decideOnLatest(TenantId tenant, Bound<?> bound) {
    BeneficiaryId beneficiary = bound.command().beneficiaryId();
    Optional<PathwayCache.Stream> expected = pathwayCache.expected(tenant, beneficiary, bound.startsPathway());
    if (expected.isPresent()) {
      try {
        CommandResult result = decideAndAppend(tenant, bound, expected.get(), Optional.empty());
        if (result.accepted()) {
          return result;
        }
      } catch (VersionConflict moved) {
        LOG.debug("The stream of beneficiary {} moved on since this engine saw it ({}): reading it again", beneficiary, moved.getMessage());
      }
      pathwayCache.forget(tenant, beneficiary);
    }
    StoredPathway stored = read(tenant, bound);
    PathwayCache.Stream stream = PathwayCache.Stream.of(stored.events()).knowing(stored.answersKeptApart().isEmpty());
    pathwayCache.remember(tenant, stream);
    return decideAndAppend(tenant, bound, stream, Optional.of(stored));
  }

  /**
   * The person's stream and the answers kept apart from it, with their programme's declarations unless
   * this engine keeps them itself: read together, in one round trip to a server.
   */
  private StoredPathway read(TenantId tenant, Bound<?> bound) {
    BeneficiaryId beneficiary = bound.command().beneficiaryId();
    return declarations.kept()
        ? storage.storedPathway(tenant, beneficiary)
        : storage.storedPathway(tenant, beneficiary, bound.programmeNamed());
  }

  /**
   * Decides {@code bound}'s command on {@code before} and appends what it decided. {@code read} is what
   * the store returned with {@code before}, if it was just read: its answers and programme are then
   * not read again.
   */
  private CommandResult decideAndAppend(
      TenantId tenant, Bound<?> bound, PathwayCache.Stream before, Optional<StoredPathway> read) {
    PathwayCommand command = bound.command();
    // The programme read with the stream, if it is the command's.
    Optional<Programme> readProgramme = read.flatMap(StoredPathway::programme);
    Decided decided = decideOn(tenant, bound, before,
        id -> readProgramme.filter(p -> p.id().equals(id)).or(() -> declarations.of(tenant, id)));
    if (decided.refused() != null) {
      return decided.refused();
    }
    // The events as stored: their special-category answers go apart, with the append.
    Pathways.Append decidedAppend = bound.append(before.version(), decided.events());
    List<PathwayEvent> events = decidedAppend.events();
    List<SpecialCategoryAnswer> kept =
        read.map(StoredPathway::answersKeptApart).orElseGet(() -> factsKeeper.keptBefore(tenant, before));
    PathwayCache.Stream appended = before.then(events).knowing(kept.isEmpty() && decidedAppend.answers().isEmpty());
    // With the events, in one atomic step: the details of a capture, and the person's facts.
    Pathways.Append append = decidedAppend
        .withFacts(factsKeeper.of(tenant, appended, kept, decidedAppend.answers(), decided.programme()));
    try {
      pathways.appendAll(tenant, List.of(append));
    } catch (CommandAlreadyRecorded e) {
      return replay(tenant, command, pathways.eventsOfCommand(tenant, command.commandId()));
    }
    pathwayCache.remember(tenant, appended);
    return CommandResult.accepted(command.commandId(), events, appended.pathway().orElseThrow(), false);
  }

  /** A command decided on a stream: refused (with its answer), or the events it appends. */
  private record Decided(CommandResult refused, List<PathwayEvent> events, Optional<Programme> programme) {
    static Decided refusal(PathwayCommand command, Refusal refusal) {
      return new Decided(CommandResult.refused(Optional.of(command.commandId()), refusal), List.of(), Optional.empty());
    }
  }

  /**
   * Decides {@code bound}'s command on {@code before} without writing anything: the decider's rules
   * about whose pathway it is, the expected version, then its other rules, and its event, with the
   * declarations of the command's programme as {@code programmes} finds them.
   *
   * @throws VersionConflict if the command expects another version than {@code before}'s
   */
  private <C extends PathwayCommand> Decided decideOn(
      TenantId tenant, Bound<C> bound, PathwayCache.Stream before,
      Function<ProgrammeId, Optional<Programme>> programmes) {
    Decider<C> decider = bound.decider();
    C command = bound.command();
    Optional<Pathway> pathway = before.pathway();
    Optional<ProgrammeId> programmeId = decider.programmeOf(command, pathway);
    Optional<Programme> programme = programmeId.flatMap(programmes);
    CommandContext<C> context = new CommandContext<>(
        tenant, command, before.events(), pathway, programmeId, programme, model, LocalDate.now(clock), lookups,
        decider.dateField(),
        decider.move(command));
    Optional<Refusal> refusal = Decider.firstRefusal(decider.whoseRules(), context);
    if (refusal.isPresent()) {
      return Decided.refusal(command, refusal.get());
    }
    long version = before.version();
    if (!command.expectedVersion().matches(version)) {
      throw new VersionConflict(command.beneficiaryId().toString(), command.expectedVersion().version(), version);
    }
    refusal = Decider.firstRefusal(decider.rulesAfterVersion(), context);
    if (refusal.isPresent()) {
      return Decided.refusal(command, refusal.get());
    }
    EventHeader header =
        EventHeader.builder()
            .beneficiaryId(command.beneficiaryId())
            .version(version + 1)
            .commandId(command.commandId())
            .recordedAt(clock.instant())
            .occurredOn(command.occurredOn())
            .actor(command.actor())
            .author(command.author())
            .stage(decider.stageAfter(context))
            .build();
    // The programme's declarations go with the events: the person's facts depend on them.
    return new Decided(null, List.of(decider.event(header, context)), programme);
  }

  private Optional<CommandResult> replayIfRecorded(TenantId tenant, PathwayCommand command) {
    List<PathwayEvent> earlier = pathways.eventsOfCommand(tenant, command.commandId());
    return earlier.isEmpty() ? Optional.empty() : Optional.of(replay(tenant, command, earlier));
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

  // ---------------------------------------------------------------- a batch

  /** See {@link MobilisationEngine#recordAll}. */
  List<CommandResult> recordAll(TenantId tenant, List<? extends PathwayCommand> commands) {
    requireNonNull(tenant, "tenant");
    requireNonNull(commands, "commands");
    List<Bound<?>> batch = new ArrayList<>(commands.size());
    Set<CommandId> ids = new HashSet<>();
    boolean distinct = true;
    for (int i = 0; i < commands.size(); i++) {
      PathwayCommand command = requireNonNull(commands.get(i), "commands[" + i + "] is null");
      distinct &= ids.add(command.commandId());
      batch.add(Deciders.of(command));
    }
    if (batch.isEmpty()) {
      return List.of();
    }
    if (!distinct) {
      LOG.debug("A batch of {} commands names a command id twice: recording them one by one", batch.size());
      return oneByOne(tenant, batch);
    }
    return together(tenant, batch, Writing.EACH_ACCEPTED).map(Decisions::results).orElseGet(() -> oneByOne(tenant, batch));
  }

  /** What a batch writes once its commands are decided. */
  enum Writing {
    /** Every accepted command, whatever became of the others. */
    EACH_ACCEPTED,
    /** Every accepted command if none was refused; else nothing. */
    ALL_OR_NOTHING,
    /** Nothing: the commands are only decided. */
    NOTHING
  }

  /** A batch's answers, in input order, and whether its accepted commands were written. */
  record Decisions(List<CommandResult> results, boolean written) {}

  /**
   * Decides every command of a batch as {@link #recordAll} does, then writes what {@code writing}
   * says, in one atomic step. Never falls back to recording one by one (which would write each command
   * on its own): if another writer changes one of the batch's pathways meanwhile, it decides the batch
   * again once, then gives up with {@link RetriesExhausted}, nothing written.
   *
   * @throws IllegalArgumentException if two commands share a command id
   * @throws VersionConflict if a command expects a version its pathway is not at
   */
  Decisions decideAll(TenantId tenant, List<? extends PathwayCommand> commands, Writing writing) {
    requireNonNull(tenant, "tenant");
    requireNonNull(commands, "commands");
    List<Bound<?>> batch = new ArrayList<>(commands.size());
    Map<CommandId, Integer> ids = new HashMap<>();
    for (int i = 0; i < commands.size(); i++) {
      PathwayCommand command = requireNonNull(commands.get(i), "commands[" + i + "] is null");
      Integer first = ids.putIfAbsent(command.commandId(), i);
      checkArgument(first == null, "commands[%s] reuses the command id of commands[%s] (%s): give each command its own id",
          i, first, command.commandId());
      batch.add(Deciders.of(command));
    }
    if (batch.isEmpty()) {
      return new Decisions(List.of(), writing != Writing.NOTHING);
    }
    for (int attempt = 1; attempt <= 2; attempt++) {
      Optional<Decisions> decided = together(tenant, batch, writing);
      if (decided.isPresent()) {
        return decided.get();
      }
      // A command expecting another version than its pathway's throws as a loop would; else a writer moved on.
      for (Bound<?> bound : batch) {
        PathwayCommand command = bound.command();
        long version = pathways.events(tenant, command.beneficiaryId()).size();
        if (!command.expectedVersion().matches(version) && replayIfRecorded(tenant, command).isEmpty()) {
          throw new VersionConflict(command.beneficiaryId().toString(), command.expectedVersion().version(), version);
        }
      }
    }
    throw new RetriesExhausted("Other writers kept changing the pathways of a batch of " + batch.size()
        + " commands while it was decided: nothing was written; send the batch again", 2, null);
  }

  /** Each command through the single-command path, in order. */
  private List<CommandResult> oneByOne(TenantId tenant, List<Bound<?>> batch) {
    List<CommandResult> results = new ArrayList<>(batch.size());
    for (Bound<?> bound : batch) {
      results.add(record(tenant, bound));
    }
    return List.copyOf(results);
  }

  /** A person's pathway as a batch leaves it so far. */
  private static final class Pending {
    PathwayCache.Stream stream;
    /** The person's stream before the batch, as far as the engine knows. */
    final PathwayCache.Stream start;
    /** Whether the start came from the pathway cache, unconfirmed by a read of the store. */
    boolean unconfirmed;
    /** Whether the batch appends to the pathway. */
    boolean appended;
    /** The index of the person's last append in the batch's list. */
    int lastAppend;
    /** The special-category answers the batch's appends take out of the person's events. */
    final List<SpecialCategoryAnswer> answers = new ArrayList<>();
    /** The declarations of the person's programme, as the batch's decisions read them. */
    Optional<Programme> programme = Optional.empty();
    /**
     * The special-category answers kept apart, as read with the start; empty when the start came from
     * the pathway cache (they are then read before the batch is written).
     */
    final Optional<List<SpecialCategoryAnswer>> keptAtStart;

    Pending(PathwayCache.Stream stream, boolean unconfirmed, Optional<List<SpecialCategoryAnswer>> keptAtStart) {
      this.stream = stream;
      this.start = stream;
      this.unconfirmed = unconfirmed;
      this.keptAtStart = keptAtStart;
    }
  }

  /** The people of a batch the pathway cache does not hold, as their first command finds it: read at once. */
  private List<BeneficiaryId> toRead(TenantId tenant, List<Bound<?>> batch) {
    Set<BeneficiaryId> seen = new HashSet<>();
    List<BeneficiaryId> unknown = new ArrayList<>();
    for (Bound<?> bound : batch) {
      BeneficiaryId beneficiary = bound.command().beneficiaryId();
      if (seen.add(beneficiary) && pathwayCache.expected(tenant, beneficiary, bound.startsPathway()).isEmpty()) {
        unknown.add(beneficiary);
      }
    }
    return unknown;
  }

  /**
   * Decides the batch's commands in order, each on its person's pathway as the earlier accepted ones
   * leave it, then appends the accepted ones in one step. Empty when the batch must be recorded one by
   * one instead, with nothing written: a pathway moved on, or a command id was recorded, meanwhile.
   */
  private Optional<Decisions> together(TenantId tenant, List<Bound<?>> batch, Writing writing) {
    Map<BeneficiaryId, Pending> people = new LinkedHashMap<>();
    CommandResult[] results = new CommandResult[batch.size()];
    List<Pathways.Append> appends = new ArrayList<>();
    Map<MatchingKey, BeneficiaryId> claimed = new HashMap<>();
    // Each programme's declarations read once for the whole batch.
    Map<ProgrammeId, Optional<Programme>> declared = new HashMap<>();
    Function<ProgrammeId, Optional<Programme>> programmes =
        id -> declared.computeIfAbsent(id, p -> declarations.of(tenant, p));
    Map<BeneficiaryId, StoredPathway> read = storage.storedPathways(tenant, toRead(tenant, batch));
    for (int i = 0; i < batch.size(); i++) {
      Bound<?> bound = batch.get(i);
      PathwayCommand command = bound.command();
      BeneficiaryId beneficiary = command.beneficiaryId();
      Pending person = people.get(beneficiary);
      if (person == null) {
        Optional<PathwayCache.Stream> expected = pathwayCache.expected(tenant, beneficiary, bound.startsPathway());
        if (expected.isPresent()) {
          person = new Pending(expected.get(), true, Optional.empty());
        } else {
          // Read with the batch's others, unless the cache forgot them since.
          StoredPathway stored = read.containsKey(beneficiary)
              ? read.get(beneficiary) : storage.storedPathway(tenant, beneficiary);
          PathwayCache.Stream stream =
              PathwayCache.Stream.of(stored.events()).knowing(stored.answersKeptApart().isEmpty());
          pathwayCache.remember(tenant, stream);
          person = new Pending(stream, false, Optional.of(stored.answersKeptApart()));
        }
        people.put(beneficiary, person);
      }
      Decided decided;
      try {
        decided = decideOn(tenant, bound, person.stream, programmes);
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
          if (stored.version() != person.start.version()) {
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
      Optional<MatchingKey> key = bound.matchingKey();
      if (key.isPresent()) {
        // The store knows nobody by this key (the decider asked it), but an earlier capture of the batch may.
        BeneficiaryId holder = claimed.putIfAbsent(key.get(), beneficiary);
        if (holder != null && !holder.equals(beneficiary)) {
          results[i] = CommandResult.refused(Optional.of(command.commandId()), RefusalRules.alreadyKnown(command, holder));
          continue;
        }
      }
      Pathways.Append append = bound.append(person.stream.version(), decided.events());
      List<PathwayEvent> events = append.events();
      person.lastAppend = appends.size();
      appends.add(append);
      person.answers.addAll(append.answers());
      person.stream = person.stream.then(events);
      person.appended = true;
      person.programme = decided.programme();
      results[i] = CommandResult.accepted(command.commandId(), events, person.stream.pathway().orElseThrow(), false);
    }
    boolean write = switch (writing) {
      case EACH_ACCEPTED -> true;
      case ALL_OR_NOTHING -> Arrays.stream(results).noneMatch(CommandResult::refused);
      case NOTHING -> false;
    };
    if (write && !appends.isEmpty()) {
      // Each person's facts go with their last append of the batch: the store replaces them in order.
      for (Pending person : people.values()) {
        if (person.appended) {
          List<SpecialCategoryAnswer> kept =
              person.keptAtStart.orElseGet(() -> factsKeeper.keptBefore(tenant, person.start));
          person.stream = person.stream.knowing(kept.isEmpty() && person.answers.isEmpty());
          appends.set(person.lastAppend, appends.get(person.lastAppend)
              .withFacts(factsKeeper.of(tenant, person.stream, kept, person.answers, person.programme)));
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
    return Optional.of(new Decisions(List.of(results), write));
  }
}
