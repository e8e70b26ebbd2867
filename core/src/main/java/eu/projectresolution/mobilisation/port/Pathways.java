package eu.projectresolution.mobilisation.port;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.CommandAlreadyRecorded;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.pathway.EventHeader;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.privacy.SpecialCategoryAnswer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The event streams of the beneficiaries' pathways: append-only, one stream per beneficiary, each
 * event numbered by its version from 1 without gaps.
 *
 * <p>An adapter also maintains, in the same atomic step as each append, what the {@link Beneficiaries}
 * port reads: a host wires both from the same store.
 */
public interface Pathways {
  /**
   * Appends the events of one command to a beneficiary's stream, all or nothing.
   *
   * @param expected the version the stream must have now: {@link ExpectedVersion#noStream()} for a new
   *     stream ({@link ExpectedVersion#any()} is refused: the events carry their versions)
   * @param events the events, numbered from the version expected plus one, all for {@code
   *     beneficiary} and all carrying the same command id; a new stream starts with a capture
   * @throws CommandAlreadyRecorded if the tenant already has events of this command id: nothing is written
   * @throws VersionConflict if the stream's version is not the one expected: nothing is written
   * @throws IllegalArgumentException if the events break the rules above
   */
  void append(TenantId tenant, BeneficiaryId beneficiary, ExpectedVersion expected, List<PathwayEvent> events);

  /**
   * Starts a beneficiary's pathway with the events of a capture and, in the same atomic step, keeps
   * the person's identifying details where {@link PersonalData} keeps them (never with the events):
   * both are written or neither, so that no pathway is left without the details given with its
   * capture, and no details without their pathway.
   *
   * @param events the capture's events, numbered from 1, all for {@code beneficiary} and carrying the
   *     same command id, the first a capture
   * @throws CommandAlreadyRecorded if the tenant already has events of this command id: nothing is written
   * @throws VersionConflict if the beneficiary already has a pathway: nothing is written
   * @throws IllegalArgumentException if the events break the rules of {@link #append}
   */
  default void appendCapture(TenantId tenant, BeneficiaryId beneficiary, List<PathwayEvent> events, PersonalDetails details) {
    appendCapture(tenant, beneficiary, events, details, Optional.empty());
  }

  /**
   * As {@link #appendCapture(TenantId, BeneficiaryId, List, PersonalDetails)}, and keeps the key that
   * recognises the person met again with the details, in the same atomic step, as {@link
   * PersonalData#put(TenantId, BeneficiaryId, PersonalDetails, Optional)} keeps it.
   *
   * @throws IllegalArgumentException if another person of the tenant holds {@code matchingKey}, or if
   *     the events break the rules of {@link #append}: nothing is written
   */
  void appendCapture(
      TenantId tenant, BeneficiaryId beneficiary, List<PathwayEvent> events, PersonalDetails details,
      Optional<MatchingKey> matchingKey);

  /**
   * Appends the events of several commands, for one or several beneficiaries, in one atomic step: all
   * of them or none. Each append is what {@link #append} (or, with details, {@link #appendCapture})
   * would write, and the store ends as if they had been made one after the other in list order; so
   * several appends for one beneficiary chain, each expecting the version the one before it left. An
   * adapter on a database makes them one transaction, which is what makes bulk imports fast: one
   * commit for many commands.
   *
   * @param appends at most one per command id; none empty
   * @throws CommandAlreadyRecorded naming the first append (in list order) whose command id the tenant
   *     already has, checked before the versions: nothing of the batch is written
   * @throws VersionConflict naming the beneficiary of the first append (in list order) whose stream is
   *     not at the version it expects, after the batch's earlier appends: nothing of the batch is written
   * @throws IllegalArgumentException if an append breaks the rules of {@link #append}, the list is
   *     empty, two appends carry the same command id, or a matching key is held by another person (of
   *     the store or of the batch)
   */
  void appendAll(TenantId tenant, List<Append> appends);

  /**
   * Replaces a person's {@link PersonFacts} with {@code facts}, if their stream is still at the version
   * the facts were computed from: what rebuilding the facts under new definitions does, person by
   * person, while commands go on.
   *
   * @return whether the facts were replaced; false if the stream moved on since (its next append
   *     brings facts of its own) or the tenant has no such pathway
   */
  boolean replaceFacts(TenantId tenant, PersonFacts facts);

  /**
   * {@link #replaceFacts(TenantId, PersonFacts)} for many people, in one atomic step where the store
   * can: what a rebuild does with each page of people. Each person's facts are replaced only if their
   * stream is still at the version the facts were computed from; the others are left as they are.
   * The default replaces them one person at a time.
   *
   * @return how many people's facts were replaced
   * @throws IllegalArgumentException if two of {@code facts} are the same person's
   */
  default int replaceAllFacts(TenantId tenant, List<PersonFacts> facts) {
    checkOnePerPerson(facts);
    int replaced = 0;
    for (PersonFacts person : facts) {
      if (replaceFacts(tenant, person)) {
        replaced++;
      }
    }
    return replaced;
  }

  /**
   * The checks of {@link #replaceAllFacts} for a store of your own that overrides it.
   *
   * @throws IllegalArgumentException if two of {@code facts} are the same person's
   */
  static void checkOnePerPerson(List<PersonFacts> facts) {
    Set<BeneficiaryId> people = new HashSet<>();
    for (PersonFacts person : facts) {
      checkArgument(people.add(person.beneficiaryId()),
          "facts names beneficiary %s twice: give each person's facts once", person.beneficiaryId());
    }
  }

  /**
   * Replaces the stored events of a person's stream, if it is still at {@code version}, by {@code
   * events}: the same number, each with the version, command id, kind, stage and day of the event it
   * replaces. Only what purging a pathway's detail changes ({@code privacy.PathwayDetail}), or the
   * special-category answers an event recorded before they were kept apart holds (but {@link
   * #keepAnswersApart} is what keeps those), may differ; the stream's summary and the person's facts
   * stay as they are.
   *
   * @return whether the events were replaced; false if the stream is no longer at {@code version}
   * @throws IllegalArgumentException if an event does not match the one it replaces
   */
  boolean replaceDetail(TenantId tenant, BeneficiaryId beneficiary, long version, List<PathwayEvent> events);

  /**
   * Keeps apart the special-category answers that a person's events recorded before answers were kept
   * apart still hold inside them, as they are kept for the events recorded since: if the person's
   * stream is still exactly {@code stored}, in one atomic step, replaces each such event by the event
   * without its answers ({@code SpecialCategoriesApart.split(stored)}: the same version, command, kind,
   * stage and day), keeps the answers taken out where {@link SpecialCategoryAnswers} reads them (each
   * at the version of its event), and projects the stream's summary again from the events as they now
   * are, so that no refugee status of an older profile stays in it. The person's facts stay as they are
   * (the answers kept apart are those they were computed with), and so does every report.
   *
   * <p>An erasure and a retention purge call it first: the answers are then where they erase them, and
   * the person ends as a person recorded since. On a stream with no answer inside, it only projects the
   * summary again.
   *
   * @param stored the person's whole stream, as the caller read it
   * @return whether the stream was still {@code stored}; false, writing nothing, if it changed since it
   *     was read (read it again and retry) or the tenant has no such pathway
   */
  boolean keepAnswersApart(TenantId tenant, BeneficiaryId beneficiary, List<PathwayEvent> stored);

  /**
   * Checks that {@code events} may replace {@code stored}, a person's whole stream, as {@link
   * #replaceDetail} documents it; adapters call it first.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static void checkReplaceable(List<PathwayEvent> stored, List<PathwayEvent> events) {
    checkArgument(events.size() == stored.size(), "%s events cannot replace the %s of a stream", events.size(),
        stored.size());
    for (int i = 0; i < stored.size(); i++) {
      checkReplaceable(stored.get(i), events.get(i));
    }
  }

  private static void checkReplaceable(PathwayEvent stored, PathwayEvent replacement) {
    EventHeader was = stored.header();
    EventHeader is = replacement.header();
    checkArgument(stored.getClass().equals(replacement.getClass()) && was.version() == is.version()
            && was.commandId().equals(is.commandId()) && was.stage().equals(is.stage())
            && was.occurredOn().equals(is.occurredOn()) && was.beneficiaryId().equals(is.beneficiaryId()),
        "event %s of beneficiary %s cannot replace the stored one: keep its kind, version, command, stage and day",
        is.version(), is.beneficiaryId());
  }

  /** The beneficiary's events in version order; empty if the tenant has no such pathway. */
  List<PathwayEvent> events(TenantId tenant, BeneficiaryId beneficiary);

  /** The events a command appended, in version order; empty if the tenant never recorded it. */
  List<PathwayEvent> eventsOfCommand(TenantId tenant, CommandId command);

  /**
   * Checks the shape of an append as {@link #append} documents it; adapters call it first so that
   * every adapter refuses the same malformed appends the same way.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static void checkAppendable(BeneficiaryId beneficiary, ExpectedVersion expected, List<PathwayEvent> events) {
    requireNonNull(events, "events");
    checkArgument(!events.isEmpty(), "nothing to append: events is empty");
    checkArgument(!requireNonNull(expected, "expected").isAny(),
        "a store appends after the version it checks: expect ExpectedVersion.noStream() or exactly(n), not any()");
    long expectedVersion = expected.version();
    CommandId command = events.get(0).header().commandId();
    long version = expectedVersion;
    // Checked for every event appended: the messages are built only when a check fails.
    for (int i = 0; i < events.size(); i++) {
      PathwayEvent event = events.get(i);
      EventHeader header = event.header();
      if (!header.beneficiaryId().equals(beneficiary)) {
        throw new IllegalArgumentException(
            "event " + header.version() + " is for beneficiary " + header.beneficiaryId() + ", not " + beneficiary);
      }
      if (header.version() != ++version) {
        throw new IllegalArgumentException("event version " + header.version() + " does not follow " + (version - 1));
      }
      if (!header.commandId().equals(command)) {
        throw new IllegalArgumentException(
            "all events of one append must carry the same command id (" + command + " and " + header.commandId() + ")");
      }
      if (event instanceof PathwayEvents.Captured && (i > 0 || expectedVersion != 0)) {
        throw new IllegalArgumentException("a capture can only start a pathway");
      }
    }
    checkArgument(
        expectedVersion != 0 || events.get(0) instanceof PathwayEvents.Captured,
        "a new pathway must start with a capture");
  }

  /**
   * Checks the shape of a batch as {@link #appendAll} documents it, each append with {@link
   * #checkAppendable}; adapters call it first.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static void checkAppendable(List<Append> appends) {
    requireNonNull(appends, "appends");
    checkArgument(!appends.isEmpty(), "nothing to append: appends is empty");
    Set<CommandId> commands = new HashSet<>();
    Map<MatchingKey, BeneficiaryId> keys = new HashMap<>();
    for (Append append : appends) {
      requireNonNull(append, "an append of the batch is null");
      checkAppendable(append.beneficiary(), append.expected(), append.events());
      CommandId command = append.command();
      checkArgument(commands.add(command), "command id %s appears twice in one batch of appends", command);
      append.facts().ifPresent(facts -> {
        checkArgument(facts.beneficiaryId().equals(append.beneficiary()),
            "the facts given with an append for beneficiary %s are of beneficiary %s", append.beneficiary(),
            facts.beneficiaryId());
        checkArgument(facts.throughVersion() == append.lastVersion(),
            "the facts given with an append for beneficiary %s were computed through version %s, not through the"
                + " append's last version %s: compute them from the stream with the append's events",
            append.beneficiary(), facts.throughVersion(), append.lastVersion());
      });
      append.matchingKey().ifPresent(key -> {
        BeneficiaryId holder = keys.putIfAbsent(key, append.beneficiary());
        checkArgument(holder == null || holder.equals(append.beneficiary()),
            "beneficiaries %s and %s of one batch hold the same matching key: they are one person, capture them once",
            holder, append.beneficiary());
      });
    }
  }

  /**
   * One command's append in a batch (see {@link #appendAll}): its events for one beneficiary, the
   * version the stream must have just before them, and for a capture the person's identifying details
   * to keep as {@link #appendCapture} does.
   *
   * @param expected the stream's version just before this append, counting the batch's earlier
   *     appends: {@link ExpectedVersion#noStream()} for a new stream (never {@link ExpectedVersion#any()})
   * @param events as {@link #append} takes them
   * @param details the person's details, kept with a capture (then {@code expected} is no stream)
   * @param matchingKey the key that recognises the person when met again, kept beside their details (so
   *     only with them) and erased with them
   * @param facts the person's facts computed from their stream with this append's events (through its
   *     {@link #lastVersion()}), replacing those the store holds; without them, the store marks the
   *     person's facts {@link PersonFacts#outOfDate out of date}, and a report asks for them to be
   *     computed again (the engine always gives them)
   * @param answers the special-category answers taken out of these events, each at the version of its
   *     event, kept where {@link SpecialCategoryAnswers} reads them, in the same atomic step
   */
  record Append(
      BeneficiaryId beneficiary, ExpectedVersion expected, List<PathwayEvent> events, Optional<PersonalDetails> details,
      Optional<MatchingKey> matchingKey, Optional<PersonFacts> facts, List<SpecialCategoryAnswer> answers) {
    public Append {
      requireNonNull(beneficiary, "beneficiary");
      requireNonNull(expected, "expected");
      checkArgument(!expected.isAny(),
          "an append names the version it follows: expect ExpectedVersion.noStream() or exactly(n), not any()");
      events = List.copyOf(requireNonNull(events, "events"));
      requireNonNull(details, "details");
      requireNonNull(matchingKey, "matchingKey");
      requireNonNull(facts, "facts");
      answers = List.copyOf(requireNonNull(answers, "answers"));
      long firstVersion = expected.version() + 1;
      long lastVersion = expected.version() + events.size();
      for (SpecialCategoryAnswer answer : answers) {
        checkArgument(answer.beneficiaryId().equals(beneficiary)
                && answer.version() >= firstVersion && answer.version() <= lastVersion,
            "the special-category answer %s of an append for beneficiary %s is not of one of its events", answer,
            beneficiary);
      }
      checkArgument(
          details.isEmpty() || expected.equals(ExpectedVersion.noStream()),
          "personal details go with a capture, which starts a pathway: expect ExpectedVersion.noStream() (was %s)",
          expected);
      checkArgument(
          matchingKey.isEmpty() || details.isPresent(),
          "a matching key is kept beside the person's details: give the details with it");
    }

    /** The events of one command, as {@link #append} writes them. */
    public static Append of(BeneficiaryId beneficiary, ExpectedVersion expected, List<PathwayEvent> events) {
      return new Append(beneficiary, expected, events, Optional.empty(), Optional.empty(), Optional.empty(), List.of());
    }

    /** A capture's events with the person's details, as {@link #appendCapture} writes them. */
    public static Append capture(BeneficiaryId beneficiary, List<PathwayEvent> events, PersonalDetails details) {
      return capture(beneficiary, events, details, Optional.empty());
    }

    /**
     * A capture's events with the person's details and the key that recognises them when met again, as
     * {@link #appendCapture(TenantId, BeneficiaryId, List, PersonalDetails, Optional)} writes them.
     */
    public static Append capture(
        BeneficiaryId beneficiary, List<PathwayEvent> events, PersonalDetails details, Optional<MatchingKey> matchingKey) {
      return new Append(
          beneficiary, ExpectedVersion.noStream(), events, Optional.of(requireNonNull(details, "details")), matchingKey,
          Optional.empty(), List.of());
    }

    /** This append with the person's facts computed through its last version. */
    public Append withFacts(PersonFacts facts) {
      return new Append(beneficiary, expected, events, details, matchingKey, Optional.of(facts), answers);
    }

    /**
     * This append with {@code events} in place of its own (the same versions) and the special-category
     * answers taken out of them.
     */
    public Append withAnswersApart(List<PathwayEvent> events, List<SpecialCategoryAnswer> answers) {
      return new Append(beneficiary, expected, events, details, matchingKey, facts, answers);
    }

    /**
     * The facts the store keeps for the person after this append: the ones given, else facts {@link
     * PersonFacts#outOfDate out of date}, on the programme and channel of the person's capture.
     *
     * @param capture the capture that started the person's stream (this append's first event for a new one)
     */
    public PersonFacts factsOrOutOfDate(PathwayEvents.Captured capture) {
      return facts.orElseGet(() -> PersonFacts.outOfDate(
          beneficiary, capture.programmeId(), capture.contact().channel(), lastVersion()));
    }

    /** The command the events carry. */
    public CommandId command() {
      checkArgument(!events.isEmpty(), "nothing to append: events is empty");
      return events.get(0).header().commandId();
    }

    /** The stream's version just before this append, as a number: 0 for a new stream. */
    public long expectedVersion() {
      return expected.version();
    }

    /** The stream's version after this append. */
    public long lastVersion() {
      return expectedVersion() + events.size();
    }
  }

}
