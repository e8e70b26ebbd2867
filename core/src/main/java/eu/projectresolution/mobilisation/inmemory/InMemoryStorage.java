package eu.projectresolution.mobilisation.inmemory;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
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
import eu.projectresolution.mobilisation.port.TallyCount;
import eu.projectresolution.mobilisation.privacy.ConsentRecord;
import eu.projectresolution.mobilisation.programme.CollaborativeAction;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.SiteEvent;
import eu.projectresolution.mobilisation.programme.SiteId;
import java.util.List;
import java.util.Optional;

/**
 * Every port in memory: nothing survives the JVM. Safe for concurrent use.
 *
 * <pre>{@code
 * MobilisationStorage storage = InMemoryStorage.create();
 * MobilisationEngine engine = MobilisationEngine.builder().storage(storage).build();
 * }</pre>
 */
public final class InMemoryStorage implements MobilisationStorage {
  private final InMemoryProgrammes programmes = new InMemoryProgrammes();
  private final InMemoryProgrammeRecords.OfOutreachEvents outreachEvents =
      new InMemoryProgrammeRecords.OfOutreachEvents();
  private final InMemoryProgrammeRecords.OfCollaborativeActions collaborativeActions =
      new InMemoryProgrammeRecords.OfCollaborativeActions();
  private final InMemoryProgrammeRecords.OfSiteEvents siteEvents =
      new InMemoryProgrammeRecords.OfSiteEvents();
  private final InMemoryPersonalData personalData = new InMemoryPersonalData();
  private final InMemoryPathways pathways = new InMemoryPathways(personalData);
  private final InMemoryPracticeSheets practiceSheets = new InMemoryPracticeSheets();
  private final InMemoryPrivacyRecords.OfConsents consents = new InMemoryPrivacyRecords.OfConsents();
  private final InMemoryPrivacyRecords.OfErasures erasures = new InMemoryPrivacyRecords.OfErasures(personalData);
  private final InMemoryPrivacyRecords.OfAccessLog accessLog = new InMemoryPrivacyRecords.OfAccessLog();

  private InMemoryStorage() {}

  /** A new, empty store. */
  public static InMemoryStorage create() {
    return new InMemoryStorage();
  }

  @Override
  public Programmes programmes() {
    return programmes;
  }

  @Override
  public Pathways pathways() {
    return pathways;
  }

  @Override
  public Beneficiaries beneficiaries() {
    return pathways;
  }

  @Override
  public OutreachEvents outreachEvents() {
    return outreachEvents;
  }

  @Override
  public CollaborativeActions collaborativeActions() {
    return collaborativeActions;
  }

  @Override
  public SiteEvents siteEvents() {
    return siteEvents;
  }

  @Override
  public PersonalData personalData() {
    return personalData;
  }

  @Override
  public SpecialCategoryAnswers specialCategoryAnswers() {
    return personalData;
  }

  @Override
  public Consents consents() {
    return consents;
  }

  @Override
  public Erasures erasures() {
    return erasures;
  }

  @Override
  public AccessLog accessLog() {
    return accessLog;
  }

  @Override
  public ChangeFeed changeFeed() {
    return pathways;
  }

  @Override
  public PracticeSheets practiceSheets() {
    return practiceSheets;
  }

  @Override
  public IndicatorSources indicatorSources() {
    return new IndicatorSources() {
      @Override
      public Optional<Programme> programme(TenantId tenant, ProgrammeId programme) {
        return programmes.find(tenant, programme);
      }

      @Override
      public List<TallyCount> tallies(
          TenantId tenant, ProgrammeId programme, Period period, Optional<SiteId> site, Optional<CaptureChannel> channel) {
        return pathways.tallies(tenant, programme, period, site, channel);
      }

      @Override
      public List<BeneficiaryId> factsNotUnder(
          TenantId tenant, ProgrammeId programme, String basis, Optional<BeneficiaryId> after, int limit) {
        return pathways.factsNotUnder(tenant, programme, basis, after, limit);
      }

      @Override
      public List<ConsentRecord> consentRecords(TenantId tenant, ProgrammeId programme, Period period) {
        return consents.during(tenant, period).stream()
            .filter(r -> pathways.find(tenant, r.beneficiaryId()).map(b -> b.programmeId().equals(programme)).orElse(false))
            .toList();
      }

      @Override
      public List<OutreachEvent> outreachEvents(TenantId tenant, ProgrammeId programme) {
        return outreachEvents.ofProgramme(tenant, programme);
      }

      @Override
      public List<CollaborativeAction> collaborativeActions(TenantId tenant, ProgrammeId programme) {
        return collaborativeActions.ofProgramme(tenant, programme);
      }

      @Override
      public List<SiteEvent> siteEvents(TenantId tenant, ProgrammeId programme) {
        return siteEvents.ofProgramme(tenant, programme);
      }
    };
  }
}
