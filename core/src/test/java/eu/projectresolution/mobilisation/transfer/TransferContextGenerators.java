package eu.projectresolution.mobilisation.transfer;

import eu.projectresolution.mobilisation.programme.Language;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import eu.projectresolution.mobilisation.programme.CountryCode;
import eu.projectresolution.mobilisation.programme.Money;
import eu.projectresolution.mobilisation.programme.PartnerKind;
import eu.projectresolution.mobilisation.programme.SchemeKind;
import eu.projectresolution.mobilisation.programme.StaffRole;
import eu.projectresolution.mobilisation.programme.Staffing;
import eu.projectresolution.mobilisation.programme.TerritoryType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.UnaryOperator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators of {@link TransferContext}s and of improvements to them, for
 * {@link TransferabilityContract} and for partners' own property tests.
 */
public final class TransferContextGenerators {
  private static final List<String> COUNTRIES = List.of("FR", "ES", "IT", "BE", "DE", "NL", "PT", "PL", "RO", "GR");
  private static final List<String> LANGUAGES = List.of("fr", "es", "it", "nl", "de", "en", "pt", "pl", "ro", "el");

  private TransferContextGenerators() {}

  /**
   * Any context, with its budget in {@code currency}: every territory type, densities from empty
   * countryside to dense blocks of flats, travel times up to an hour and a half, any subset of partner
   * kinds, staff roles, languages and mainstream schemes, and budgets from nothing to EUR 200 per person.
   */
  public static Gen<TransferContext> anyContext(Currency currency) {
    Gen<TransferContext> contexts = in -> context(in, currency);
    return contexts.describedAs(TransferContextGenerators::describe);
  }

  /** One to three improvements in a row: more partners, staff or budget, shorter travel. */
  public static Gen<Improvement> improvements() {
    Gen<Improvement> one = TransferContextGenerators::improvement;
    return lists().of(one).ofSizeBetween(1, 3).map(Improvement::inARow);
  }

  /**
   * A change that can only make a context better for a practice: a partner added, staff added, budget
   * added or a travel time shortened.
   */
  public record Improvement(String description, UnaryOperator<TransferContext> change) {
    public TransferContext applyTo(TransferContext context) {
      return change.apply(context);
    }

    static Improvement inARow(List<Improvement> steps) {
      UnaryOperator<TransferContext> all = context -> {
        TransferContext result = context;
        for (Improvement step : steps) {
          result = step.applyTo(result);
        }
        return result;
      };
      return new Improvement(steps.stream().map(Improvement::description).toList().toString(), all);
    }

    @Override
    public String toString() {
      return description;
    }
  }

  private static Improvement improvement(RandomnessSource in) {
    switch (integers().between(0, 3).generate(in)) {
      case 0 -> {
        PartnerKind kind = arbitrary().enumValues(PartnerKind.class).generate(in);
        return new Improvement("add partner " + kind, c -> c.withPartner(kind));
      }
      case 1 -> {
        StaffRole role = arbitrary().enumValues(StaffRole.class).generate(in);
        BigDecimal fte = halves(integers().between(1, 6).generate(in));
        return new Improvement("add " + fte + " FTE of " + role, c -> c.withAdditionalStaff(role, fte));
      }
      case 2 -> {
        BigDecimal amount = BigDecimal.valueOf(integers().between(1, 1_000_000).generate(in));
        return new Improvement(
            "add " + amount + " to the budget",
            c -> c.withAdditionalBudget(Money.of(amount, c.budget().currency())));
      }
      default -> {
        TravelDestination to = arbitrary().enumValues(TravelDestination.class).generate(in);
        int by = integers().between(1, 60).generate(in);
        return new Improvement(
            "travel " + by + " minutes shorter to " + to,
            c -> c.withTravelMinutes(to, Math.max(0, c.travelMinutesTo(to) - by)));
      }
    }
  }

  private static TransferContext context(RandomnessSource in, Currency currency) {
    long peopleToReach = integers().between(1, 20_000).generate(in);
    BigDecimal perPerson = BigDecimal.valueOf(integers().between(0, 200).generate(in));
    TransferContext.Builder context =
        TransferContext.builder()
            .name("generated context")
            .country(CountryCode.of(arbitrary().pick(COUNTRIES).generate(in)))
            .territoryType(arbitrary().enumValues(TerritoryType.class).generate(in))
            .population(integers().between(0, 200_000).generate(in))
            .areaSquareKilometres(BigDecimal.valueOf(integers().between(1, 20_000).generate(in)).movePointLeft(1))
            .travelMinutesToPublicEmploymentOffice(integers().between(0, 90).generate(in))
            .travelMinutesToSite(integers().between(0, 90).generate(in))
            .budget(Money.of(perPerson.multiply(BigDecimal.valueOf(peopleToReach)), currency))
            .peopleToReach(peopleToReach);
    if (booleans().all().generate(in)) {
      context.peopleToAccompany(integers().between(1, (int) peopleToReach).generate(in));
    }
    for (PartnerKind kind : PartnerKind.values()) {
      if (booleans().all().generate(in)) {
        context.addPartners(kind);
      }
    }
    List<Staffing> staff = new ArrayList<>();
    for (StaffRole role : StaffRole.values()) {
      int halves = integers().between(0, 8).generate(in);
      if (halves > 0) {
        staff.add(Staffing.of(role, (halves + 1) / 2, halves(halves)));
      }
    }
    context.staff(staff);
    for (String language : LANGUAGES) {
      if (integers().between(0, 3).generate(in) == 0) {
        context.addLanguages(Language.of(language));
      }
    }
    for (SchemeKind kind : SchemeKind.values()) {
      if (integers().between(0, 2).generate(in) > 0) {
        context.addMainstreamSchemes(kind);
      }
    }
    return context.build();
  }

  private static BigDecimal halves(int halves) {
    return BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2));
  }

  private static String describe(TransferContext c) {
    return c.country()
        + " "
        + c.territoryType()
        + ", density "
        + c.density()
        + ", "
        + c.travelMinutesToPublicEmploymentOffice()
        + " min to the employment office, "
        + c.travelMinutesToSite()
        + " min to a site, partners "
        + c.partners()
        + ", staff "
        + c.staff().stream().map(s -> s.role() + "=" + s.fullTimeEquivalent()).toList()
        + ", "
        + c.budgetPerPersonReached().amount()
        + " "
        + c.budget().currency()
        + " per person, languages "
        + c.languages()
        + ", schemes "
        + c.mainstreamSchemes();
  }
}
