package eu.projectresolution.mobilisation.indicator;

import eu.projectresolution.mobilisation.beneficiary.AgeBand;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.LabourMarketStatus;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.beneficiary.SensitiveAnswer;
import eu.projectresolution.mobilisation.outcome.Participant;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.util.Optional;

/**
 * A group of people a report can be narrowed to: SIPA's target groups (NEETs, long-term unemployed,
 * with particular care for young people, refugees and women) and other groups funders ask about.
 */
public enum TargetGroup {
  /** Not in employment, education or training, as declared in the profile. */
  NEET,
  /** Long-term unemployed, from the profile or the labour-market status at entry. */
  LONG_TERM_UNEMPLOYED,
  /** Under 30, at entry (or at capture for people not welcomed). */
  YOUNG_PEOPLE,
  WOMEN,
  /** Refugees and beneficiaries of international protection. */
  REFUGEES,
  THIRD_COUNTRY_NATIONALS,
  /** People with a disability, as they answered at entry. */
  PEOPLE_WITH_DISABILITIES,
  /** Residents of priority urban neighbourhoods (QPV). */
  PRIORITY_NEIGHBOURHOOD_RESIDENTS,
  /** Residents of rural areas. */
  RURAL_RESIDENTS;

  /** Whether the participant belongs to the group. */
  public boolean includes(Participant participant) {
    Profile profile = participant.pathway().profile();
    return switch (this) {
      case NEET -> profile.neet();
      case LONG_TERM_UNEMPLOYED -> profile.longTermUnemployed()
          || participant.entryStatus().map(s -> s.labourMarketStatus() == LabourMarketStatus.LONG_TERM_UNEMPLOYED).orElse(false);
      case YOUNG_PEOPLE -> participant.ageBandAtEntry()
          .or(() -> profile.ageBandOn(participant.pathway().capturedOn()))
          .map(b -> b == AgeBand.UNDER_18 || b == AgeBand.FROM_18_TO_29)
          .orElse(false);
      case WOMEN -> profile.gender() == Gender.WOMAN;
      case REFUGEES -> profile.refugee();
      case THIRD_COUNTRY_NATIONALS -> profile.thirdCountryNational();
      case PEOPLE_WITH_DISABILITIES -> participant.entryStatus()
          .flatMap(s -> s.disability())
          .map(SensitiveAnswer::isYes)
          .orElse(false);
      case PRIORITY_NEIGHBOURHOOD_RESIDENTS -> profile.residence().equals(Optional.of(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD));
      case RURAL_RESIDENTS -> profile.residence().equals(Optional.of(TerritoryType.RURAL));
    };
  }
}
