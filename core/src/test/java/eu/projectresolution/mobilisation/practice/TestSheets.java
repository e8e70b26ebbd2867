package eu.projectresolution.mobilisation.practice;

import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.LocalDate;
import java.util.List;

/** Small valid sheets for tests, varied with the builders' {@code from(...)}. */
final class TestSheets {
  private TestSheets() {}

  /** A sheet with only what the form requires: a French title, employment, NEETs, local, never applied elsewhere. */
  static PracticeSheet minimal(String id) {
    return PracticeSheet.builder()
        .id(PracticeSheetId.of(id))
        .organisation(Organisation.builder().name("Organisation " + id).city("Lyon").country(CountryCode.of("FR")).build())
        .initiative(Initiative.builder()
            .title(LocalizedText.frEn("Pratique " + id, "Practice " + id))
            .originalLanguage(Language.FRENCH)
            .addDomains(Domain.EMPLOYMENT)
            .coverage(GeographicCoverage.LOCAL)
            .period(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)))
            .summary(LocalizedText.fr("Un résumé court."))
            .build())
        .implementation(Implementation.builder()
            .addTargetGroups(TargetGroup.NEETS)
            .addObjectives(LocalizedText.fr("Mobiliser les publics éloignés de l'emploi"))
            .build())
        .impact(Impact.builder().build())
        .transferability(Transferability.builder().appliedElsewhere(AppliedElsewhere.NO).build())
        .build();
  }

  static PracticeSheet withInitiative(PracticeSheet sheet, Initiative.Builder changes) {
    return PracticeSheet.builder().from(sheet).initiative(changes.build()).build();
  }

  static Initiative.Builder initiativeOf(PracticeSheet sheet) {
    Initiative.Builder builder = Initiative.builder();
    builder.from(sheet.initiative());
    return builder;
  }

  static PracticeSheet withCountry(PracticeSheet sheet, String country) {
    return PracticeSheet.builder()
        .from(sheet)
        .organisation(Organisation.builder().from(sheet.organisation()).country(CountryCode.of(country)).build())
        .build();
  }

  static PracticeSheet withTargetGroups(PracticeSheet sheet, TargetGroup... groups) {
    return PracticeSheet.builder()
        .from(sheet)
        .implementation(Implementation.builder().from(sheet.implementation()).targetGroups(List.of(groups)).build())
        .build();
  }

  static PracticeSheet appliedIn(PracticeSheet sheet, String place, String country, TerritoryType... types) {
    return PracticeSheet.builder()
        .from(sheet)
        .transferability(Transferability.builder()
            .appliedElsewhere(AppliedElsewhere.PARTIALLY)
            .addWhereApplied(PlaceApplied.builder()
                .place(place)
                .country(CountryCode.of(country))
                .addTerritoryTypes(types)
                .build())
            .build())
        .build();
  }
}
