package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.ExpectedVersion;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.VersionConflict;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.engine.FeedSubscription;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Orient;
import eu.projectresolution.mobilisation.engine.PathwayCommand;
import eu.projectresolution.mobilisation.engine.Refer;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.pathway.Orientation;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.port.ChangeFeed;
import eu.projectresolution.mobilisation.port.FeedCheckpoints;
import eu.projectresolution.mobilisation.port.FeedEvent;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every adapter of {@link ChangeFeed} must do: number a tenant's events from 1 without gaps in
 * the order their appends committed, a person's in version order, nothing for a refused append; and
 * what {@link FeedSubscription} promises on it, even with eight writers at once: every committed event
 * handed on, none skipped, and a subscriber stopped mid-batch resuming from its checkpoint.
 */
public abstract class ChangeFeedContract {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);

  private MobilisationStorage storage;
  private MobilisationEngine engine;
  private ChangeFeed feed;
  private TenantId tenant;

  protected abstract MobilisationStorage storage();

  @BeforeEach
  void setUpFeed() {
    storage = storage();
    engine = MobilisationEngine.builder().storage(storage).clock(Fixtures.CLOCK).build();
    feed = storage.changeFeed();
    tenant = Fixtures.newTenant();
    engine.registerProgramme(tenant, Fixtures.sipa());
  }

  @Test
  void aNewTenantsFeedIsEmpty() {
    assertThat(feed.eventsAfter(tenant, 0, 10)).isEmpty();
  }

  @Test
  void numbersEventsFromOneInTheOrderTheyWereCommitted() {
    BeneficiaryId amina = BeneficiaryId.random();
    BeneficiaryId karim = BeneficiaryId.random();
    engine.capture(tenant, Fixtures.capture(amina, D));
    engine.capture(tenant, Fixtures.capture(karim, D));
    engine.welcome(tenant, welcome(amina, D.plusDays(1)));

    List<FeedEvent> events = feed.eventsAfter(tenant, 0, 10);

    assertThat(events).extracting(FeedEvent::position).containsExactly(1L, 2L, 3L);
    assertThat(events).extracting(e -> key(e.event()))
        .containsExactly(amina + "#1", karim + "#1", amina + "#2");
    assertThat(events.get(2).event()).isEqualTo(storage.pathways().events(tenant, amina).get(1));
  }

  @Test
  void readsAPageAfterAPosition() {
    List<BeneficiaryId> people = capture(5);

    assertThat(feed.eventsAfter(tenant, 2, 2)).extracting(FeedEvent::position).containsExactly(3L, 4L);
    assertThat(feed.eventsAfter(tenant, 4, 10)).extracting(e -> e.event().header().beneficiaryId())
        .containsExactly(people.get(4));
    assertThat(feed.eventsAfter(tenant, 5, 10)).isEmpty();
    assertThat(feed.eventsAfter(tenant, 99, 10)).isEmpty();
  }

  @Test
  void numbersABatchInItsOrder() {
    BeneficiaryId amina = BeneficiaryId.random();
    BeneficiaryId karim = BeneficiaryId.random();
    List<PathwayCommand> batch = List.of(
        Fixtures.capture(amina, D), Fixtures.capture(karim, D), welcome(amina, D.plusDays(1)), welcome(karim, D.plusDays(2)));
    assertThat(engine.recordAll(tenant, batch)).allMatch(r -> r.accepted());

    assertThat(feed.eventsAfter(tenant, 0, 10)).extracting(e -> key(e.event()))
        .containsExactly(amina + "#1", karim + "#1", amina + "#2", karim + "#2");
  }

  @Test
  void anAppendThatFailsTakesNoPosition() {
    BeneficiaryId amina = capture(1).get(0);

    assertThatThrownBy(() -> engine.welcome(tenant, Welcome.builder().from(welcome(amina, D.plusDays(1)))
        .expectedVersion(ExpectedVersion.exactly(3)).build()))
        .isInstanceOf(VersionConflict.class);
    assertThat(engine.refer(tenant, Refer.builder().beneficiaryId(amina).occurredOn(D.plusDays(1))
        .referralId(ReferralId.random()).schemeId(Fixtures.PES_REGISTRATION).build()).refused()).isTrue();
    engine.welcome(tenant, welcome(amina, D.plusDays(1)));

    assertThat(feed.eventsAfter(tenant, 0, 10)).extracting(FeedEvent::position).containsExactly(1L, 2L);
  }

  @Test
  void eachTenantHasAFeedOfItsOwn() {
    TenantId other = Fixtures.newTenant();
    engine.registerProgramme(other, Fixtures.sipa());
    capture(2);
    BeneficiaryId theirs = BeneficiaryId.random();
    engine.capture(other, Fixtures.capture(theirs, D));

    assertThat(feed.eventsAfter(other, 0, 10)).singleElement()
        .satisfies(e -> assertThat(e.position()).isEqualTo(1))
        .satisfies(e -> assertThat(e.event().header().beneficiaryId()).isEqualTo(theirs));
    assertThat(feed.eventsAfter(tenant, 0, 10)).hasSize(2);
  }

  @Test
  void refusesAPositionOrALimitOutOfRange() {
    assertThatThrownBy(() -> feed.eventsAfter(tenant, -1, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position is -1");
    assertThatThrownBy(() -> feed.eventsAfter(tenant, 0, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit is 0");
    assertThatThrownBy(() -> feed.eventsAfter(tenant, 0, ChangeFeed.MAX_LIMIT + 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit is " + (ChangeFeed.MAX_LIMIT + 1));
  }

  @Test
  void aSubscriberStoppedMidBatchResumesFromItsCheckpoint() {
    capture(23);
    FeedCheckpoints checkpoints = FeedCheckpoints.inMemory();
    List<FeedEvent> seen = new ArrayList<>();
    FeedSubscription failing = FeedSubscription.of(feed, tenant, "screens", checkpoints, events -> {
      seen.add(events.get(0)); // handled part of the batch, then the process dies
      if (seen.size() > 12) {
        throw new IllegalStateException("killed");
      }
      seen.addAll(events.subList(1, events.size()));
    }).batchSize(5);

    assertThatThrownBy(failing::catchUp).hasMessage("killed");
    assertThat(failing.checkpoint()).isEqualTo(15); // three batches stored, the fourth died after one event

    FeedSubscription restarted = FeedSubscription.of(feed, tenant, "screens", checkpoints, seen::addAll).batchSize(5);
    assertThat(restarted.catchUp()).isEqualTo(8);
    assertThat(seen.get(16).position()).isEqualTo(16); // the batch that died comes again whole

    assertThat(restarted.checkpoint()).isEqualTo(23);
    assertThat(seen.stream().map(FeedEvent::position).distinct().sorted().toList())
        .isEqualTo(java.util.stream.LongStream.rangeClosed(1, 23).boxed().toList());
    assertThat(restarted.pollOnce()).isZero();
  }

  /**
   * Eight writers capture and welcome people at once while a subscriber follows the feed, and is
   * stopped once mid-batch and started again from its checkpoint: after de-duplication by position it
   * has seen every committed event exactly once, none skipped, each person's in version order.
   */
  @Test
  void eightConcurrentWritersNeverMakeASubscriberSkipAnEvent() throws Exception {
    int writers = 8;
    int peopleEach = 12;
    FeedCheckpoints checkpoints = FeedCheckpoints.inMemory();
    List<FeedEvent> seen = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean killed = new AtomicBoolean();
    List<BeneficiaryId> everyone = Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<?>> writing = new ArrayList<>();
    try {
      for (int w = 0; w < writers; w++) {
        writing.add(pool.submit(() -> {
          for (int i = 0; i < peopleEach; i++) {
            BeneficiaryId person = BeneficiaryId.random();
            assertThat(engine.capture(tenant, Fixtures.capture(person, D)).accepted()).isTrue();
            everyone.add(person);
            if (i % 2 == 0) {
              assertThat(engine.welcome(tenant, welcome(person, D.plusDays(1))).accepted()).isTrue();
            } else {
              assertThat(engine.recordAll(tenant, List.of(welcome(person, D.plusDays(1)),
                  Orient.builder().beneficiaryId(person)
                      .occurredOn(D.plusDays(2)).orientation(Orientation.ADAPTED_ACCOMPANIMENT).build())))
                  .allMatch(r -> r.accepted());
            }
          }
          return null;
        }));
      }
      FeedSubscription.Handler handler = events -> {
        seen.addAll(events.subList(0, (events.size() + 1) / 2));
        if (seen.size() > 60 && killed.compareAndSet(false, true)) {
          throw new IllegalStateException("killed");
        }
        seen.addAll(events.subList((events.size() + 1) / 2, events.size()));
      };
      FeedSubscription subscriber = FeedSubscription.of(feed, tenant, "warehouse", checkpoints, handler).batchSize(7);
      while (writing.stream().anyMatch(f -> !f.isDone())) {
        try {
          subscriber.pollOnce();
        } catch (IllegalStateException e) {
          assertThat(e).hasMessage("killed");
          subscriber = FeedSubscription.of(feed, tenant, "warehouse", checkpoints, handler).batchSize(7);
        }
      }
      for (Future<?> f : writing) {
        f.get(5, TimeUnit.MINUTES);
      }
      // The writers may finish before the subscriber is killed (it is killed once, past 60 events, which
      // then happens while it catches up): started again from its checkpoint either way.
      while (true) {
        try {
          subscriber.catchUp();
          break;
        } catch (IllegalStateException e) {
          assertThat(e).hasMessage("killed");
          subscriber = FeedSubscription.of(feed, tenant, "warehouse", checkpoints, handler).batchSize(7);
        }
      }
    } finally {
      pool.shutdownNow();
    }

    Map<Long, FeedEvent> byPosition = new TreeMap<>();
    seen.forEach(e -> byPosition.putIfAbsent(e.position(), e));
    List<String> committed = everyone.stream()
        .flatMap(p -> storage.pathways().events(tenant, p).stream()).map(ChangeFeedContract::key).sorted().toList();
    assertThat(committed).hasSize(writers * peopleEach * 2 + writers * peopleEach / 2);
    assertThat(byPosition.keySet()).containsExactlyElementsOf(
        java.util.stream.LongStream.rangeClosed(1, committed.size()).boxed().toList());
    assertThat(byPosition.values().stream().map(e -> key(e.event())).sorted().toList()).isEqualTo(committed);
    Map<BeneficiaryId, List<Long>> versionsInFeedOrder = byPosition.values().stream().collect(Collectors.groupingBy(
        e -> e.event().header().beneficiaryId(), Collectors.mapping(e -> e.event().header().version(), Collectors.toList())));
    versionsInFeedOrder.values().forEach(versions -> assertThat(versions).isSorted());
    assertThat(killed).isTrue();
  }

  private List<BeneficiaryId> capture(int people) {
    List<BeneficiaryId> ids = new ArrayList<>();
    for (int i = 0; i < people; i++) {
      BeneficiaryId id = BeneficiaryId.random();
      assertThat(engine.capture(tenant, Fixtures.capture(id, D)).accepted()).isTrue();
      ids.add(id);
    }
    return ids;
  }

  private static Welcome welcome(BeneficiaryId person, LocalDate on) {
    return Welcome.builder().beneficiaryId(person).siteId(Fixtures.SITE_MONTBELIARD).occurredOn(on).build();
  }

  private static String key(PathwayEvent event) {
    return event.header().beneficiaryId() + "#" + event.header().version();
  }
}
