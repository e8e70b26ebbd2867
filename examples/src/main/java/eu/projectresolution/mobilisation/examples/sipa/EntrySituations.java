package eu.projectresolution.mobilisation.examples.sipa;

import static eu.projectresolution.mobilisation.examples.sipa.Quotas.share;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.ACCOMPANIED_BY_ANOTHER_SCHEME_AT_ENTRY;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.ASSOCIATION_MEMBERS_AT_ENTRY;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.JOB_SEARCHING_AT_ENTRY;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.NEVER_ACCOMPANIED_BEFORE;
import static eu.projectresolution.mobilisation.examples.sipa.SipaCalibration.REGISTERED_AT_ENTRY;

import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Situation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The situation people declare when welcomed, decided by quotas within a stratum (the cohort of exits,
 * the other accompanied people, everyone else welcomed), so that the sheet's rates hold in each group
 * the report may look at: 75 % registered with the public employment service, 50 % never accompanied
 * by any scheme before, 16 % members of a local association.
 */
final class EntrySituations {
  private EntrySituations() {}

  /**
   * The situation at entry of everyone in {@code stratum}; only people of {@code mayBeRegistered} (a part of
   * the stratum) are registered with the public employment service.
   */
  static Map<BeneficiaryId, Situation> of(List<Person> stratum, List<Person> mayBeRegistered, SipaChoices choices) {
    int n = stratum.size();
    Set<BeneficiaryId> registered =
        Person.ids(choices.draw(mayBeRegistered, Math.min(share(REGISTERED_AT_ENTRY, n), mayBeRegistered.size())).drawn());
    Quotas.Draw<Person> never = choices.draw(stratum, share(NEVER_ACCOMPANIED_BEFORE, n));
    Set<BeneficiaryId> neverAccompanied = Person.ids(never.drawn());
    Set<BeneficiaryId> accompaniedElsewhere =
        Person.ids(
            choices.draw(never.rest(), Math.min(share(ACCOMPANIED_BY_ANOTHER_SCHEME_AT_ENTRY, n), never.rest().size())).drawn());
    Set<BeneficiaryId> members = Person.ids(choices.draw(stratum, share(ASSOCIATION_MEMBERS_AT_ENTRY, n)).drawn());
    Set<BeneficiaryId> jobSearching = Person.ids(choices.draw(stratum, share(JOB_SEARCHING_AT_ENTRY, n)).drawn());
    Map<BeneficiaryId, Situation> situations = new HashMap<>();
    for (Person p : stratum) {
      BeneficiaryId id = p.id();
      situations.put(
          id,
          Situation.builder()
              .registeredWithPublicEmploymentService(registered.contains(id))
              .everAccompaniedBefore(!neverAccompanied.contains(id))
              .accompaniedByAnotherScheme(accompaniedElsewhere.contains(id))
              .memberOfLocalAssociation(members.contains(id))
              .jobSearching(jobSearching.contains(id))
              .build());
    }
    return situations;
  }
}
