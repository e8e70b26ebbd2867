package eu.projectresolution.mobilisation.inmemory;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.port.CollaborativeActions;
import eu.projectresolution.mobilisation.port.OutreachEvents;
import eu.projectresolution.mobilisation.port.SiteEvents;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.CollaborativeActionId;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteEventId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The shared shape of the record ports that hold a programme's dated activities. */
abstract class InMemoryProgrammeRecords<I, R> {
  private final Map<TenantId, Map<I, R>> byTenant = new HashMap<>();
  private final Function<R, I> id;
  private final Function<R, ProgrammeId> programme;
  private final Comparator<R> order;

  InMemoryProgrammeRecords(Function<R, I> id, Function<R, ProgrammeId> programme, Function<R, LocalDate> date) {
    this.id = id;
    this.programme = programme;
    this.order = Comparator.comparing(date).thenComparing(r -> id.apply(r).toString());
  }

  public synchronized boolean add(TenantId tenant, R record) {
    requireNonNull(record, "record");
    return of(tenant).putIfAbsent(id.apply(record), record) == null;
  }

  public synchronized Optional<R> find(TenantId tenant, I recordId) {
    requireNonNull(recordId, "id");
    return Optional.ofNullable(of(tenant).get(recordId));
  }

  public synchronized List<R> ofProgramme(TenantId tenant, ProgrammeId programmeId) {
    requireNonNull(programmeId, "programme");
    return of(tenant).values().stream()
        .filter(r -> programme.apply(r).equals(programmeId))
        .sorted(order)
        .toList();
  }

  private Map<I, R> of(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return byTenant.computeIfAbsent(tenant, t -> new LinkedHashMap<>());
  }

  static final class OfOutreachEvents extends InMemoryProgrammeRecords<OutreachEventId, OutreachEvent>
      implements OutreachEvents {
    OfOutreachEvents() {
      super(OutreachEvent::id, OutreachEvent::programmeId, OutreachEvent::date);
    }
  }

  static final class OfCollaborativeActions
      extends InMemoryProgrammeRecords<CollaborativeActionId, CollaborativeAction>
      implements CollaborativeActions {
    OfCollaborativeActions() {
      super(CollaborativeAction::id, CollaborativeAction::programmeId, CollaborativeAction::date);
    }
  }

  static final class OfSiteEvents extends InMemoryProgrammeRecords<SiteEventId, SiteEvent>
      implements SiteEvents {
    OfSiteEvents() {
      super(SiteEvent::id, SiteEvent::programmeId, SiteEvent::date);
    }
  }
}
