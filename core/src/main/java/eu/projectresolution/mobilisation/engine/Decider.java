package eu.projectresolution.mobilisation.engine;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.Refusal;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.pathway.EventHeader;
import eu.projectresolution.mobilisation.pathway.Pathway;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.PathwayStep;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.pathway.Step;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How the engine decides one kind of pathway command: the rules it must pass, in order, and the event
 * it records when it passes them. The {@link CommandPipeline} runs every kind the same way; what sets a
 * kind apart (a capture starts a pathway, a follow-up has its own window for its day...) is declared
 * here rather than tested for in the pipeline. The engine's deciders are the constants of {@link
 * Deciders}.
 *
 * <p>The rules run in this order: whose pathway ({@link #whoseRules}); then the pipeline checks the
 * expected version and {@link RefusalRules#PROGRAMME_REGISTERED}; then the day ({@link #dayRules});
 * then the command's own rules; then, for a command that moves the pathway, {@link RefusalRules#MOVE}.
 *
 * @param <C> the kind of command
 */
final class Decider<C extends PathwayCommand> {
  /** Makes the event a command records, given its header and what the engine knew deciding it. */
  @FunctionalInterface
  interface EventMaker<C extends PathwayCommand> {
    PathwayEvent make(EventHeader header, CommandContext<C> context);
  }

  private static final List<RefusalRule<? super PathwayCommand>> CAPTURED_FIRST = List.of(RefusalRules.CAPTURED_FIRST);
  private static final List<RefusalRule<? super PathwayCommand>> DAY_IN_THE_PROGRAMME =
      List.of(RefusalRules.NOT_IN_THE_FUTURE, RefusalRules.WITHIN_THE_PROGRAMME, RefusalRules.IN_THE_ORDER_IT_HAPPENED);

  private final String name;
  private final boolean startsPathway;
  private final Function<C, ProgrammeId> programmeOfCapture;
  private final List<RefusalRule<? super C>> whoseRules;
  private final String dateField;
  private final List<RefusalRule<? super C>> dayRules;
  private final List<RefusalRule<? super C>> ownRules;
  /** The step the command moves the pathway by; null for a command that does not move it. */
  private final Function<C, ? extends PathwayStep> move;
  private final Function<CommandContext<C>, Stage> stageAfter;
  private final EventMaker<C> event;
  private final Function<C, Optional<MatchingKey>> matchingKey;
  private final AppendMaker<C> append;
  private final List<RefusalRule<? super C>> rulesAfterVersion;

  /** Makes the append of a command's events. */
  @FunctionalInterface
  interface AppendMaker<C> {
    Pathways.Append make(C command, long version, List<PathwayEvent> events);
  }

  private Decider(Builder<C> builder) {
    this.name = builder.name;
    this.startsPathway = builder.programmeOfCapture != null;
    this.programmeOfCapture = builder.programmeOfCapture;
    this.whoseRules = List.copyOf(builder.whoseRules);
    this.dateField = builder.dateField;
    this.dayRules = List.copyOf(builder.dayRules);
    this.ownRules = List.copyOf(builder.ownRules);
    this.move = builder.move;
    this.stageAfter = builder.stageAfter;
    this.event = requireNonNull(builder.event, "event");
    this.matchingKey = builder.matchingKey;
    this.append = builder.append;
    List<RefusalRule<? super C>> after = new ArrayList<>();
    after.add(RefusalRules.PROGRAMME_REGISTERED);
    after.addAll(dayRules);
    after.addAll(ownRules);
    if (move != null) {
      after.addAll(RefusalRules.MOVE);
    }
    this.rulesAfterVersion = List.copyOf(after);
  }

  /** A decider for commands named {@code name} ("welcome"), as log lines and tests call them. */
  static <C extends PathwayCommand> Builder<C> named(String name) {
    return new Builder<>(name);
  }

  String name() {
    return name;
  }

  /** Whether the command starts a pathway (a capture), and so needs none before it. */
  boolean startsPathway() {
    return startsPathway;
  }

  /** The programme the command records for: the capture's own, or the pathway's. */
  Optional<ProgrammeId> programmeOf(C command, Optional<Pathway> pathway) {
    return startsPathway ? Optional.of(programmeOfCapture.apply(command)) : pathway.map(Pathway::programmeId);
  }

  String dateField() {
    return dateField;
  }

  /** Whether the command moves the pathway by a step. */
  boolean moves() {
    return move != null;
  }

  /** The step {@code command} moves the pathway by, if its kind moves it. */
  Optional<PathwayStep> move(C command) {
    return move == null ? Optional.empty() : Optional.of(move.apply(command));
  }

  /** The rules about whose pathway it is, which run before the expected version is checked. */
  List<RefusalRule<? super C>> whoseRules() {
    return whoseRules;
  }

  /** Every rule that runs after the expected version is checked, in order. */
  List<RefusalRule<? super C>> rulesAfterVersion() {
    return rulesAfterVersion;
  }

  /** The first refusal {@code rules} give in {@code context}, if any. */
  static <C extends PathwayCommand> Optional<Refusal> firstRefusal(
      List<RefusalRule<? super C>> rules, CommandContext<C> context) {
    for (RefusalRule<? super C> rule : rules) {
      Optional<Refusal> refusal = rule.check(context);
      if (refusal.isPresent()) {
        return refusal;
      }
    }
    return Optional.empty();
  }

  /** The stage the command's event is recorded at, once every rule passed. */
  Stage stageAfter(CommandContext<C> context) {
    PathwayModel model = context.model();
    if (startsPathway) {
      return model.entryStage();
    }
    if (stageAfter != null) {
      return stageAfter.apply(context);
    }
    return context.move().map(step -> model.stageFor(step).orElseThrow()).orElseGet(context::stage);
  }

  PathwayEvent event(EventHeader header, CommandContext<C> context) {
    return event.make(header, context);
  }

  /** The matching key the command claims for its person, if it gives one. */
  Optional<MatchingKey> matchingKey(C command) {
    return matchingKey.apply(command);
  }

  Pathways.Append append(C command, long version, List<PathwayEvent> events) {
    return append.make(command, version, events);
  }

  @Override
  public String toString() {
    return "Decider{" + name + "}";
  }

  static final class Builder<C extends PathwayCommand> {
    private final String name;
    private Function<C, ProgrammeId> programmeOfCapture;
    private List<RefusalRule<? super C>> whoseRules = new ArrayList<>(CAPTURED_FIRST);
    private String dateField = "occurredOn";
    private List<RefusalRule<? super C>> dayRules = new ArrayList<>(DAY_IN_THE_PROGRAMME);
    private final List<RefusalRule<? super C>> ownRules = new ArrayList<>();
    private Function<C, ? extends PathwayStep> move;
    private Function<CommandContext<C>, Stage> stageAfter;
    private EventMaker<C> event;
    private Function<C, Optional<MatchingKey>> matchingKey = command -> Optional.empty();
    private AppendMaker<C> append =
        (command, version, events) -> Pathways.Append.of(command.beneficiaryId(), ExpectedVersion.atVersion(version), events);

    private Builder(String name) {
      this.name = requireNonNull(name, "name");
    }

    /**
     * The command starts a pathway for {@code programme}'s programme, refused by {@code whoseRules}
     * (instead of needing a pathway already).
     */
    @SafeVarargs
    final Builder<C> startsPathwayFor(Function<C, ProgrammeId> programme, RefusalRule<? super C>... whoseRules) {
      this.programmeOfCapture = requireNonNull(programme, "programme");
      this.whoseRules = new ArrayList<>();
      for (RefusalRule<? super C> rule : whoseRules) {
        this.whoseRules.add(requireNonNull(rule, "rule"));
      }
      return this;
    }

    /** The command's day is in field {@code field} (default {@code occurredOn}). */
    Builder<C> datedBy(String field) {
      this.dateField = requireNonNull(field, "field");
      return this;
    }

    /** The rules the command's day passes, instead of those of a day in the programme. */
    @SafeVarargs
    final Builder<C> dayRules(RefusalRule<? super C>... rules) {
      this.dayRules = new ArrayList<>();
      for (RefusalRule<? super C> rule : rules) {
        this.dayRules.add(requireNonNull(rule, "rule"));
      }
      return this;
    }

    /** The command's own rules, checked in this order after the rules every command passes. */
    @SafeVarargs
    final Builder<C> refusedBy(RefusalRule<? super C>... rules) {
      for (RefusalRule<? super C> rule : rules) {
        this.ownRules.add(requireNonNull(rule, "rule"));
      }
      return this;
    }

    /** The command moves the pathway by {@code step}, as far as the model allows. */
    Builder<C> moves(Step step) {
      requireNonNull(step, "step");
      return movesBy(command -> step);
    }

    /** The command moves the pathway by the step it names (a partner's own), as far as the model allows. */
    Builder<C> movesBy(Function<C, ? extends PathwayStep> step) {
      this.move = requireNonNull(step, "step");
      return this;
    }

    /** The stage the pathway is in after the command, when it neither stays nor moves by a step. */
    Builder<C> stageAfter(Function<CommandContext<C>, Stage> stage) {
      this.stageAfter = requireNonNull(stage, "stage");
      return this;
    }

    Builder<C> matchingKey(Function<C, Optional<MatchingKey>> key) {
      this.matchingKey = requireNonNull(key, "key");
      return this;
    }

    Builder<C> appendedAs(AppendMaker<C> append) {
      this.append = requireNonNull(append, "append");
      return this;
    }

    /** The event the command records. */
    Decider<C> records(BiFunction<EventHeader, C, PathwayEvent> event) {
      requireNonNull(event, "event");
      return recordsAfter((header, context) -> event.apply(header, context.command()));
    }

    /** The event the command records, which reads what the engine knew deciding it. */
    Decider<C> recordsAfter(EventMaker<C> event) {
      this.event = requireNonNull(event, "event");
      return new Decider<>(this);
    }
  }
}
