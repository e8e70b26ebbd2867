package eu.projectresolution.mobilisation.examples.sipa;

import static com.google.common.base.Preconditions.checkArgument;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.List;

/**
 * SIPA as IDEIS and DÉFI declared it: the Pays de Montbéliard, 1 September 2016 to 31 August 2019, three
 * sites, the local partners and the mainstream schemes they provide, the target of 3,000 referrals, the
 * people welcomed in 2015 (the baseline of the "+24 %"), the staff (11 FTE) and the budget of
 * EUR 1,366,568.14.
 *
 * <p>These are declarations, not results: every achievement is computed from the records the scenario
 * leaves. At another scale the target, the baseline and the budget are declared at that scale too, so
 * that a programme ten times smaller has the same rates and the same cost per person.
 */
public final class SipaProgramme {
  public static final ProgrammeId ID = ProgrammeId.of("sipa-montbeliard");
  public static final LocalDate START = LocalDate.of(2016, 9, 1);
  public static final LocalDate END = LocalDate.of(2019, 8, 31);
  public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

  /** The morning after the programme ended: "today" for every record the scenarios replay. */
  public static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2019, 9, 2, 9, 0, 0, 0, ZONE).toInstant(), ZONE);

  public static final SiteId SITE_MONTBELIARD = SiteId.of("site-montbeliard");
  public static final SiteId SITE_AUDINCOURT = SiteId.of("site-audincourt");
  public static final SiteId SITE_VALENTIGNEY = SiteId.of("site-valentigney");
  public static final List<SiteId> SITES = List.of(SITE_MONTBELIARD, SITE_AUDINCOURT, SITE_VALENTIGNEY);

  public static final PartnerId PES = PartnerId.of("pole-emploi");
  public static final PartnerId MISSION_LOCALE = PartnerId.of("mission-locale");
  public static final PartnerId TEMP_AGENCY = PartnerId.of("temp-agency");
  public static final PartnerId DEFI = PartnerId.of("defi");
  public static final PartnerId LOCAL_EMPLOYER = PartnerId.of("local-employer");
  public static final PartnerId TRAINING_BODY = PartnerId.of("training-body");
  public static final PartnerId MUNICIPAL_MEDIATORS = PartnerId.of("municipal-mediators");
  public static final PartnerId SOCIAL_LANDLORD = PartnerId.of("social-landlord");
  public static final PartnerId SOCIAL_ACTION_CENTRE = PartnerId.of("social-action-centre");
  public static final PartnerId SPORTS_ASSOCIATIONS = PartnerId.of("sports-associations");
  public static final PartnerId YOUTH_INFORMATION = PartnerId.of("youth-information");
  public static final PartnerId CITIZEN_COMMITTEES = PartnerId.of("citizen-committees");
  public static final PartnerId SUB_PREFECTURE = PartnerId.of("sub-prefecture");

  /** Registration and counselling with the public employment service. */
  public static final SchemeId PES_REGISTRATION = SchemeId.of("pes-registration");
  public static final SchemeId YOUTH_GUARANTEE = SchemeId.of("youth-guarantee");
  public static final SchemeId TEMP_JOBS = SchemeId.of("temp-jobs");
  public static final SchemeId WORK_INTEGRATION = SchemeId.of("work-integration");
  public static final SchemeId LOCAL_JOBS = SchemeId.of("local-jobs");
  public static final SchemeId QUALIFYING_TRAINING = SchemeId.of("qualifying-training");
  public static final SchemeId SOCIAL_ACCOMPANIMENT = SchemeId.of("social-accompaniment");
  public static final SchemeId ASSOCIATION_MEMBERSHIP = SchemeId.of("association-membership");

  /** Referrals declared as the programme's target. */
  static final long REFERRAL_TARGET = 3000;
  /** People welcomed at the sites' predecessors in 2015, the baseline of the sheet's "+24 %". */
  static final long WELCOMED_IN_2015 = 13_710;
  static final BigDecimal BUDGET_EUR = new BigDecimal("1366568.14");

  private SipaProgramme() {}

  /** The programme as declared, for a programme {@code scale} times SIPA's size. */
  public static Programme declaration(double scale) {
    checkArgument(scale > 0, "scale must be positive (was %s)", scale);
    return Programme.builder()
        .id(ID)
        .name("SIPA - Sites d'Information, de Projets et d'Accompagnement")
        .operator("IDEIS")
        .territory(
            Territory.builder()
                .name("Pays de Montbéliard")
                .type(TerritoryType.OTHER_URBAN)
                .country(CountryCode.of("FR"))
                .population(140_000)
                .build())
        .countryPack("fr")
        .period(Period.of(START, END))
        .addSites(
            Site.builder().id(SITE_MONTBELIARD).name("SIPA Montbéliard").municipality("Montbéliard")
                .territoryType(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD).build(),
            Site.builder().id(SITE_AUDINCOURT).name("SIPA Audincourt").municipality("Audincourt")
                .territoryType(TerritoryType.PRIORITY_URBAN_NEIGHBOURHOOD).build(),
            Site.builder().id(SITE_VALENTIGNEY).name("SIPA Valentigney").municipality("Valentigney")
                .territoryType(TerritoryType.OTHER_URBAN).build())
        .addPartners(
            Partner.of(PES, "Pôle emploi", PartnerKind.PUBLIC_EMPLOYMENT_SERVICE,
                Scheme.of(PES_REGISTRATION, "Registration and counselling", SchemeKind.PUBLIC_EMPLOYMENT_SERVICE)),
            Partner.of(MISSION_LOCALE, "Mission Locale du Pays de Montbéliard", PartnerKind.YOUTH_EMPLOYMENT_SERVICE,
                Scheme.of(YOUTH_GUARANTEE, "Garantie jeunes", SchemeKind.ACCOMPANIMENT)),
            Partner.of(TEMP_AGENCY, "Agence d'emploi", PartnerKind.TEMPORARY_WORK_AGENCY,
                Scheme.of(TEMP_JOBS, "Temporary assignments", SchemeKind.EMPLOYMENT)),
            Partner.of(DEFI, "DÉFI (insertion par l'activité économique)", PartnerKind.WORK_INTEGRATION_ENTERPRISE,
                Scheme.of(WORK_INTEGRATION, "Work-integration contract", SchemeKind.WORK_INTEGRATION)),
            Partner.of(LOCAL_EMPLOYER, "Entreprises du bassin d'emploi", PartnerKind.EMPLOYER,
                Scheme.of(LOCAL_JOBS, "Job offers of local companies", SchemeKind.EMPLOYMENT)),
            Partner.of(TRAINING_BODY, "Organismes de formation", PartnerKind.TRAINING_BODY,
                Scheme.of(QUALIFYING_TRAINING, "Qualifying training", SchemeKind.TRAINING)),
            Partner.of(MUNICIPAL_MEDIATORS, "Médiateurs des communes et adultes relais", PartnerKind.MEDIATOR),
            Partner.of(SOCIAL_LANDLORD, "Bailleur social (médiateurs)", PartnerKind.SOCIAL_LANDLORD),
            Partner.of(SOCIAL_ACTION_CENTRE, "Centres d'action sociale", PartnerKind.SOCIAL_SERVICES,
                Scheme.of(SOCIAL_ACCOMPANIMENT, "Social accompaniment", SchemeKind.SOCIAL_SUPPORT)),
            Partner.of(SPORTS_ASSOCIATIONS, "Associations sportives et culturelles", PartnerKind.ASSOCIATION,
                Scheme.of(ASSOCIATION_MEMBERSHIP, "Membership of a local association", SchemeKind.COMMUNITY_LIFE)),
            Partner.of(YOUTH_INFORMATION, "Point information jeunesse", PartnerKind.EDUCATION),
            Partner.of(CITIZEN_COMMITTEES, "Comités citoyens", PartnerKind.CITIZEN_COMMITTEE),
            Partner.of(SUB_PREFECTURE, "Sous-préfecture", PartnerKind.STATE_SERVICES))
        .addObjectives(
            "Better identify the most vulnerable people, not covered by the public employment service",
            "Make social, associative, employment, training and economic actors work together and foster innovative projects",
            "Open up local governance to institutions, residents and everyday actors")
        .addTargets(Target.of(Measure.REFERRALS, Math.round(REFERRAL_TARGET * scale)))
        .addBaselines(Baseline.of(Measure.PEOPLE_WELCOMED, "2015", Math.round(WELCOMED_IN_2015 * scale)))
        .addStaffing(
            Staffing.of(StaffRole.PROJECT_LEAD, 1, "1"),
            Staffing.of(StaffRole.RECEPTION_OFFICER, 3, "3"),
            Staffing.of(StaffRole.SITE_MANAGER, 3, "1"),
            Staffing.of(StaffRole.RESIDENT_LIAISON_COUNSELLOR, 2, "2"),
            Staffing.of(StaffRole.CAREER_COUNSELLOR, 4, "1"),
            Staffing.of(StaffRole.ADAPTED_ACCOMPANIMENT_COUNSELLOR, 3, "3"))
        .budget(Money.of(BUDGET_EUR.multiply(BigDecimal.valueOf(scale)).setScale(2, RoundingMode.HALF_EVEN), Currency.getInstance("EUR")))
        .build();
  }
}
