package eu.projectresolution.mobilisation.readme;

import static org.assertj.core.api.Assertions.assertThat;

import eu.projectresolution.mobilisation.RefusalCode;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.engine.CommandResult;
import eu.projectresolution.mobilisation.engine.MobilisationEngine;
import eu.projectresolution.mobilisation.engine.Refer;
import eu.projectresolution.mobilisation.engine.Welcome;
import eu.projectresolution.mobilisation.inmemory.InMemoryStorage;
import eu.projectresolution.mobilisation.pathway.ReferralId;
import eu.projectresolution.mobilisation.pathway.Stage;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Partner;
import eu.projectresolution.mobilisation.programme.PartnerId;
import eu.projectresolution.mobilisation.programme.PartnerKind;
import eu.projectresolution.mobilisation.programme.Period;
import eu.projectresolution.mobilisation.programme.Programme;
import eu.projectresolution.mobilisation.programme.ProgrammeId;
import eu.projectresolution.mobilisation.programme.Scheme;
import eu.projectresolution.mobilisation.programme.SchemeId;
import eu.projectresolution.mobilisation.programme.SchemeKind;
import eu.projectresolution.mobilisation.programme.Site;
import eu.projectresolution.mobilisation.programme.SiteId;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.Territory;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's quick start, run as a test. */
class QuickStartTest {
  @Test
  void capturesWelcomesAndRefusesAnEarlyReferral() {
    // README:begin quick-start
    MobilisationEngine engine = MobilisationEngine.builder().storage(InMemoryStorage.create()).build();
    TenantId ideis = TenantId.of("ideis");
    SiteId site = SiteId.of("sipa-montbeliard");
    SchemeId registration = SchemeId.of("pes-registration");
    engine.registerProgramme(ideis, Programme.builder()
        .id(ProgrammeId.of("sipa")).name("SIPA").operator("IDEIS")
        .territory(Territory.of("Pays de Montbéliard", TerritoryType.OTHER_URBAN, CountryCode.of("FR")))
        .period(Period.of(LocalDate.of(2016, 9, 1), LocalDate.of(2019, 8, 31)))
        .addSites(Site.of(site, "SIPA Montbéliard", TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD))
        .addPartners(Partner.of(PartnerId.of("pole-emploi"), "Pôle emploi", PartnerKind.PUBLIC_EMPLOYMENT_SERVICE,
            Scheme.of(registration, "Registration", SchemeKind.PUBLIC_EMPLOYMENT_SERVICE)))
        .build());

    BeneficiaryId amina = BeneficiaryId.timeOrdered(); // pseudonymous: no name in the pathway
    LocalDate day = LocalDate.of(2017, 3, 14);
    engine.capture(ideis, Capture.builder().beneficiaryId(amina).programmeId(ProgrammeId.of("sipa"))
        .profile(Profile.builder().birthYear(1998).gender(Gender.WOMAN).neet(true).build())
        .contact(Contact.builder().on(day).channel(CaptureChannel.DOOR_TO_DOOR)
            .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR).consentToRecontact(true).build())
        .build());
    engine.welcome(ideis, Welcome.builder().beneficiaryId(amina).siteId(site).occurredOn(day.plusDays(2)).build());

    CommandResult tooEarly = engine.refer(ideis, Refer.builder().beneficiaryId(amina).occurredOn(day.plusDays(2))
        .referralId(ReferralId.random()).schemeId(registration).build());
    System.out.println(tooEarly.refusal().orElseThrow().message());
    // Beneficiary 3f1c… is at stage 'welcomed': the SIPA model allows moving to 'referred'
    // only from 'oriented', 'accompanied' or 'referred'
    // README:end quick-start

    assertThat(tooEarly.refusal().orElseThrow().code()).isEqualTo(RefusalCode.TRANSITION_NOT_ALLOWED);
    assertThat(engine.pathway(ideis, amina).orElseThrow().stage()).isEqualTo(Stage.WELCOMED);
    assertThat(engine.pathway(ideis, amina).orElseThrow().version()).isEqualTo(2);
  }
}
