package eu.projectresolution.mobilisation.inmemory;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.CommandAlreadyRecorded;
import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.capture.AttendanceRegister;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.port.Beneficiaries;
import eu.projectresolution.mobilisation.port.BeneficiarySummary;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
    final Map<CommandId, List<PathwayEvent>> commands = new HashMap<>();
    final Map<BeneficiaryId, BeneficiarySummary> summaries = new HashMap<>();
    final Map<OutreachEventId, List<AttendanceRegister.Entry>> attendance = new HashMap<>();
  }

  private final InMemoryPersonalData personalData;

  InMemoryPathways(InMemoryPersonalData personalData) {
    this.personalData = personalData;
  }

  @Override
  public void append(TenantId tenant, BeneficiaryId beneficiary, long expectedVersion, List<PathwayEvent> events) {
    append(tenant, beneficiary, expectedVersion, events, () -> {});
  }

  @Override
  public void appendCapture(
      TenantId tenant, BeneficiaryId beneficiary, List<PathwayEvent> events, PersonalDetails details,
      Optional<MatchingKey> matchingKey) {
    // Both locks, always in this order (the personal data never calls the pathways): nothing can
    // take the key between its check and its write.
    synchronized (this) {
      synchronized (personalData) {
        personalData.checkPut(tenant, beneficiary, details, matchingKey);
        append(tenant, beneficiary, 0, events, () -> personalData.write(tenant, beneficiary, details, matchingKey));
      }
    }
  }

  /** Appends, then runs {@code alsoWrite} under the same lock once nothing can refuse the append. */
  private synchronized void append(
      TenantId tenant, BeneficiaryId beneficiary, long expectedVersion, List<PathwayEvent> events, Runnable alsoWrite) {
    requireNonNull(beneficiary, "beneficiary");
    Pathways.checkAppendable(beneficiary, expectedVersion, events);
    Tenant t = of(tenant);
    CommandId command = events.get(0).header().commandId();
    if (t.commands.containsKey(command)) {
      throw new CommandAlreadyRecorded(command);
    }
    List<PathwayEvent> stream = t.streams.getOrDefault(beneficiary, List.of());
    if (stream.size() != expectedVersion) {
      throw new VersionConflict(beneficiary.toString(), expectedVersion, stream.size());
    }
    // Project first, on copies: a projection failure then leaves the store untouched.
    Optional<BeneficiarySummary> summary = Optional.ofNullable(t.summaries.get(beneficiary));
    Map<OutreachEventId, List<AttendanceRegister.Entry>> newAttendance = new LinkedHashMap<>();
    for (PathwayEvent event : events) {
      summary = Optional.of(BeneficiarySummary.apply(summary, event));
      BeneficiarySummary.attendanceOf(event)
          .ifPresent(
              entry ->
                  newAttendance
                      .computeIfAbsent(entry.contact().outreachEvent().orElseThrow(), k -> new ArrayList<>())
                      .add(entry));
    }
    List<PathwayEvent> appended = new ArrayList<>(stream);
    appended.addAll(events);
    t.streams.put(beneficiary, List.copyOf(appended));
    t.commands.put(command, List.copyOf(events));
    t.summaries.put(beneficiary, summary.orElseThrow());
    newAttendance.forEach((event, entries) -> t.attendance.computeIfAbsent(event, k -> new ArrayList<>()).addAll(entries));
    alsoWrite.run();
  }

  @Override
  public synchronized List<PathwayEvent> events(TenantId tenant, BeneficiaryId beneficiary) {
    requireNonNull(beneficiary, "beneficiary");
    return of(tenant).streams.getOrDefault(beneficiary, List.of());
  }

  @Override
  public synchronized List<PathwayEvent> eventsOfCommand(TenantId tenant, CommandId command) {
    requireNonNull(command, "command");
    return of(tenant).commands.getOrDefault(command, List.of());
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
}
