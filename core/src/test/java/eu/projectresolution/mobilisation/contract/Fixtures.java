package eu.projectresolution.mobilisation.contract;

import eu.projectresolution.mobilisation.CommandId;
import eu.projectresolution.mobilisation.TenantId;
import eu.projectresolution.mobilisation.beneficiary.BeneficiaryId;
import eu.projectresolution.mobilisation.beneficiary.Gender;
import eu.projectresolution.mobilisation.beneficiary.Profile;
import eu.projectresolution.mobilisation.capture.CaptureChannel;
import eu.projectresolution.mobilisation.capture.Contact;
import eu.projectresolution.mobilisation.capture.OutreachEvent;
import eu.projectresolution.mobilisation.capture.OutreachEventId;
import eu.projectresolution.mobilisation.capture.OutreachEventKind;
import eu.projectresolution.mobilisation.engine.Capture;
import eu.projectresolution.mobilisation.pathway.PathwayEvent;
import eu.projectresolution.mobilisation.port.IndicatorSources;
import eu.projectresolution.mobilisation.programme.Baseline;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Measure;
import eu.projectresolution.mobilisation.programme.Money;
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
import eu.projectresolution.mobilisation.programme.Staffing;
import eu.projectresolution.mobilisation.programme.Target;
import eu.projectresolution.mobilisation.programme.Territory;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Test data shared by the contract suites: a SIPA-like programme (three sites, the partners and
 * schemes of the Pays de Montbéliard, SIPA's period, targets, staffing and budget) and a clock set
 * just after the programme ended. Public so that adapters' own tests can use it.
 */
public final class Fixtures {
  public static final ProgrammeId SIPA = ProgrammeId.of("sipa-montbeliard");
  public static final SiteId SITE_MONTBELIARD = SiteId.of("site-montbeliard");
  public static final SiteId SITE_AUDINCOURT = SiteId.of("site-audincourt");
  public static final SiteId SITE_VALENTIGNEY = SiteId.of("site-valentigney");
  public static final PartnerId PES = PartnerId.of("pole-emploi");
  public static final PartnerId MISSION_LOCALE = PartnerId.of("mission-locale");
  public static final PartnerId TEMP_AGENCY = PartnerId.of("temp-agency");
  public static final PartnerId TRAINING_BODY = PartnerId.of("training-body");
  public static final PartnerId SOCIAL_LANDLORD = PartnerId.of("social-landlord");
  public static final SchemeId PES_REGISTRATION = SchemeId.of("pes-registration");
  public static final SchemeId YOUTH_GUARANTEE = SchemeId.of("youth-guarantee");
  public static final SchemeId TEMP_JOBS = SchemeId.of("temp-jobs");
  public static final SchemeId QUALIFYING_TRAINING = SchemeId.of("qualifying-training");
  public static final LocalDate START = LocalDate.of(2016, 9, 1);
  public static final LocalDate END = LocalDate.of(2019, 8, 31);
  /** Paris time, the day after SIPA ended. */
  public static final Clock CLOCK =
      Clock.fixed(ZonedDateTime.of(2019, 9, 1, 10, 0, 0, 0, ZoneId.of("Europe/Paris")).toInstant(), ZoneId.of("Europe/Paris"));

  private Fixtures() {}

  /** A fresh tenant id, so that tests sharing a store never see each other's records. */
  public static TenantId newTenant() {
    return TenantId.of("t-" + UUID.randomUUID().toString().substring(0, 13));
  }

  public static Programme sipa() {
    return Programme.builder()
        .id(SIPA)
        .name("SIPA - Sites d'Information, de Projets et d'Accompagnement")
        .operator("IDEIS")
        .territory(
            Territory.builder()
                .name("Pays de Montbéliard")
                .type(TerritoryType.OTHER_URBAN)
                .country(CountryCode.of("FR"))
                .population(140_000)
                .build())
        .period(Period.of(START, END))
        .addSites(
            Site.builder().id(SITE_MONTBELIARD).name("SIPA Montbéliard").municipality("Montbéliard")
                .territoryType(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD).build(),
            Site.of(SITE_AUDINCOURT, "SIPA Audincourt", TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD),
            Site.of(SITE_VALENTIGNEY, "SIPA Valentigney", TerritoryType.OTHER_URBAN))
        .addPartners(
            Partner.of(PES, "Pôle emploi", PartnerKind.PUBLIC_EMPLOYMENT_SERVICE,
                Scheme.of(PES_REGISTRATION, "Registration and counselling", SchemeKind.PUBLIC_EMPLOYMENT_SERVICE)),
            Partner.of(MISSION_LOCALE, "Mission Locale", PartnerKind.YOUTH_EMPLOYMENT_SERVICE,
                Scheme.of(YOUTH_GUARANTEE, "Garantie jeunes", SchemeKind.ACCOMPANIMENT)),
            Partner.of(TEMP_AGENCY, "Agence d'emploi", PartnerKind.TEMPORARY_WORK_AGENCY,
                Scheme.of(TEMP_JOBS, "Temporary assignments", SchemeKind.EMPLOYMENT)),
            Partner.of(TRAINING_BODY, "Organisme de formation", PartnerKind.TRAINING_BODY,
                Scheme.of(QUALIFYING_TRAINING, "Qualifying training", SchemeKind.TRAINING)),
            Partner.of(SOCIAL_LANDLORD, "Bailleur social", PartnerKind.SOCIAL_LANDLORD))
        .addObjectives(
            "Better identify the most vulnerable people, not covered by the public employment service",
            "Make social, employment, training and economic actors work together",
            "Open up local governance to institutions, residents and everyday actors")
        .addTargets(Target.of(Measure.REFERRALS, 3000))
        .addBaselines(Baseline.of(Measure.PEOPLE_WELCOMED, "2015", 13_710))
        .addStaffing(
            Staffing.of(StaffRole.PROJECT_LEAD, 1, "1"),
            Staffing.of(StaffRole.RECEPTION_OFFICER, 3, "2"),
            Staffing.of(StaffRole.SITE_MANAGER, 3, "1.5"),
            Staffing.of(StaffRole.RESIDENT_LIAISON_COUNSELLOR, 2, "2"),
            Staffing.of(StaffRole.CAREER_COUNSELLOR, 4, "2"),
            Staffing.of(StaffRole.ADAPTED_ACCOMPANIMENT_COUNSELLOR, 3, "2.5"))
        .budget(Money.of("1366568.14", "EUR"))
        .build();
  }

  public static Profile youngWoman() {
    return Profile.builder().birthYear(1998).gender(Gender.WOMAN).neet(true)
        .residence(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD).build();
  }

  /** A Recrut'Café of SIPA in a building hall on {@code on}, with a temporary-work agency. */
  public static OutreachEvent recrutCafe(LocalDate on) {
    return OutreachEvent.builder().id(OutreachEventId.random()).programmeId(SIPA).kind(OutreachEventKind.RECRUT_CAFE)
        .title("Recrut'Café").place("Building hall").territoryType(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD).date(on)
        .addOrganisers(StaffRole.RESIDENT_LIAISON_COUNSELLOR).addPartnerActors(TEMP_AGENCY).build();
  }

  public static Contact doorToDoor(LocalDate on) {
    return Contact.builder()
        .on(on)
        .channel(CaptureChannel.DOOR_TO_DOOR)
        .place("Building hall, Petite Hollande")
        .staffRole(StaffRole.RESIDENT_LIAISON_COUNSELLOR)
        .consentToRecontact(true)
        .build();
  }

  public static Capture capture(BeneficiaryId beneficiary, LocalDate on) {
    return Capture.builder()
        .commandId(CommandId.random())
        .beneficiaryId(beneficiary)
        .programmeId(SIPA)
        .profile(youngWoman())
        .contact(doorToDoor(on))
        .build();
  }
}
