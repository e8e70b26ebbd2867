package eu.projectresolution.mobilisation.examples.sipa;

import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.LocalDate;

/**
 * Who a person is, as their profile records it: declared gender, age when first met, and the situations
 * the ESF+ indicators count (not in employment, education or training; long-term unemployed; refugee;
 * third-country national), and where they live.
 */
record Traits(
    Gender gender,
    int age,
    boolean neet,
    boolean longTermUnemployed,
    boolean refugee,
    boolean thirdCountryNational,
    TerritoryType residence) {

  /** The profile recorded at a capture on {@code capturedOn}: the birth year follows from the age then. */
  Profile profileOn(LocalDate capturedOn) {
    return Profile.builder()
        .birthYear(capturedOn.getYear() - age)
        .gender(gender)
        .neet(neet)
        .longTermUnemployed(longTermUnemployed)
        .refugee(refugee)
        .thirdCountryNational(thirdCountryNational)
        .residence(residence)
        .build();
  }
}
