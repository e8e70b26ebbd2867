package eu.projectresolution.mobilisation.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.contract.Fixtures;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.indicator.ReportScope;
import eu.projectresolution.mobilisation.pathway.PathwayModel;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.pathway.Step;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Caller mistakes are refused at construction with a message naming the field and the fix. */
class ValueChecksTest {
  @Test
  void refusesMalformedIdentifiersNamingThem() {
    assertThatThrownBy(() -> TenantId.of("IDEIS Montbéliard"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tenant id").hasMessageContaining("lower-case");
    assertThatThrownBy(() -> SiteId.of(" ")).hasMessageContaining("site id");
    assertThatThrownBy(() -> BeneficiaryId.of("not-a-uuid")).hasMessageContaining("beneficiary id").hasMessageContaining("UUID");
    assertThat(TenantId.of("ideis").value()).isEqualTo("ideis");
  }

  @Test
  void acceptsOnlyAssignedIsoCountryCodes() {
    assertThat(CountryCode.of("BE").value()).isEqualTo("BE");
    assertThatThrownBy(() -> CountryCode.of("fr")).hasMessageContaining("ISO 3166-1 alpha-2");
    assertThatThrownBy(() -> CountryCode.of("XX")).hasMessageContaining("\"XX\"");
    assertThat(CountryCode.isValid("ES")).isTrue();
    assertThat(CountryCode.isValid("ESP")).isFalse();
  }

  @Test
  void refusesAPeriodEndingBeforeItStarts() {
    assertThatThrownBy(() -> Period.of(LocalDate.of(2019, 8, 31), LocalDate.of(2016, 9, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("period.end");
    Period sipa = Period.of(Fixtures.START, Fixtures.END);
    assertThat(sipa.contains(Fixtures.START)).isTrue();
    assertThat(sipa.contains(Fixtures.END)).isTrue();
    assertThat(sipa.contains(Fixtures.END.plusDays(1))).isFalse();
  }

  @Test
  void refusesAProgrammeListingASiteOrSchemeTwice() {
    Programme sipa = Fixtures.sipa();
    assertThatThrownBy(() -> Programme.builder().from(sipa).addSites(sipa.sites().get(0)).build())
        .hasMessageContaining("programme.sites").hasMessageContaining("site-montbeliard");
    assertThatThrownBy(() -> Programme.builder().from(sipa)
            .addPartners(Partner.of(PartnerId.of("copy"), "Copy", PartnerKind.OTHER,
                Scheme.of(Fixtures.PES_REGISTRATION, "Copy", SchemeKind.OTHER))).build())
        .hasMessageContaining("scheme id pes-registration");
    assertThatThrownBy(() -> Programme.builder().from(sipa).budget(Money.of("-1", "EUR")).build())
        .hasMessageContaining("programme.budget.amount");
  }

  @Test
  void refusesAMissingRequiredFieldAsACallerMistakeNamingIt() {
    assertThatThrownBy(() -> Site.builder().id(Fixtures.SITE_AUDINCOURT).name("SIPA Audincourt").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Site")
        .hasMessageContaining("[territoryType]");
    assertThatThrownBy(() -> Capture.builder().programmeId(Fixtures.SIPA).contact(Fixtures.doorToDoor(Fixtures.START)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Capture")
        .hasMessageContaining("beneficiaryId")
        .hasMessageContaining("profile");
  }

  @Test
  void refusesANegativeReportBudgetAsTheProgrammeDoes() {
    assertThatThrownBy(() -> ReportScope.builder().programmeId(Fixtures.SIPA).budget(Money.of("-10", "EUR")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reportScope.budget.amount must not be negative (was -10)");
    assertThat(ReportScope.builder().programmeId(Fixtures.SIPA).budget(Money.of("0", "EUR")).build().budget())
        .contains(Money.of("0", "EUR"));
  }

  @Test
  void findsDeclarationsByTheirIds() {
    Programme sipa = Fixtures.sipa();
    assertThat(sipa.scheme(Fixtures.TEMP_JOBS).orElseThrow().kind()).isEqualTo(SchemeKind.EMPLOYMENT);
    assertThat(sipa.providerOf(Fixtures.TEMP_JOBS).orElseThrow().id()).isEqualTo(Fixtures.TEMP_AGENCY);
    assertThat(sipa.target(Measure.REFERRALS).orElseThrow().value()).isEqualTo(3000);
    assertThat(sipa.totalFullTimeEquivalent()).isEqualByComparingTo("11");
  }

  @Test
  void requiresOutreachContactsToNameTheirEvent() {
    assertThatThrownBy(() -> Contact.builder().on(Fixtures.START).channel(CaptureChannel.OUTREACH_EVENT)
            .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR).build())
        .hasMessageContaining("contact.outreachEvent");
  }

  @Test
  void refusesImplausibleBirthYearsAndComputesAgeBands() {
    assertThatThrownBy(() -> Profile.builder().birthYear(98).build()).hasMessageContaining("profile.birthYear");
    Profile profile = Profile.builder().birthYear(1962).build();
    assertThat(profile.ageBandOn(LocalDate.of(2017, 1, 1))).hasValueSatisfying(b -> assertThat(b.name()).isEqualTo("FROM_55"));
  }

  @Test
  void refusesAPathwayModelNamingUndeclaredStages() {
    assertThatThrownBy(() -> PathwayModel.builder().from(PathwayModel.sipa()).putSteps(Step.CAPTURE, Stage.of("met")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PathwayModel.builder().name("x").version(1).addStages(Stage.WELCOMED)
            .putSteps(Step.WELCOME, Stage.WELCOMED).build())
        .hasMessageContaining("CAPTURE");
  }
}
