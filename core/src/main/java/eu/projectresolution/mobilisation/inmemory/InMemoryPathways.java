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
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.PathwayEvents;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.Beneficiaries;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.port.FactCell;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.port.PersonFacts;
import eu.projectresolution.mobilisation.port.Tally;
import eu.projectresolution.mobilisation.port.TallyCount;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Event streams and their projection, under one lock so that an append and its projection are atomic. */
final class InMemoryPathways implements Pathways, Beneficiaries {
  private final Map<TenantId, Tenant> tenants = new HashMap<>();

  private static final class Tenant {
    final Map<BeneficiaryId, List<PathwayEvent>> streams = new HashMap<>();
    /**
     * Each recorded command's first event, keyed by the command id it carries: its events are the ones
     * of its stream from there on that carry the same id (an append's events are contiguous). Kept this
     * way rather than as lists, the index costs a map entry per command and nothing more.
     */
    final Map<CommandId, PathwayEvent> commands = new HashMap<>();
    final Map<BeneficiaryId, BeneficiarySummary> summaries = new HashMap<>();
    final Map<OutreachEventId, List<AttendanceRegister.Entry>> attendance = new HashMap<>();
    /** Each programme's people's facts. */
    final Map<ProgrammeId, Map<BeneficiaryId, KeptFacts>> facts = new HashMap<>();
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

  private void appendAllLocked(TenantId tenant, List<Append> appends) {
    Pathways.checkAppendable(appends);
    Tenant t = of(tenant);
    for (Append append : appends) {
      if (append.details().isPresent()) {
        personalData.checkPut(tenant, append.beneficiary(), append.details().get(), append.matchingKey());
      }
    }
    // The streams and summaries as the batch leaves them, built on copies: a refusal or a projection
    // failure then leaves the store untouched.
    Map<BeneficiaryId, List<PathwayEvent>> streams = new LinkedHashMap<>();
    Map<BeneficiaryId, BeneficiarySummary> summaries = new HashMap<>();
    Map<OutreachEventId, List<AttendanceRegister.Entry>> newAttendance = new LinkedHashMap<>();
    Map<BeneficiaryId, PersonFacts> newFacts = new LinkedHashMap<>();
    for (Append append : appends) {
      if (t.commands.containsKey(append.command())) {
        throw new CommandAlreadyRecorded(append.command());
      }
    }
    for (Append append : appends) {
      BeneficiaryId beneficiary = append.beneficiary();
      List<PathwayEvent> stream =
          streams.computeIfAbsent(beneficiary, b -> new ArrayList<>(t.streams.getOrDefault(b, List.of())));
      if (stream.size() != append.expectedVersion()) {
        throw new VersionConflict(beneficiary.toString(), append.expectedVersion(), stream.size());
      }
      Optional<BeneficiarySummary> summary =
          Optional.ofNullable(summaries.containsKey(beneficiary) ? summaries.get(beneficiary) : t.summaries.get(beneficiary));
      for (PathwayEvent event : append.events()) {
        summary = Optional.of(BeneficiarySummary.apply(summary, event));
        BeneficiarySummary.attendanceOf(event)
            .ifPresent(
                entry ->
                    newAttendance
                        .computeIfAbsent(entry.contact().outreachEvent().orElseThrow(), k -> new ArrayList<>())
                        .add(entry));
      }
      stream.addAll(append.events());
      summaries.put(beneficiary, summary.orElseThrow());
      newFacts.put(beneficiary, append.factsOrOutOfDate((PathwayEvents.Captured) stream.get(0)));
    }
    streams.forEach((beneficiary, stream) -> t.streams.put(beneficiary, List.copyOf(stream)));
    summaries.forEach(t.summaries::put);
    for (Append append : appends) {
      t.commands.put(append.command(), append.events().get(0));
      append.details().ifPresent(details -> personalData.write(tenant, append.beneficiary(), details, append.matchingKey()));
      personalData.writeAnswers(tenant, append.answers());
    }
    newAttendance.forEach((event, entries) -> t.attendance.computeIfAbsent(event, k -> new ArrayList<>()).addAll(entries));
    newFacts.values().forEach(facts -> keep(t, facts));
  }

  /**
   * A person's facts as this store keeps them: each cell's bounds as epoch days (four per cell, open
   * bounds as the extreme ints) so that a report's covering test is four int comparisons, and the cells'
   * sites and tallies, the tallies shared with every other person who adds the same.
   */
  private record KeptFacts(
      BeneficiaryId beneficiary, String basis, CaptureChannel channel, int[] bounds, SiteId[] sites, Tally[] tallies) {
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
  }

  private void keep(Tenant t, PersonFacts facts) {
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
    t.facts.computeIfAbsent(facts.programmeId(), k -> new HashMap<>()).put(facts.beneficiaryId(),
        new KeptFacts(facts.beneficiaryId(), facts.basis(), facts.cells().get(0).channel(), bounds, sites, shared));
  }

  private static int day(LocalDate day) {
    return Math.toIntExact(day.toEpochDay());
  }

  @Override
  public boolean replaceFacts(TenantId tenant, PersonFacts facts) {
    requireNonNull(facts, "facts");
    synchronized (this) {
      Tenant t = of(tenant);
      List<PathwayEvent> stream = t.streams.get(facts.beneficiaryId());
      if (stream == null || stream.size() != facts.throughVersion()) {
        return false;
      }
      keep(t, facts);
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
    // Tallies are shared (see keep): counted by identity, per basis.
    Map<String, Map<Tally, long[]>> counts = new HashMap<>();
    for (KeptFacts facts : of(tenant).facts.getOrDefault(programme, Map.of()).values()) {
      int cell = facts.cellCovering(start, end);
      if (cell < 0) {
        continue;
      }
      // Out-of-date facts count whatever the site and channel: a report must meet them.
      if (facts.outOfDate()
          || (onlySite == null || onlySite.equals(facts.sites()[cell]))
              && (onlyChannel == null || onlyChannel == facts.channel())) {
        counts.computeIfAbsent(facts.basis(), b -> new IdentityHashMap<>())
            .computeIfAbsent(facts.tallies()[cell], k -> new long[1])[0]++;
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
    return of(tenant).facts.getOrDefault(programme, Map.of()).values().stream()
        .filter(f -> !f.basis().equals(basis))
        .map(KeptFacts::beneficiary)
        .filter(b -> after.map(a -> b.toString().compareTo(a.toString()) > 0).orElse(true))
        .sorted(Comparator.comparing(BeneficiaryId::toString))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized List<PathwayEvent> events(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(beneficiary, "beneficiary");
    return of(tenant).streams.getOrDefault(beneficiary, List.of());
  }

  @Override
  public synchronized List<PathwayEvent> eventsOfCommand(TenantId tenant, CommandId command) {
    requireNonNull(command, "command");
    Tenant t = of(tenant);
    PathwayEvent first = t.commands.get(command);
    if (first == null) {
      return List.of();
    }
    List<PathwayEvent> stream = t.streams.get(first.header().beneficiaryId());
    int from = Math.toIntExact(first.header().version() - 1);
    int to = from;
    while (to < stream.size() && stream.get(to).header().commandId().equals(command)) {
      to++;
    }
    return stream.subList(from, to);
  }

  @Override
  public synchronized Optional<BeneficiarySummary> find(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(beneficiary, "beneficiary");
    return Optional.ofNullable(of(tenant).summaries.get(beneficiary));
  }

  @Override
  public synchronized List<BeneficiarySummary> ofProgramme(TenantId tenant, ProgrammeId programme) {
    requireNonNull(programme, "programme");
    return of(tenant).summaries.values().stream()
        .filter(s -> s.programmeId().equals(programme))
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
    List<PathwayEvent> stored = t.streams.getOrDefault(beneficiary, List.of());
    if (stored.size() != version || stored.isEmpty()) {
      return false;
    }
    Pathways.checkReplaceable(stored, events);
    t.streams.put(beneficiary, List.copyOf(events));
    for (PathwayEvent event : events) {
      t.commands.computeIfPresent(event.header().commandId(),
          (command, first) -> first.header().version() == event.header().version() ? event : first);
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
}
