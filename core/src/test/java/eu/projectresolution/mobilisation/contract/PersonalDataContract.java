package eu.projectresolution.mobilisation.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.CaseId;
import eu.projectresolution.mobilisation.beneficiary.MatchingKey;
import eu.projectresolution.mobilisation.beneficiary.PersonalDetails;
import eu.projectresolution.mobilisation.port.MobilisationStorage;
import eu.projectresolution.mobilisation.port.PersonalData;
import java.time.LocalDate;
import java.util.Optional;
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
  void keepsThePartnersCaseIdsBesideTheDetailsAndErasesThemWithThem() {
    BeneficiaryId id = BeneficiaryId.random();
    BeneficiaryId other = BeneficiaryId.random();
    CaseId first = CaseId.of("C-2017-0042");
    CaseId second = CaseId.of("dossier n° 17/42 « Ödegaard »");
    personalData.put(tenant, id, amina());

    personalData.putCaseId(tenant, id, first);
    personalData.putCaseId(tenant, id, second);
    personalData.putCaseId(tenant, id, first); // kept already: nothing changes

    assertThat(personalData.findByCaseId(tenant, first)).contains(id);
    assertThat(personalData.findByCaseId(tenant, second)).contains(id);
    assertThat(personalData.caseIdsOf(tenant, id)).containsExactly(first, second);
    assertThat(personalData.findByCaseId(Fixtures.newTenant(), first)).as("another tenant's").isEmpty();
    assertThatThrownBy(() -> personalData.putCaseId(tenant, other, first))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("case id C-2017-0042 is kept for beneficiary " + id);
    assertThat(personalData.caseIdsOf(tenant, other)).isEmpty();

    assertThat(personalData.erase(tenant, id)).isTrue();
    assertThat(personalData.findByCaseId(tenant, first)).isEmpty();
    assertThat(personalData.caseIdsOf(tenant, id)).isEmpty();
    personalData.putCaseId(tenant, other, first);
    assertThat(personalData.findByCaseId(tenant, first)).as("free again once erased").contains(other);
  }

  @Test
  void refusesACaseIdThatIsBlankTooLongOrHoldsALineBreak() {
    assertThatThrownBy(() -> CaseId.of(" ")).hasMessageContaining("case id must not be blank");
    assertThatThrownBy(() -> CaseId.of("C".repeat(CaseId.MAX_LENGTH + 1))).hasMessageContaining("the limit is 100");
    assertThatThrownBy(() -> CaseId.of("C-17\nC-18")).hasMessageContaining("control character");
  }

  private static final MatchingKey KEY = MatchingKey.of("0123456789abcdef".repeat(4));
  private static final MatchingKey ANOTHER_KEY = MatchingKey.of("fedcba9876543210".repeat(4));

  @Test
  void findsAPersonByTheMatchingKeyStoredWithTheirDetails() {
    BeneficiaryId id = BeneficiaryId.random();
    assertThat(personalData.findByMatchingKey(tenant, KEY)).isEmpty();

    personalData.put(tenant, id, amina(), Optional.of(KEY));

    assertThat(personalData.findByMatchingKey(tenant, KEY)).contains(id);
    assertThat(personalData.find(tenant, id)).contains(amina());
    assertThat(personalData.findByMatchingKey(tenant, ANOTHER_KEY)).isEmpty();
  }

  @Test
  void keepsTheKeyWhenOnlyTheDetailsAreReplacedAndReplacesItWhenANewOneIsGiven() {
    BeneficiaryId id = BeneficiaryId.random();
    personalData.put(tenant, id, amina(), Optional.of(KEY));
    PersonalDetails moved = PersonalDetails.builder().from(amina()).phone("+33 7 00 00 00 00").build();

    personalData.put(tenant, id, moved);
    assertThat(personalData.findByMatchingKey(tenant, KEY)).contains(id);
    assertThat(personalData.find(tenant, id)).contains(moved);

    personalData.put(tenant, id, moved, Optional.of(ANOTHER_KEY));
    assertThat(personalData.findByMatchingKey(tenant, ANOTHER_KEY)).contains(id);
    assertThat(personalData.findByMatchingKey(tenant, KEY)).as("the key replaced").isEmpty();
  }

  @Test
  void refusesAKeyAnotherPersonHoldsAndWritesNothing() {
    BeneficiaryId amina = BeneficiaryId.random();
    BeneficiaryId other = BeneficiaryId.random();
    personalData.put(tenant, amina, amina(), Optional.of(KEY));

    assertThatThrownBy(() -> personalData.put(tenant, other, amina(), Optional.of(KEY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(amina.toString());

    assertThat(personalData.find(tenant, other)).isEmpty();
    assertThat(personalData.findByMatchingKey(tenant, KEY)).contains(amina);
  }

  @Test
  void erasesTheMatchingKeyWithTheDetails() {
    BeneficiaryId id = BeneficiaryId.random();
    personalData.put(tenant, id, amina(), Optional.of(KEY));

    assertThat(personalData.erase(tenant, id)).isTrue();

    assertThat(personalData.findByMatchingKey(tenant, KEY)).isEmpty();
    assertThat(personalData.find(tenant, id)).isEmpty();
    BeneficiaryId metAgain = BeneficiaryId.random();
    personalData.put(tenant, metAgain, amina(), Optional.of(KEY));
    assertThat(personalData.findByMatchingKey(tenant, KEY)).as("the key is free for whoever gives it next").contains(metAgain);
  }

  @Test
  void neverFindsAnotherTenantsKeys() {
    TenantId other = Fixtures.newTenant();
    BeneficiaryId id = BeneficiaryId.random();
    personalData.put(tenant, id, amina(), Optional.of(KEY));

    assertThat(personalData.findByMatchingKey(other, KEY)).isEmpty();
    BeneficiaryId theirs = BeneficiaryId.random();
    personalData.put(other, theirs, amina(), Optional.of(KEY));
    assertThat(personalData.findByMatchingKey(other, KEY)).as("each tenant's keys are its own").contains(theirs);
    assertThat(personalData.findByMatchingKey(tenant, KEY)).contains(id);
    assertThat(personalData.erase(other, id)).isFalse();
    assertThat(personalData.findByMatchingKey(tenant, KEY)).contains(id);
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
