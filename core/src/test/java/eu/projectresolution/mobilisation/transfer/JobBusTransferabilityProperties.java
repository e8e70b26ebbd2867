package eu.projectresolution.mobilisation.transfer;

import eu.projectresolution.mobilisation.programme.Language;
import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.PartnerKind;
import eu.projectresolution.mobilisation.programme.SchemeKind;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.Staffing;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The transferability contract against a second, deliberately different rule set, to show the suite is
 * reusable: another practice (an illustrative "job bus", a mobile employment office touring villages,
 * born in rural Italy), its own kind of requirement written in Java, and rules coded in Java instead of
 * read from a rule file. Where SIPA's rules adapt to rural areas, these adapt to cities.
 */
class JobBusTransferabilityProperties extends TransferabilityContract {
  static final PracticeElementId BUS_TOUR = PracticeElementId.of("bus-tour");
  static final PracticeElementId COUNSELLOR_ON_BOARD = PracticeElementId.of("counsellor-on-board");
  static final PracticeElementId VILLAGE_PARTNERS = PracticeElementId.of("village-partners");
  static final PracticeElementId PHONE_FOLLOW_UP = PracticeElementId.of("phone-follow-up");

  static final Requirement CREW = new MinimumTeam(RequirementId.of("crew"), new BigDecimal("1.5"));
  static final Requirement BUS_BUDGET =
      MinimumBudgetPerPersonReached.of(RequirementId.of("bus-budget"), Money.of("60", "EUR"));
  static final Requirement SPREAD_OUT =
      TerritoryTypeIn.of(RequirementId.of("spread-out"), TerritoryType.RURAL, TerritoryType.PERI_URBAN);
  static final Requirement EMPLOYMENT_SERVICE =
      PartnersPresent.of(RequirementId.of("employment-service"), PartnerKind.PUBLIC_EMPLOYMENT_SERVICE);
  static final Requirement TOWN_HALLS =
      PartnersPresent.of(RequirementId.of("town-halls"), PartnerKind.MUNICIPALITY);
  static final Requirement CAREER_COUNSELLOR =
      MinimumStaff.of(RequirementId.of("career-counsellor"), StaffRole.CAREER_COUNSELLOR, new BigDecimal("0.5"));

  static final PracticeDecomposition JOB_BUS =
      PracticeDecomposition.builder()
          .code(PracticeCode.of("job-bus"))
          .name("Job bus: a mobile employment office touring villages (illustrative)")
          .addElements(
              element(BUS_TOUR, "A bus touring villages on set days", true, CREW, BUS_BUDGET, SPREAD_OUT),
              element(COUNSELLOR_ON_BOARD, "An employment counsellor on board", true, EMPLOYMENT_SERVICE),
              element(VILLAGE_PARTNERS, "Stops announced by the town halls", false, TOWN_HALLS),
              element(PHONE_FOLLOW_UP, "Follow-up by phone between two visits", false, CAREER_COUNSELLOR))
          .build();

  static final TransferRules RULES = TransferRules.of("Job bus rules (Java)", new JobBusRule());

  static final TransferContext HOME =
      TransferContext.builder()
          .name("Apennine villages (illustrative)")
          .country(CountryCode.of("IT"))
          .territoryType(TerritoryType.RURAL)
          .population(30_000)
          .areaSquareKilometres(new BigDecimal("900"))
          .travelMinutesToPublicEmploymentOffice(50)
          .travelMinutesToSite(40)
          .addPartners(PartnerKind.PUBLIC_EMPLOYMENT_SERVICE, PartnerKind.MUNICIPALITY, PartnerKind.ASSOCIATION)
          .addStaff(Staffing.of(StaffRole.CAREER_COUNSELLOR, 1, "1"), Staffing.of(StaffRole.OTHER, 1, "1"))
          .budget(Money.of("180000", "EUR"))
          .peopleToReach(2_000)
          .addLanguages(Language.of("it"))
          .addMainstreamSchemes(SchemeKind.PUBLIC_EMPLOYMENT_SERVICE, SchemeKind.TRAINING, SchemeKind.EMPLOYMENT)
          .putSources("name", "illustrative: an invented practice and territory for the contract test")
          .build();

  @Override
  protected PracticeDecomposition practice() {
    return JOB_BUS;
  }

  @Override
  protected TransferRules rules() {
    return RULES;
  }

  @Override
  protected TransferContext homeContext() {
    return HOME;
  }

  private static PracticeElement element(
      PracticeElementId id, String name, boolean essential, Requirement... requirements) {
    return PracticeElement.builder().id(id).name(name).essential(essential).addRequirements(requirements).build();
  }

  /** A requirement kind the engine does not ship: enough staff in total, whatever the roles. */
  record MinimumTeam(RequirementId id, BigDecimal minimumTotalFullTimeEquivalent) implements Requirement {
    @Override
    public Optional<String> why() {
      return Optional.of("A bus needs a driver and a counsellor on every tour.");
    }

    @Override
    public boolean isMetBy(TransferContext context) {
      return context.totalFullTimeEquivalent().compareTo(minimumTotalFullTimeEquivalent) >= 0;
    }

    @Override
    public String describe() {
      return "a team of at least " + minimumTotalFullTimeEquivalent + " FTE in total";
    }

    @Override
    public String observedIn(TransferContext context) {
      return context.totalFullTimeEquivalent() + " FTE in total";
    }
  }

  /** The job bus's rules, coded: no rule file, no RequirementCheck. */
  static final class JobBusRule implements TransferRule {
    private static final Adaptation POP_UP_STANDS =
        adaptation("pop-up-stands", BUS_TOUR, SPREAD_OUT, "Pop-up stands in squares and markets instead of a bus");
    private static final Adaptation YOUTH_COUNSELLOR =
        adaptation("youth-counsellor-on-board", COUNSELLOR_ON_BOARD, EMPLOYMENT_SERVICE,
            "A youth employment service counsellor on board instead of a public employment service one");
    private static final Adaptation ASSOCIATION_STOPS =
        adaptation("association-stops", VILLAGE_PARTNERS, TOWN_HALLS, "Stops announced by local associations");
    private static final Adaptation ACCOMPANIMENT_FOLLOW_UP =
        adaptation("accompaniment-follow-up", PHONE_FOLLOW_UP, CAREER_COUNSELLOR,
            "The adapted-accompaniment counsellor follows people up by phone");

    @Override
    public List<Finding> evaluate(PracticeElement element, TransferContext context) {
      List<Finding> findings = new ArrayList<>();
      if (element.id().equals(BUS_TOUR)) {
        findings.add(mustHave(CREW, context));
        findings.add(mustHave(BUS_BUDGET, context));
        findings.add(SPREAD_OUT.isMetBy(context)
            ? Finding.transferable(SPREAD_OUT, "The territory is spread out: a bus makes sense.")
            : Finding.adapt(SPREAD_OUT, POP_UP_STANDS, "In a dense town a bus only gets stuck in traffic."));
      } else if (element.id().equals(COUNSELLOR_ON_BOARD)) {
        findings.add(orElse(EMPLOYMENT_SERVICE, context, context.partners().contains(PartnerKind.YOUTH_EMPLOYMENT_SERVICE), YOUTH_COUNSELLOR));
      } else if (element.id().equals(VILLAGE_PARTNERS)) {
        findings.add(orElse(TOWN_HALLS, context, context.partners().contains(PartnerKind.ASSOCIATION), ASSOCIATION_STOPS));
      } else if (element.id().equals(PHONE_FOLLOW_UP)) {
        boolean accompaniment =
            context.fullTimeEquivalent(StaffRole.ADAPTED_ACCOMPANIMENT_COUNSELLOR).compareTo(new BigDecimal("0.5")) >= 0;
        findings.add(orElse(CAREER_COUNSELLOR, context, accompaniment, ACCOMPANIMENT_FOLLOW_UP));
      }
      return findings;
    }

    private static Finding mustHave(Requirement requirement, TransferContext context) {
      return requirement.isMetBy(context)
          ? Finding.transferable(requirement, "Has " + requirement.describe() + ".")
          : Finding.notTransferable(requirement, "Lacks " + requirement.describe() + ": " + requirement.observedIn(context) + ".");
    }

    private static Finding orElse(Requirement requirement, TransferContext context, boolean fallback, Adaptation adaptation) {
      if (requirement.isMetBy(context)) {
        return Finding.transferable(requirement, "Has " + requirement.describe() + ".");
      }
      return fallback
          ? Finding.adapt(requirement, adaptation, "Lacks " + requirement.describe() + "; " + adaptation.description() + ".")
          : Finding.notTransferable(requirement, "Lacks " + requirement.describe() + " and any substitute.");
    }

    private static Adaptation adaptation(String id, PracticeElementId element, Requirement compensated, String description) {
      return Adaptation.builder()
          .id(AdaptationId.of(id))
          .element(element)
          .addCompensates(compensated.id())
          .description(description)
          .build();
    }
  }
}
