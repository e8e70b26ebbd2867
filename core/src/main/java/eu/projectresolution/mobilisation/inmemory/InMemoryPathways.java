package eu.projectresolution.mobilisation.inmemory;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.CommandAlreadyRecorded;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.capture.AttendanceRegister;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.pathway.EventHeader;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.Beneficiaries;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.port.ChangeFeed;
import eu.projectresolution.mobilisation.port.FactCell;
import eu.projectresolution.mobilisation.port.FeedEvent;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.port.PersonFacts;
import eu.projectresolution.mobilisation.port.Tally;
import eu.projectresolution.mobilisation.privacy.SpecialCategoriesApart;
import eu.projectresolution.mobilisation.port.TallyCount;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

// Over 400 lines: the streams, their projection, the facts and the feed are under one lock so that
// an append is atomic for every reader; split into classes, that lock would have to span them.
/** Event streams and their projection, under one lock so that an append and its projection are atomic. */
final class InMemoryPathways implements Pathways, Beneficiaries, ChangeFeed {
  private final Map<TenantId, Tenant> tenants = new HashMap<>();

  private static final class Tenant {
    final Map<BeneficiaryId, Person> people = new HashMap<>();
    /** Each programme's people, in the order they were captured: what a report goes through. */
    final Map<ProgrammeId, List<Person>> programmes = new HashMap<>();
    /** Each recorded command's first event: its events are its stream's from there on that carry its id. */
    final CommandIndex commands = new CommandIndex();
    final Map<OutreachEventId, List<AttendanceRegister.Entry>> attendance = new HashMap<>();
    /** Every event in the order the appends wrote them: an event's feed position is its index plus one. */
    final List<PathwayEvent> feed = new ArrayList<>();
  }

  /**
   * What the store keeps of one person: their stream, its summary and their facts, in one object
   * rather than in a map each, because a store in memory holds many people and each map entry costs
   * some 40 bytes. The facts are kept as a report reads them: each cell's bounds as epoch days (four
   * per cell, open bounds as the extreme ints) so that the covering test is four int comparisons, and
   * the cells' sites and tallies, the tallies shared with every other person who adds the same.
   */
  private static final class Person {
    /** Replaced, never changed, on each append: a list handed out earlier stays as it was. */
    PathwayEvent[] events;
    BeneficiarySummary summary;
    String basis;
    CaptureChannel channel;
    int[] bounds;
    SiteId[] sites;
    Tally[] tallies;

    boolean outOfDate() {
      return basis.equals(PersonFacts.OUT_OF_DATE);
    }

    /** The cell covering the period, or -1. */
    int cellCovering(int start, int end) {
      for (int c = 0; c < tallies.length; c++) {
        int b = c * 4;
        if (bounds[b] <= start && start <= bounds[b + 1] && bounds[b + 2] <= end && end <= bounds[b + 3]) {
          return c;
        }
      }
      return -1;
    }

    List<PathwayEvent> stream() {
      return Collections.unmodifiableList(Arrays.asList(events));
    }
  }

  /** One instance of each distinct tally: people share a handful of them. */
  private final Map<Tally, Tally> tallies = new HashMap<>();

  private final InMemoryPersonalData personalData;

  InMemoryPathways(InMemoryPersonalData personalData) {
    this.personalData = personalData;
  }

  @Override
  public void append(TenantId tenant, BeneficiaryId beneficiary, ExpectedVersion expected, List<PathwayEvent> events) {
    requireNonNull(beneficiary, "beneficiary");
    Pathways.checkAppendable(beneficiary, expected, events);
    appendAll(tenant, List.of(Append.of(beneficiary, expected, events)));
  }

  @Override
  public void appendCapture(
      TenantId tenant, BeneficiaryId beneficiary, List<PathwayEvent> events, PersonalDetails details,
      Optional<MatchingKey> matchingKey) {
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(details, "details");
    Pathways.checkAppendable(beneficiary, ExpectedVersion.noStream(), events);
    appendAll(tenant, List.of(Append.capture(beneficiary, events, details, matchingKey)));
  }

  /**
   * Checks every append against the store as the batch's earlier appends leave it, then writes them
   * all, under one lock: a refusal leaves the store untouched.
   */
  @Override
  public void appendAll(TenantId tenant, List<Append> appends) {
    // Both locks, always in this order (the personal data never calls the pathways): nothing can
    // take a matching key between its check and its write.
    synchronized (this) {
      synchronized (personalData) {
        appendAllLocked(tenant, appends);
      }
    }
  }

  /** A person's appends in a batch, taken together: their stream and summary as the batch leaves them. */
  private static final class Pending {
    final Person stored;
    final List<PathwayEvent> stream;
    BeneficiarySummary summary;
    Append last;

    Pending(Person stored) {
      this.stored = stored;
      this.stream = stored == null ? new ArrayList<>() : new ArrayList<>(Arrays.asList(stored.events));
      this.summary = stored == null ? null : stored.summary;
    }
  }

  private void appendAllLocked(TenantId tenant, List<Append> appends) {
    Pathways.checkAppendable(appends);
    Tenant t = of(tenant);
    for (Append append : appends) {
      if (append.details().isPresent()) {
        personalData.checkPut(tenant, append.beneficiary(), append.details().get(), append.matchingKey());
      }
      if (t.commands.contains(append.command())) {
        throw new CommandAlreadyRecorded(append.command());
      }
    }
    // Everything checked and computed on the side first: a refusal or a projection failure then
    // leaves the store untouched.
    Map<BeneficiaryId, Pending> pending = new LinkedHashMap<>();
    Map<OutreachEventId, List<AttendanceRegister.Entry>> newAttendance = new LinkedHashMap<>();
    for (Append append : appends) {
      Pending person = pending.computeIfAbsent(append.beneficiary(), b -> new Pending(t.people.get(b)));
      if (person.stream.size() != append.expectedVersion()) {
        throw new VersionConflict(append.beneficiary().toString(), append.expectedVersion(), person.stream.size());
      }
      for (PathwayEvent event : append.events()) {
        person.summary = BeneficiarySummary.apply(Optional.ofNullable(person.summary), event);
        BeneficiarySummary.attendanceOf(event)
            .ifPresent(entry -> newAttendance
                .computeIfAbsent(entry.contact().outreachEvent().orElseThrow(), k -> new ArrayList<>())
                .add(entry));
      }
      person.stream.addAll(append.events());
      person.last = append;
    }
    // A person's facts are those of their last append of the batch; an append without facts leaves
    // the person's facts out of date, to be computed again when a report meets them.
    Map<Pending, Cells> cells = new LinkedHashMap<>();
    pending.values().forEach(p -> cells.put(p, cellsOf(p.last.factsOrOutOfDate((PathwayEvents.Captured) p.stream.get(0)))));
    for (Pending p : pending.values()) {
      Person person = p.stored;
      if (person == null) {
        person = new Person();
        t.people.put(p.last.beneficiary(), person);
        t.programmes.computeIfAbsent(p.summary.programmeId(), k -> new ArrayList<>()).add(person);
      }
      person.events = p.stream.toArray(new PathwayEvent[0]);
      person.summary = p.summary;
      cells.get(p).keepIn(person);
    }
    for (Append append : appends) {
      t.feed.addAll(append.events());
      t.commands.add(append.events().get(0));
      append.details().ifPresent(details -> personalData.write(tenant, append.beneficiary(), details, append.matchingKey()));
      personalData.writeAnswers(tenant, append.answers());
    }
    newAttendance.forEach((event, entries) -> t.attendance.computeIfAbsent(event, k -> new ArrayList<>()).addAll(entries));
  }

  /** A person's facts as {@link Person} keeps them. */
  private record Cells(String basis, CaptureChannel channel, int[] bounds, SiteId[] sites, Tally[] tallies) {
    void keepIn(Person person) {
      person.basis = basis;
      person.channel = channel;
      person.bounds = bounds;
      person.sites = sites;
      person.tallies = tallies;
    }
  }

  private Cells cellsOf(PersonFacts facts) {
    int cells = facts.cells().size();
    int[] bounds = new int[cells * 4];
    SiteId[] sites = new SiteId[cells];
    Tally[] shared = new Tally[cells];
    for (int c = 0; c < cells; c++) {
      FactCell cell = facts.cells().get(c);
      bounds[c * 4] = cell.startFrom().map(InMemoryPathways::day).orElse(Integer.MIN_VALUE);
      bounds[c * 4 + 1] = cell.startTo().map(InMemoryPathways::day).orElse(Integer.MAX_VALUE);
      bounds[c * 4 + 2] = cell.endFrom().equals(LocalDate.MIN) ? Integer.MIN_VALUE : day(cell.endFrom());
      bounds[c * 4 + 3] = cell.endTo().map(InMemoryPathways::day).orElse(Integer.MAX_VALUE);
      sites[c] = cell.site().orElse(null);
      shared[c] = tallies.computeIfAbsent(cell.tally(), k -> k);
    }
    return new Cells(facts.basis(), facts.cells().get(0).channel(), bounds, sites, shared);
  }

  private static int day(LocalDate day) {
    return Math.toIntExact(day.toEpochDay());
  }

  @Override
  public boolean replaceFacts(TenantId tenant, PersonFacts facts) {
    requireNonNull(facts, "facts");
    synchronized (this) {
      Person person = of(tenant).people.get(facts.beneficiaryId());
      if (person == null || person.events.length != facts.throughVersion()) {
        return false;
      }
      cellsOf(facts).keepIn(person);
      return true;
    }
  }

  /** What {@link eu.projectresolution.mobilisation.port.IndicatorSources#tallies} answers. */
  synchronized List<TallyCount> tallies(
      TenantId tenant, ProgrammeId programme, Period period, Optional<SiteId> site, Optional<CaptureChannel> channel) {
    requireNonNull(programme, "programme");
    requireNonNull(period, "period");
    int start = day(period.start());
    int end = day(period.end());
    SiteId onlySite = site.orElse(null);
    CaptureChannel onlyChannel = channel.orElse(null);
    // Tallies are shared (see cellsOf): counted by identity, per basis.
    Map<String, Map<Tally, long[]>> counts = new HashMap<>();
    for (Person person : of(tenant).programmes.getOrDefault(programme, List.of())) {
      int cell = person.cellCovering(start, end);
      if (cell < 0) {
        continue;
      }
      // Out-of-date facts count whatever the site and channel: a report must meet them.
      if (person.outOfDate()
          || (onlySite == null || onlySite.equals(person.sites[cell]))
              && (onlyChannel == null || onlyChannel == person.channel)) {
        counts.computeIfAbsent(person.basis, b -> new IdentityHashMap<>())
            .computeIfAbsent(person.tallies[cell], k -> new long[1])[0]++;
      }
    }
    List<TallyCount> out = new ArrayList<>();
    counts.forEach((basis, byTally) -> byTally.forEach((tally, people) -> out.add(TallyCount.of(basis, tally, people[0]))));
    return out;
  }

  /** What {@link eu.projectresolution.mobilisation.port.IndicatorSources#factsNotUnder} answers. */
  synchronized List<BeneficiaryId> factsNotUnder(
      TenantId tenant, ProgrammeId programme, String basis, Optional<BeneficiaryId> after, int limit) {
    requireNonNull(basis, "basis");
    requireNonNull(after, "after");
    return of(tenant).programmes.getOrDefault(programme, List.of()).stream()
        .filter(p -> !p.basis.equals(basis))
        .map(p -> p.summary.beneficiaryId())
        .filter(b -> after.map(a -> b.toString().compareTo(a.toString()) > 0).orElse(true))
        .sorted(Comparator.comparing(BeneficiaryId::toString))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<PathwayEvent> events(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(beneficiary, "beneficiary");
    Person person = of(tenant).people.get(beneficiary);
    return person == null ? List.of() : person.stream();
  }

  @Override
  public synchronized List<PathwayEvent> eventsOfCommand(TenantId tenant, CommandId command) {
    requireNonNull(command, "command");
    Tenant t = of(tenant);
    Optional<PathwayEvent> first = t.commands.firstEventOf(command);
    if (first.isEmpty()) {
      return List.of();
    }
    List<PathwayEvent> stream = t.people.get(first.get().header().beneficiaryId()).stream();
    int from = Math.toIntExact(first.get().header().version() - 1);
    int to = from;
    while (to < stream.size() && stream.get(to).header().commandId().equals(command)) {
      to++;
    }
    return stream.subList(from, to);
  }

  @Override
  public synchronized List<FeedEvent> eventsAfter(TenantId tenant, long position, int limit) {
    ChangeFeed.checkRead(tenant, position, limit);
    Tenant t = of(tenant);
    List<PathwayEvent> feed = t.feed;
    List<FeedEvent> out = new ArrayList<>();
    for (long p = position + 1; p <= feed.size() && out.size() < limit; p++) {
      // The event as the person's stream holds it now: a purge of pathway detail may have rewritten it.
      EventHeader header = feed.get(Math.toIntExact(p - 1)).header();
      out.add(FeedEvent.of(p, t.people.get(header.beneficiaryId()).events[Math.toIntExact(header.version() - 1)]));
    }
    return out;
  }

  @Override
  public synchronized Optional<BeneficiarySummary> find(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(beneficiary, "beneficiary");
    return Optional.ofNullable(of(tenant).people.get(beneficiary)).map(p -> p.summary);
  }

  @Override
  public synchronized List<BeneficiarySummary> ofProgramme(TenantId tenant, ProgrammeId programme) {
    requireNonNull(programme, "programme");
    return of(tenant).programmes.getOrDefault(programme, List.of()).stream()
        .map(p -> p.summary)
        .sorted(
            Comparator.comparing(BeneficiarySummary::capturedOn)
                .thenComparing(s -> s.beneficiaryId().value()))
        .toList();
  }

  @Override
  public synchronized List<BeneficiaryId> inStage(TenantId tenant, ProgrammeId programme, Stage stage) {
    requireNonNull(stage, "stage");
    return ofProgramme(tenant, programme).stream()
        .filter(s -> s.stage().equals(stage))
        .map(BeneficiarySummary::beneficiaryId)
        .sorted(Comparator.comparing(BeneficiaryId::value))
        .toList();
  }

  @Override
  public synchronized Map<Stage, Long> countByStage(TenantId tenant, ProgrammeId programme) {
    return ofProgramme(tenant, programme).stream()
        .collect(
            Collectors.groupingBy(
                BeneficiarySummary::stage,
                () -> new TreeMap<>(Comparator.comparing(Stage::name)),
                Collectors.counting()));
  }

  @Override
  public synchronized List<AttendanceRegister.Entry> attendance(TenantId tenant, OutreachEventId event) {
    requireNonNull(event, "event");
    return List.copyOf(of(tenant).attendance.getOrDefault(event, List.of()));
  }

  private Tenant of(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return tenants.computeIfAbsent(tenant, t -> new Tenant());
  }

  // ---------------------------------------------------------------- purging a pathway's detail

  @Override
  public synchronized boolean replaceDetail(
      TenantId tenant, BeneficiaryId beneficiary, long version, List<PathwayEvent> events) {
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(events, "events");
    Tenant t = of(tenant);
    Person person = t.people.get(beneficiary);
    List<PathwayEvent> stored = person == null ? List.of() : person.stream();
    if (stored.size() != version || stored.isEmpty()) {
      return false;
    }
    Pathways.checkReplaceable(stored, events);
    person.events = events.toArray(new PathwayEvent[0]);
    for (PathwayEvent event : events) {
      t.commands.replaceIfFirst(event);
    }
    // The attendance registers show the contacts as the events now say them.
    for (int i = 0; i < stored.size(); i++) {
      Optional<AttendanceRegister.Entry> was = BeneficiarySummary.attendanceOf(stored.get(i));
      Optional<AttendanceRegister.Entry> is = BeneficiarySummary.attendanceOf(events.get(i));
      if (was.isPresent() && is.isPresent()) {
        t.attendance.computeIfPresent(was.get().contact().outreachEvent().orElseThrow(), (event, entries) ->
            new ArrayList<>(entries.stream().map(e -> e.equals(was.get()) ? is.get() : e).toList()));
      }
    }
    return true;
  }

  @Override
  public boolean keepAnswersApart(TenantId tenant, BeneficiaryId beneficiary, List<PathwayEvent> stored) {
    requireNonNull(beneficiary, "beneficiary");
    requireNonNull(stored, "stored");
    SpecialCategoriesApart.Split.OfStream apart = SpecialCategoriesApart.split(stored);
    // As an append: both locks, in this order, so that no reader sees the events without their answers.
    synchronized (this) {
      synchronized (personalData) {
        Tenant t = of(tenant);
        Person person = t.people.get(beneficiary);
        if (person == null || !person.stream().equals(stored)) {
          return false;
        }
        person.events = apart.events().toArray(new PathwayEvent[0]);
        apart.events().forEach(t.commands::replaceIfFirst);
        person.summary = BeneficiarySummary.of(apart.events());
        personalData.keepAnswersApart(tenant, beneficiary, apart.answers());
        return true;
      }
    }
  }
}
