package eu.projectresolution.mobilisation.engine;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.CaseId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.contract.PersonalDataLifecycleContract;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.port.AccessLog;
import eu.projectresolution.mobilisation.port.Beneficiaries;
import eu.projectresolution.mobilisation.port.ChangeFeed;
import eu.projectresolution.mobilisation.port.CollaborativeActions;
import eu.projectresolution.mobilisation.port.Consents;
import eu.projectresolution.mobilisation.port.Erasures;
import eu.projectresolution.mobilisation.port.IndicatorSources;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.OutreachEvents;
import eu.projectresolution.mobilisation.port.Pathways;
import eu.projectresolution.mobilisation.port.PersonalData;
import eu.projectresolution.mobilisation.port.PracticeSheets;
import eu.projectresolution.mobilisation.port.Programmes;
import eu.projectresolution.mobilisation.port.SiteEvents;
import eu.projectresolution.mobilisation.port.SpecialCategoryAnswers;
import eu.projectresolution.mobilisation.privacy.PurgeReport;
import eu.projectresolution.mobilisation.programme.PersonalDataClass;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.RetentionPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A retention purge racing a host that adds a contact: the interleaving is forced, without threads or
 * sleeps, by a store that runs the host's step right after the purge has read the person's details.
 * The purge must neither erase a contact made fresh meanwhile, nor write back details older than those
 * stored, nor leave contact data that is due.
 */
class RetentionPurgeRaceTest {
  private static final LocalDate D = LocalDate.of(2017, 3, 14);
  private static final LocalDate DUE = D.plusMonths(12);

  private final InMemoryStorage store = InMemoryStorage.create();
  private final Interleaving interleaving = new Interleaving(store);
  private final MobilisationEngine host = MobilisationEngine.builder().storage(store).clock(Fixtures.CLOCK).build();
  private final TenantId tenant = Fixtures.newTenant();
  private final PersonalDetails details = PersonalDataLifecycleContract.uniqueDetails();
  private final BeneficiaryId person = BeneficiaryId.random();

  @BeforeEach
  void setUp() {
    host.registerProgramme(tenant, Programme.builder().from(Fixtures.sipa()).retention(RetentionPolicy.of(
        RetentionPolicy.Rule.of(PersonalDataClass.CONTACT, 12, RetentionPolicy.CountedFrom.LAST_ACTIVITY))).build());
    assertThat(host.capture(tenant, Capture.builder().from(Fixtures.capture(person, D)).personalDetails(details).build())
        .accepted()).isTrue();
  }

  private PurgeReport purgeOn(LocalDate day) {
    ZoneId paris = ZoneId.of("Europe/Paris");
    return MobilisationEngine.builder().storage(interleaving)
        .clock(Clock.fixed(day.atTime(3, 0).atZone(paris).toInstant(), paris)).build()
        .purge(tenant, "nightly-purge");
  }

  @Test
  void keepsAContactRecordedWhileItDecidedWithItsFreshPhoneNumber() {
    PersonalDetails fresh = PersonalDetails.builder().from(details).phone("+33 6 99 99 99 99").build();
    interleaving.afterNextRead(() -> {
      assertThat(host.recordContact(tenant, RecordContact.builder().beneficiaryId(person)
          .contact(Fixtures.doorToDoor(DUE)).build()).accepted()).isTrue();
      store.personalData().put(tenant, person, fresh);
    });

    PurgeReport report = purgeOn(DUE);

    assertThat(interleaving.ran).isTrue();
    assertThat(report.purged()).as("the new contact starts the period again").isEmpty();
    assertThat(store.personalData().find(tenant, person)).contains(fresh);
  }

  @Test
  void decidesAgainOnDetailsChangedWhileItDecidedAndLeavesNoContactDataDue() {
    PersonalDetails corrected = PersonalDetails.builder().from(details).givenName("Zoë").email("zoe.new@example.org").build();
    interleaving.afterNextRead(() -> store.personalData().put(tenant, person, corrected));

    PurgeReport report = purgeOn(DUE);

    assertThat(interleaving.ran).isTrue();
    assertThat(report.purged()).singleElement().satisfies(p -> assertThat(p.beneficiaryId()).isEqualTo(person));
    assertThat(store.personalData().find(tenant, person)).as("the correction kept, no phone nor e-mail left")
        .contains(PersonalDetails.builder().from(corrected).phone(Optional.empty()).email(Optional.empty()).build());
    assertThat(host.erasures(tenant, person)).hasSize(1);
  }

  /** The in-memory store, running a host's step once, right after the next read of someone's details. */
  private static final class Interleaving implements MobilisationStorage {
    private final MobilisationStorage store;
    private Runnable next;
    boolean ran;

    Interleaving(MobilisationStorage store) {
      this.store = store;
    }

    void afterNextRead(Runnable step) {
      next = step;
    }

    @Override
    public PersonalData personalData() {
      PersonalData data = store.personalData();
      return new PersonalData() {
        @Override
        public void put(TenantId tenant, BeneficiaryId beneficiary, PersonalDetails details, Optional<MatchingKey> key) {
          data.put(tenant, beneficiary, details, key);
        }

        @Override
        public Optional<PersonalDetails> find(TenantId tenant, BeneficiaryId beneficiary) {
          Optional<PersonalDetails> found = data.find(tenant, beneficiary);
          if (next != null) {
            Runnable step = next;
            next = null;
            step.run();
            ran = true;
          }
          return found;
        }

        @Override
        public Optional<BeneficiaryId> findByMatchingKey(TenantId tenant, MatchingKey matchingKey) {
          return data.findByMatchingKey(tenant, matchingKey);
        }

        @Override
        public boolean erase(TenantId tenant, BeneficiaryId beneficiary) {
          return data.erase(tenant, beneficiary);
        }

        @Override
        public void putCaseId(TenantId tenant, BeneficiaryId beneficiary, CaseId caseId) {
          data.putCaseId(tenant, beneficiary, caseId);
        }

        @Override
        public Optional<BeneficiaryId> findByCaseId(TenantId tenant, CaseId caseId) {
          return data.findByCaseId(tenant, caseId);
        }

        @Override
        public List<CaseId> caseIdsOf(TenantId tenant, BeneficiaryId beneficiary) {
          return data.caseIdsOf(tenant, beneficiary);
        }
      };
    }

    @Override
    public ChangeFeed changeFeed() {
      return store.changeFeed();
    }

    @Override
    public Programmes programmes() {
      return store.programmes();
    }

    @Override
    public Pathways pathways() {
      return store.pathways();
    }

    @Override
    public Beneficiaries beneficiaries() {
      return store.beneficiaries();
    }

    @Override
    public OutreachEvents outreachEvents() {
      return store.outreachEvents();
    }

    @Override
    public CollaborativeActions collaborativeActions() {
      return store.collaborativeActions();
    }

    @Override
    public SiteEvents siteEvents() {
      return store.siteEvents();
    }

    @Override
    public SpecialCategoryAnswers specialCategoryAnswers() {
      return store.specialCategoryAnswers();
    }

    @Override
    public Consents consents() {
      return store.consents();
    }

    @Override
    public Erasures erasures() {
      return store.erasures();
    }

    @Override
    public AccessLog accessLog() {
      return store.accessLog();
    }

    @Override
    public PracticeSheets practiceSheets() {
      return store.practiceSheets();
    }

    @Override
    public IndicatorSources indicatorSources() {
      return store.indicatorSources();
    }
  }
}
