package eu.projectresolution.mobilisation.port;

import static java.util.Objects.requireNonNull;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.privacy.ConsentRecord;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;



/**
 * What an indicator report reads: a programme's declarations, the {@link PersonFacts} its people's
 * appends left (added up by the store, see {@link #tallies}), its dated activities (outreach
 * events, collaborative actions, site events) and its people's consent records. Every figure is computed from these stored records,
 * never typed in, and no report reads an event: the facts were computed from the events when they were
 * appended.
 */
public interface IndicatorSources {
  Optional<Programme> programme(TenantId tenant, ProgrammeId programme);

  /**
   * The programme's people whose facts have a cell covering {@code period} (see {@link
   * FactCell#covers}), narrowed to the cells of {@code site} and {@code channel} when given (except
   * facts {@link PersonFacts#outOfDate out of date}, counted whatever their site and channel, so that a
   * report meets them), counted by facts basis and tally: one entry per distinct pair, in no particular order. A database answers it
   * with one aggregation, whatever the number of events each person has.
   */
  List<TallyCount> tallies(
      TenantId tenant, ProgrammeId programme, Period period, Optional<SiteId> site, Optional<CaptureChannel> channel);

  /**
   * The counts of {@link #tallies}, handed to {@code each} one at a time as the store reads them, rather
   * than gathered in a list: what a report reads. The distinct tallies grow with the people (52,825 in
   * the SIPA scenario's report at a million people), so a store that hands them on as it reads them (the
   * JDBC store) spares a report from holding them all as objects. By default, the entries of {@link
   * #tallies}' list.
   *
   * <p>Called once per report; a store must not hand an entry twice, even if a read fails and is retried.
   */
  default void forEachTally(
      TenantId tenant, ProgrammeId programme, Period period, Optional<SiteId> site, Optional<CaptureChannel> channel,
      Consumer<TallyCount> each) {
    tallies(tenant, programme, period, site, channel).forEach(each);
  }

  /**
   * Up to {@code limit} of the programme's people whose facts are not under {@code basis} (computed
   * under other definitions, or {@link PersonFacts#outOfDate out of date}), in the order of their ids'
   * text ({@link BeneficiaryId#toString()}, which is also the order of a database's UUIDs), after {@code
   * after} when given: the people whose facts must be
   * computed again, page by page.
   */
  List<BeneficiaryId> factsNotUnder(
      TenantId tenant, ProgrammeId programme, String basis, Optional<BeneficiaryId> after, int limit);

  /**
   * Runs {@code work}, which reads these sources, so that all its reads see the store in one state,
   * whatever is written meanwhile: a report's figures then agree with each other. A database makes them
   * one transaction at REPEATABLE READ. By default each read stands alone (each is atomic on its own),
   * which is what the in-memory store does.
   */
  default <T> T inOneSnapshot(Supplier<T> work) {
    return work.get();
  }

  /**
   * The consent records of the programme's people dated within {@code period} (given or withdrawn that
   * day), in the order they were added: what the report's consent figures count.
   */
  List<ConsentRecord> consentRecords(TenantId tenant, ProgrammeId programme, Period period);

  /** The programme's outreach events, ordered by date then id. */
  List<OutreachEvent> outreachEvents(TenantId tenant, ProgrammeId programme);

  /** The programme's collaborative actions, ordered by date then id. */
  List<CollaborativeAction> collaborativeActions(TenantId tenant, ProgrammeId programme);

  /** The events hosted at the programme's sites, ordered by date then id. */
  List<SiteEvent> siteEvents(TenantId tenant, ProgrammeId programme);

  /**
   * How many of the programme's activities were held within {@code period}: what a report counts of
   * them. Site events are narrowed to {@code site} when given; outreach events and collaborative actions
   * belong to no site and are all counted.
   *
   * <p>By default the activities are listed ({@link #outreachEvents}, {@link #collaborativeActions},
   * {@link #siteEvents}) and counted here; a database counts them on its date columns instead, without
   * reading each record (a programme of a million people holds tens of thousands of site events).
   */
  default ActivitiesHeld activitiesHeld(TenantId tenant, ProgrammeId programme, Period period, Optional<SiteId> site) {
    requireNonNull(period, "period");
    requireNonNull(site, "site");
    return new ActivitiesHeld(
        outreachEvents(tenant, programme).stream().filter(e -> period.contains(e.date())).count(),
        collaborativeActions(tenant, programme).stream().filter(a -> period.contains(a.date())).count(),
        siteEvents(tenant, programme).stream()
            .filter(e -> period.contains(e.date()) && site.map(e.siteId()::equals).orElse(true))
            .count());
  }

  /**
   * Counts of a programme's activities held within a period ({@link #activitiesHeld}).
   *
   * @param outreachEvents outreach events (Recrut'Cafés, stands, door-to-door rounds)
   * @param collaborativeActions collaborative actions conducted with partners
   * @param siteEvents events hosted at the sites (at the one site asked for, if any)
   */
  record ActivitiesHeld(long outreachEvents, long collaborativeActions, long siteEvents) {}
}
