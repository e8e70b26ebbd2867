package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.PersonalData;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every adapter of {@link PersonalData} must do. Extend it and supply the store. */
public abstract class PersonalDataContract {
  private PersonalData personalData;
  private TenantId tenant;

  protected abstract MobilisationStorage storage();

  @BeforeEach
  void setUpPersonalData() {
    personalData = storage().personalData();
    tenant = Fixtures.newTenant();
  }

  static PersonalDetails amina() {
    return PersonalDetails.builder()
        .givenName("Amina")
        .familyName("O'Brien; DROP TABLE people; --")
        .phone("+33 6 12 34 56 78")
        .email("amina@example.org")
        .birthDate(LocalDate.of(1998, 2, 14))
        .notes("Wants to work in logistics. « Disponible le matin » — 日本語も少し")
        .build();
  }

  @Test
  void storesReplacesAndFindsDetailsByPseudonymousId() {
    BeneficiaryId id = BeneficiaryId.random();
    personalData.put(tenant, id, amina());
    assertThat(personalData.find(tenant, id)).contains(amina());

    PersonalDetails moved = PersonalDetails.builder().from(amina()).phone("+33 7 00 00 00 00").build();
    personalData.put(tenant, id, moved);

    assertThat(personalData.find(tenant, id)).contains(moved);
  }

  @Test
  void erasesDetailsForGood() {
    BeneficiaryId id = BeneficiaryId.random();
    personalData.put(tenant, id, amina());

    assertThat(personalData.erase(tenant, id)).isTrue();
    assertThat(personalData.find(tenant, id)).isEmpty();
    assertThat(personalData.erase(tenant, id)).isFalse();
  }

  @Test
  void keepsLongNotesUnchanged() {
    BeneficiaryId id = BeneficiaryId.random();
    PersonalDetails details = PersonalDetails.builder().notes("é'\";--/*x*/".repeat(1_000)).build();

    personalData.put(tenant, id, details);

    assertThat(personalData.find(tenant, id)).contains(details);
  }

  @Test
  void neverShowsOrErasesAnotherTenantsDetails() {
    TenantId other = Fixtures.newTenant();
    BeneficiaryId id = BeneficiaryId.random();
    personalData.put(tenant, id, amina());

    assertThat(personalData.find(other, id)).isEmpty();
    assertThat(personalData.erase(other, id)).isFalse();
    assertThat(personalData.find(tenant, id)).contains(amina());
  }
}
