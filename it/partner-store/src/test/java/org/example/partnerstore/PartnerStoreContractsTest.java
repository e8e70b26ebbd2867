package org.example.partnerstore;

import eu.projectresolution.mobilisation.contract.ChangeFeedContract;
import eu.projectresolution.mobilisation.contract.DeclaredFiguresContract;
import eu.projectresolution.mobilisation.contract.EngineContract;
import eu.projectresolution.mobilisation.contract.IndicatorFactsContract;
import eu.projectresolution.mobilisation.contract.IndicatorReportContract;
import eu.projectresolution.mobilisation.contract.IndicatorSourcesContract;
import eu.projectresolution.mobilisation.contract.PartnerPathwayContract;
import eu.projectresolution.mobilisation.contract.PathwayDetailRetentionContract;
import eu.projectresolution.mobilisation.contract.PersonalDataContract;
import eu.projectresolution.mobilisation.contract.PersonalDataLifecycleContract;
import eu.projectresolution.mobilisation.contract.PracticeSheetsContract;
import eu.projectresolution.mobilisation.contract.ProgrammeRecordsContract;
import eu.projectresolution.mobilisation.contract.ProgrammesContract;
import eu.projectresolution.mobilisation.contract.SpecialCategoryAnswersContract;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.PracticeSheets;
import org.junit.jupiter.api.Nested;

/**
 * Every storage contract suite of the kit but {@code PathwaysContract} (in {@link
 * PartnerStorePathwaysTest}, as the docs show it), run on the partner's store ({@link PartnerStore}, here the
 * engine's in-memory one) as a partner runs them on its own adapter.
 *
 * <p>What this checks is the build, not the store (core's own tests run these suites too): that a
 * project depending only on the BOM, mobilisation-core and mobilisation-storage-contracts compiles the
 * suites and runs them, with JUnit, AssertJ and QuickTheories brought by the kit's pom.
 */
class PartnerStoreContractsTest {
  /** A new, empty store: each test of a suite gets its own. */
  static MobilisationStorage newStore() {
    return PartnerStore.create();
  }

  @Nested
  class Programmes extends ProgrammesContract {
    private final MobilisationStorage storage = newStore();

    @Override
    protected MobilisationStorage storage() {
      return storage;
    }
  }

  @Nested
  class PersonalData extends PersonalDataContract {
    private final MobilisationStorage storage = newStore();

    @Override
    protected MobilisationStorage storage() {
      return storage;
    }
  }

  @Nested
  class PersonalDataLifecycle extends PersonalDataLifecycleContract {
    private final MobilisationStorage storage = newStore();

    @Override
    protected MobilisationStorage storage() {
      return storage;
    }
  }

  @Nested
  class PathwayDetailRetention extends PathwayDetailRetentionContract {
    private final MobilisationStorage storage = newStore();

    @Override
    protected MobilisationStorage storage() {
      return storage;
    }
  }

  @Nested
  class SpecialCategoryAnswers extends SpecialCategoryAnswersContract {
    private final MobilisationStorage storage = newStore();

    @Override
    protected MobilisationStorage storage() {
      return storage;
    }
  }

  @Nested
  class ProgrammeRecords extends ProgrammeRecordsContract {
    private final MobilisationStorage storage = newStore();

    @Override
    protected MobilisationStorage storage() {
      return storage;
    }
  }

  @Nested
  class PracticeSheetsOfTheStore extends PracticeSheetsContract {
    @Override
    protected PracticeSheets newPracticeSheets() {
      return newStore().practiceSheets();
    }
  }

  @Nested
  class IndicatorSources extends IndicatorSourcesContract {
    private final MobilisationStorage storage = newStore();

    @Override
    protected MobilisationStorage storage() {
      return storage;
    }
  }

  @Nested
  class Engine extends EngineContract {
    private final MobilisationStorage storage = newStore();

    @Override
    protected MobilisationStorage storage() {
      return storage;
    }
  }

  @Nested
  class IndicatorReport extends IndicatorReportContract {
    private final MobilisationStorage storage = newStore();

    @Override
    protected MobilisationStorage storage() {
      return storage;
    }
  }

  @Nested
  class PartnerPathway extends PartnerPathwayContract {
    private final MobilisationStorage storage = newStore();

    @Override
    protected MobilisationStorage storage() {
      return storage;
    }
  }

  @Nested
  class DeclaredFigures extends DeclaredFiguresContract {
    private final MobilisationStorage storage = newStore();

    @Override
    protected MobilisationStorage storage() {
      return storage;
    }
  }

  @Nested
  class IndicatorFacts extends IndicatorFactsContract {
    @Override
    protected MobilisationStorage storage() {
      return newStore();
    }
  }

  @Nested
  class ChangeFeed extends ChangeFeedContract {
    private final MobilisationStorage storage = newStore();

    @Override
    protected MobilisationStorage storage() {
      return storage;
    }
  }
}
